import { html, nothing, unsafeCSS, type PropertyValues } from 'lit'
import { attendanceCall, isClientError, membersCall, scheduleCall, sessionsCall, type HttpCall } from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import { errorCss, errorId, errorSummary, focusErrorSummary, inlineError, type ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { formatDate } from '../shared/i18n.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { Attendance, Member, Session, SessionPlan } from '../shared/types.js'
import { missingAccess, timeClashes } from './session-checks.js'
import { sessionsMessages, type SessionsMessages } from './sessions.messages.js'
import { staffFormStyles } from '../shared/staff-form.styles.js'

type Phase = 'loading' | 'ready' | 'error' | 'offline'
type VenueKind = NonNullable<SessionPlan['venue']>['kind']
const KINDS: VenueKind[] = ['community', 'neutral', 'online', 'professional', 'service-premises']
const FORMATS = ['in-person', 'online', 'hybrid'] as const
/** Features offered to tick, besides every need a member stated. */
const FEATURES = ['step-free', 'hearing-loop', 'quiet-room', 'accessible-toilet', 'large-print', 'interpreter'] as const
/** The same need however it is written: "Hearing loop", "hearing-loop" and "hearing_loop" are one. */
const featureKey = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')

/** The plan as typed: strings, checked all at once when staff press "Plan session". */
interface Draft {
  title: string
  date: string
  time: string
  duration: string
  format: (typeof FORMATS)[number]
  venue: string
  kind: string
  access: string[]
  childcare: boolean
  travel: boolean
  methods: string
}
const empty = (): Draft => ({
  title: '',
  date: '',
  time: '',
  duration: '120',
  format: 'in-person',
  venue: '',
  kind: '',
  access: [],
  childcare: false,
  travel: false,
  methods: '',
})

/**
 * `<cp-sessions>` (staff): the initiative's sessions, a form to plan one, and, once a session has started, a list
 * to record who came. As staff type, the widget warns when the time clashes with the school run or working hours,
 * and lists the access needs people in the group stated that the place does not meet. Every problem with the plan
 * is shown at once, in a summary above the form; a session with no place is not accepted.
 *
 * @tag cp-sessions
 * @fires {CustomEvent<Session[]>} cp-load - The sessions were loaded.
 * @fires {CustomEvent<Session>} cp-submit - A session was planned, or its attendance saved. `detail` is the `Session`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart session - One session in the list.
 * @csspart form - The form to plan a session.
 * @csspart warning - A time clash or unmet access need.
 * @csspart attendance - The form to record who came.
 * @csspart error-summary - The list of problems.
 * @csspart state - The loading or error message.
 * @cssprop --cp-color-primary - Buttons. Default `#00703c`.
 * @cssprop --cp-color-error - Errors. Default `#b3261e`.
 * @cssprop --cp-color-warning - Warnings. Default `#b58800`.
 */
export class CpSessions extends CpElement<SessionsMessages> {
  static override styles = [baseStyles, formStyles, unsafeCSS(errorCss), staffFormStyles]
  static override properties = {
    _phase: { state: true },
    _sessions: { state: true },
    _members: { state: true },
    _draft: { state: true },
    _errors: { state: true },
    _summary: { state: true },
    _busy: { state: true },
    _done: { state: true },
    _marking: { state: true },
    _came: { state: true },
  }

  declare _phase: Phase
  declare _sessions: Session[]
  declare _members: Member[]
  declare _draft: Draft
  declare _errors: Partial<Record<string, string>>
  declare _summary: ErrorItem[]
  declare _busy: boolean
  declare _done: string
  /** The session whose attendance is being recorded. */
  declare _marking: string | undefined
  declare _came: Record<string, boolean>
  #ticket = 0

  protected readonly catalogue = sessionsMessages
  protected httpCalls(http: HttpCall) {
    return {
      listSessions: sessionsCall(http),
      listMembers: membersCall(http),
      scheduleSession: scheduleCall(http),
      recordAttendance: attendanceCall(http),
    }
  }

  constructor() {
    super()
    this._phase = 'loading'
    this._sessions = []
    this._members = []
    this._draft = empty()
    this._errors = {}
    this._summary = []
    this._busy = false
    this._done = ''
    this._came = {}
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (['initiative', 'endpoint', 'client'].some((key) => changed.has(key as keyof CpSessions))) void this.reload()
  }

  /** Fetch the sessions and the members again (the "Try again" button does this). */
  async reload(): Promise<void> {
    const api = this.api
    const id = this.initiative
    if (!api?.listSessions || !api.listMembers || !id) return
    const ticket = ++this.#ticket
    this._phase = 'loading'
    try {
      const [sessions, members] = await Promise.all([api.listSessions(id), api.listMembers(id)])
      if (ticket !== this.#ticket) return
      this._sessions = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      this._members = members.filter((m) => !m.leftAt)
      this._phase = 'ready'
      emit(this, 'cp-load', this._sessions)
    } catch (error) {
      if (ticket === this.#ticket) this._phase = this.reportError(error).code === 'offline' ? 'offline' : 'error'
    }
  }

  /** Every problem with the plan, in the order of the form. */
  _check(d: Draft): ErrorItem[] {
    const t = this.t
    const items: ErrorItem[] = []
    const minutes = Number(d.duration)
    const start = new Date(`${d.date}T${d.time}`)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || Number.isNaN(new Date(`${d.date}T00:00`).getTime()))
      items.push({ id: 'date', message: t('needDate') })
    if (!/^\d{2}:\d{2}$/.test(d.time) || Number.isNaN(start.getTime())) items.push({ id: 'time', message: t('needTime') })
    if (!/^\s*\d+\s*$/.test(d.duration) || minutes < 1 || minutes > 1440) items.push({ id: 'duration', message: t('needDuration') })
    if (!d.venue.trim()) items.push({ id: 'venue', message: t('needVenue') })
    if (!KINDS.includes(d.kind as VenueKind)) items.push({ id: 'kind', message: t('needKind') })
    return items
  }

  async _plan(event: Event): Promise<void> {
    event.preventDefault()
    const api = this.api
    const d = this._draft
    const items = this._check(d)
    this._done = ''
    if (items.length || !api?.scheduleSession || !this.initiative) return this._show(items)
    const methods = d.methods
      .split('\n')
      .map((m) => m.trim())
      .filter(Boolean)
    const plan: SessionPlan = {
      ...(d.title.trim() ? { title: d.title.trim() } : {}),
      startsAt: new Date(`${d.date}T${d.time}`).toISOString(),
      durationMinutes: Number(d.duration),
      format: d.format,
      venue: { name: d.venue.trim(), kind: d.kind as VenueKind, access: d.access },
      childcare: d.childcare,
      travelSupport: d.travel,
      ...(methods.length ? { methods } : {}),
    }
    this._busy = true
    try {
      const session = await api.scheduleSession(this.initiative, plan)
      this._sessions = [...this._sessions, session].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      this._draft = empty()
      this._show([])
      this._done = this.t('saved')
      emit(this, 'cp-submit', session)
    } catch (error) {
      this._fail(error)
    } finally {
      this._busy = false
    }
  }

  /** The server's own field errors, in the summary; anything else as one line. */
  _fail(error: unknown): void {
    this.reportError(error)
    const fields: Record<string, string> = {
      startsAt: 'date',
      durationMinutes: 'duration',
      venue: 'venue',
      title: 'title',
      attendees: 'attendance',
    }
    const items =
      isClientError(error) && error.errors.length
        ? error.errors.map((e) => ({ id: fields[String(e.path[0])] ?? 'date', message: e.message }))
        : [{ id: 'save', message: this.t('couldNotSave', { detail: isClientError(error) ? error.detail : String(error) }) }]
    this._show(items)
  }

  _show(items: ErrorItem[]): void {
    this._summary = items
    this._errors = Object.fromEntries(items.map((i) => [i.id, i.message]))
    if (items.length) void focusErrorSummary(this)
  }

  _set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this._draft = { ...this._draft, [key]: value }
  }

  _startMarking(session: Session): void {
    this._marking = session.id
    this._done = ''
    const was = new Map((session.attendees ?? []).map((a) => [a.memberId, a.attended]))
    this._came = Object.fromEntries(this._members.map((m) => [m.id, was.get(m.id) ?? false]))
  }

  async _saveAttendance(event: Event, session: Session): Promise<void> {
    event.preventDefault()
    const api = this.api
    if (!api?.recordAttendance) return
    const attendees: Attendance[] = this._members.map((m) => ({ memberId: m.id, attended: !!this._came[m.id] }))
    this._busy = true
    try {
      const saved = await api.recordAttendance(session.id, attendees)
      this._sessions = this._sessions.map((s) => (s.id === saved.id ? saved : s))
      this._marking = undefined
      this._show([])
      this._done = this.t('attendanceSaved', { came: attendees.filter((a) => a.attended).length, all: attendees.length })
      emit(this, 'cp-submit', saved)
    } catch (error) {
      this._fail(error)
    } finally {
      this._busy = false
    }
  }

  override render() {
    const t = this.t
    const state =
      this._phase === 'ready'
        ? nothing
        : html`<div class="state" part="state" role=${this._phase === 'loading' ? 'status' : 'alert'}>
      <p>${t(this._phase)}</p>
      ${this._phase === 'loading' ? nothing : html`<button type="button" class="button button--secondary" @click=${() => void this.reload()}>${t('retry')}</button>`}
    </div>`
    return html`<section part="root" lang=${this.language} dir=${this.direction} aria-labelledby="cp-sessions-heading">
      <h2 id="cp-sessions-heading">${t('heading')}</h2>
      ${errorSummary(t('errorTitle'), this._summary, this.shadowRoot)}
      ${this._done ? html`<p role="status" class="done">${this._done}</p>` : html`<p role="status" class="visually-hidden"></p>`}
      ${state}
      ${this._phase === 'ready' ? html`${this._list()}${this._form()}` : nothing}
    </section>`
  }

  _list() {
    const t = this.t
    if (!this._sessions.length) return html`<p>${t('none')}</p>`
    const now = Date.now()
    return html`<ul>
      ${this._sessions.map((s) => {
        const when = new Date(s.startsAt)
        const started = when.getTime() <= now
        const came = (s.attendees ?? []).filter((a) => a.attended).length
        return html`<li part="session">
          <strong>${s.title ?? s.venue?.name ?? ''}</strong>
          <span>${formatDate(s.startsAt, this.language, t('months'))}, ${when.toLocaleTimeString(this.language === 'en' ? 'en-GB' : this.language, { hour: '2-digit', minute: '2-digit' })},
            ${t('minutes', { minutes: s.durationMinutes })}</span>
          ${s.venue ? html`<span>${s.venue.name} (${t(s.venue.kind === 'online' ? 'online' : s.venue.kind)})</span>` : nothing}
          ${s.attendees?.length ? html`<span>${t('cameCount', { came, all: s.attendees.length })}</span>` : nothing}
          ${
            started
              ? this._marking === s.id
                ? this._attendance(s)
                : html`<button type="button" class="button button--secondary" @click=${() => this._startMarking(s)}>${t('attendance')}</button>`
              : html`<span class="hint">${t('notYet')}</span>`
          }
        </li>`
      })}
    </ul>`
  }

  _attendance(session: Session) {
    const t = this.t
    return html`<form part="attendance" id="attendance" tabindex="-1" @submit=${(e: Event) => void this._saveAttendance(e, session)}>
      <fieldset>
        <legend>${t('attendance')}</legend>
        ${this._members.map(
          (m) => html`<div class="choice">
            <input type="checkbox" id="came-${m.id}" .checked=${!!this._came[m.id]}
              @change=${(e: Event) => (this._came = { ...this._came, [m.id]: (e.target as HTMLInputElement).checked })} />
            <label for="came-${m.id}">${m.displayName}: ${t('attended')}</label>
          </div>`,
        )}
      </fieldset>
      <button class="button" ?disabled=${this._busy}>${t('saveAttendance')}</button>
    </form>`
  }

  _field(id: string, label: string, control: unknown, hint?: unknown) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ?? nothing}
      ${inlineError(id, this._errors[id], this.t('errorPrefix'))}
      ${control}
    </div>`
  }

  _form() {
    const t = this.t
    const d = this._draft
    const err = (id: string) => (this._errors[id] ? errorId(id) : undefined)
    const input = (id: keyof Draft, type: 'text' | 'date' | 'time', extra: Record<string, string> = {}) => html`<input id=${id} type=${type}
      inputmode=${extra.inputmode ?? nothing} autocomplete="off"
      aria-describedby=${err(id) ?? nothing} aria-invalid=${this._errors[id] ? 'true' : 'false'}
      .value=${d[id] as string} @input=${(e: Event) => this._set(id, (e.target as HTMLInputElement).value as never)} />`
    const clashes = timeClashes(d.date, d.time, Number(d.duration))
    // The usual features in plain words, then every other need someone stated, as they wrote it, once.
    const features = new Map<string, [value: string, words: string]>(FEATURES.map((f) => [f, [f, t(f)]]))
    for (const need of this._members.flatMap((m) => m.accessNeeds ?? [])) {
      const key = featureKey(need)
      if (key && !features.has(key)) features.set(key, [need.trim(), need.trim()])
    }
    const missing = missingAccess(this._members, d.access)
    const warn = (text: string) => html`<p class="warning" part="warning">${text}</p>`
    return html`<form part="form" novalidate @submit=${(e: Event) => void this._plan(e)}>
      <h3>${t('plan')}</h3>
      ${this._field('title', t('title'), input('title', 'text'))}
      ${this._field('date', t('date'), input('date', 'date'))}
      ${this._field('time', t('time'), input('time', 'time'))}
      ${this._field('duration', t('duration'), input('duration', 'text', { inputmode: 'numeric' }))}
      <div aria-live="polite">${clashes.map((c) => warn(t(c === 'school-run' ? 'schoolRun' : c === 'work-hours' ? 'workHours' : 'weekend')))}</div>
      <fieldset class="field">
        <legend>${t('format')}</legend>
        ${FORMATS.map(
          (f) => html`<div class="choice">
            <input type="radio" name="format" id="format-${f}" .checked=${d.format === f} @change=${() => this._set('format', f)} />
            <label for="format-${f}">${t(f)}</label>
          </div>`,
        )}
      </fieldset>
      ${this._field('venue', t('venue'), input('venue', 'text'))}
      ${this._field(
        'kind',
        t('venueKind'),
        html`<select id="kind" aria-describedby=${err('kind') ?? nothing} aria-invalid=${this._errors.kind ? 'true' : 'false'}
          @change=${(e: Event) => this._set('kind', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!d.kind}>${t('chooseKind')}</option>
          ${KINDS.map((k) => html`<option value=${k} ?selected=${d.kind === k}>${t(k)}</option>`)}
        </select>`,
      )}
      <fieldset class="field" aria-describedby="access-hint">
        <legend>${t('access')}</legend>
        <p class="hint" id="access-hint">${t('accessHint')}</p>
        ${[...features.values()].map(
          ([f, words], i) => html`<div class="choice">
            <input type="checkbox" id="access-${i}" .checked=${d.access.includes(f)}
              @change=${(e: Event) => this._set('access', (e.target as HTMLInputElement).checked ? [...d.access, f] : d.access.filter((a) => a !== f))} />
            <label for="access-${i}">${words}</label>
          </div>`,
        )}
        <div aria-live="polite">
          ${
            missing.length
              ? warn(t('missing', { list: missing.map((m) => `${m.need} (${m.who.join(', ')})`).join('; ') }))
              : this._members.some((m) => m.accessNeeds?.length)
                ? html`<p>${t('allCovered')}</p>`
                : nothing
          }
        </div>
      </fieldset>
      <fieldset class="field">
        <legend>${t('support')}</legend>
        <div class="choice">
          <input type="checkbox" id="childcare" .checked=${d.childcare} @change=${(e: Event) => this._set('childcare', (e.target as HTMLInputElement).checked)} />
          <label for="childcare">${t('childcare')}</label>
        </div>
        <div class="choice">
          <input type="checkbox" id="travel" .checked=${d.travel} @change=${(e: Event) => this._set('travel', (e.target as HTMLInputElement).checked)} />
          <label for="travel">${t('travel')}</label>
        </div>
      </fieldset>
      ${this._field(
        'methods',
        t('methods'),
        html`<textarea id="methods" rows="3" .value=${d.methods} @input=${(e: Event) => this._set('methods', (e.target as HTMLTextAreaElement).value)}></textarea>`,
      )}
      <button id="save" class="button" ?disabled=${this._busy}>${t('save')}</button>
    </form>`
  }
}
