import { html, nothing, unsafeCSS, type PropertyValues } from 'lit'
import { draftCall, initiativeCall, isClientError, patchCall, type HttpCall } from '../shared/client.js'
import { errorCss, errorId, errorSummary, focusErrorSummary, inlineError, type ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { CpFormElement } from '../shared/form-element.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { Finding, Initiative } from '../shared/types.js'
import { draftOf, partOf, patchOf, problemsOf, PARTS, type Part, type PlanDraft } from './plan-draft.js'
import { planCheckMessages, type PlanCheckMessages } from './plan-check.messages.js'
import { staffFormStyles } from '../shared/staff-form.styles.js'
import { findingStyles } from './plan-check.styles.js'

type Phase = 'loading' | 'ready' | 'error' | 'offline'
type Field = keyof PlanDraft
const PART_OF: Record<Field, Part> = {
  purpose: 'purpose',
  problemFraming: 'problemFraming',
  negotiable: 'scope',
  nonNegotiable: 'scope',
  start: 'timeline',
  end: 'timeline',
  deadlineFixed: 'timeline',
  outcomesFixed: 'outcomes',
  outcomesText: 'outcomes',
  aims: 'aims',
  methods: 'methods',
  livedExperienceLed: 'leadership',
  existingGroupsConsidered: 'leadership',
  payMethod: 'paymentPolicy',
  rate: 'paymentPolicy',
  updateEveryDays: 'communication',
}

/**
 * `<cp-plan-check>` (staff): the initiative's plan as a form — purpose, problem framing, scope, timeline, outcomes,
 * aims, methods, leadership, payment policy and communication — with what the principles check finds about each
 * part shown beside it as staff type (debounced; the server checks the draft without storing it). "Save the plan"
 * checks every answer at once and saves with `PATCH /initiatives/:id`. Form-associated: inside a host's `<form>`
 * it submits the change as JSON under its `name`, and will not submit without a purpose.
 *
 * @tag cp-plan-check
 * @fires {CustomEvent<Initiative>} cp-load - The plan was loaded.
 * @fires {CustomEvent<Report>} cp-check - The draft was checked. `detail` is the `Report`.
 * @fires {CustomEvent<Initiative>} cp-submit - The plan was saved. `detail` is the `Initiative`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart form - The plan.
 * @csspart findings - What the check found about one part.
 * @csspart error-summary - The list of problems.
 * @csspart state - The loading or error message.
 * @cssprop --cp-color-primary - Buttons. Default `#00703c`.
 * @cssprop --cp-color-error - Errors and findings that need work. Default `#b3261e`.
 */
export class CpPlanCheck extends CpFormElement<PlanCheckMessages> {
  static override styles = [baseStyles, formStyles, unsafeCSS(errorCss), staffFormStyles, findingStyles]
  static override properties = {
    name: { type: String },
    delay: { type: Number },
    _phase: { state: true },
    _draft: { state: true },
    _findings: { state: true },
    _checking: { state: true },
    _errors: { state: true },
    _summary: { state: true },
    _busy: { state: true },
    _done: { state: true },
  }

  /** The name the host form submits the change under. */
  declare name: string | undefined
  /** How long to wait after the last key before checking, in milliseconds. Default 400. */
  declare delay: number
  declare _phase: Phase
  declare _draft: PlanDraft
  declare _findings: Finding[]
  declare _checking: boolean
  declare _errors: Partial<Record<string, string>>
  declare _summary: ErrorItem[]
  declare _busy: boolean
  declare _done: string
  _initiative: Initiative | undefined
  _touched = new Set<Part>()
  _timer: ReturnType<typeof setTimeout> | undefined
  #ticket = 0
  #checkTicket = 0

  protected readonly catalogue = planCheckMessages
  protected httpCalls(http: HttpCall) {
    return { getInitiative: initiativeCall(http), checkDraft: draftCall(http), updateInitiative: patchCall(http) }
  }

  constructor() {
    super()
    this.delay = 400
    this._phase = 'loading'
    this._findings = []
    this._checking = false
    this._errors = {}
    this._summary = []
    this._busy = false
    this._done = ''
    this._draft = draftOf({} as Initiative)
  }

  protected formState() {
    if (!this._draft.purpose.trim()) return { value: null, missing: { message: this.t('needPurpose'), id: 'purpose' } }
    return { value: JSON.stringify(patchOf(this._draft, new Set(PARTS), this._initiative)) }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (['initiative', 'endpoint', 'client'].some((key) => changed.has(key as keyof CpPlanCheck))) void this.reload()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this._timer)
  }

  /** Load the plan and check it as stored (the "Try again" button does this). */
  async reload(): Promise<void> {
    const api = this.api
    const id = this.initiative
    if (!api?.getInitiative || !api.checkDraft || !id) return
    const ticket = ++this.#ticket
    this._phase = 'loading'
    try {
      // The check is staff only: someone else gets the error, not a form they cannot save.
      const [initiative, report] = await Promise.all([api.getInitiative(id), api.checkDraft(id, {})])
      if (ticket !== this.#ticket) return
      this._initiative = initiative
      this._draft = draftOf(initiative)
      this._touched = new Set()
      this._findings = report.findings
      this._phase = 'ready'
      emit(this, 'cp-load', initiative)
      emit(this, 'cp-check', report)
    } catch (error) {
      if (ticket === this.#ticket) this._phase = this.reportError(error).code === 'offline' ? 'offline' : 'error'
    }
  }

  /** Check the draft now (typing does this after `delay`). */
  async check(): Promise<void> {
    const api = this.api
    if (!api?.checkDraft || !this.initiative) return
    const ticket = ++this.#checkTicket
    this._checking = true
    try {
      const report = await api.checkDraft(this.initiative, patchOf(this._draft, this._touched, this._initiative))
      if (ticket !== this.#checkTicket) return
      this._findings = report.findings
      emit(this, 'cp-check', report)
    } catch (error) {
      if (ticket === this.#checkTicket) this.reportError(error)
    } finally {
      if (ticket === this.#checkTicket) this._checking = false
    }
  }

  _set<K extends Field>(key: K, value: PlanDraft[K]): void {
    this._draft = { ...this._draft, [key]: value }
    this._touched.add(PART_OF[key])
    this._done = ''
    clearTimeout(this._timer)
    this._timer = setTimeout(() => void this.check(), this.delay)
  }

  async _save(event: Event): Promise<void> {
    event.preventDefault()
    const api = this.api
    const items = problemsOf(this._draft).map(([id, key]) => ({ id, message: this.t(key) }))
    this._done = ''
    if (items.length || !api?.updateInitiative || !this.initiative) return this._show(items)
    this._busy = true
    try {
      const saved = await api.updateInitiative(this.initiative, patchOf(this._draft, new Set(PARTS), this._initiative))
      this._initiative = saved
      this._touched = new Set()
      this._show([])
      this._done = this.t('saved')
      emit(this, 'cp-submit', saved)
      void this.check()
    } catch (error) {
      this.reportError(error)
      this._show(
        isClientError(error) && error.errors.length
          ? error.errors.map((e) => ({ id: String(e.path[0]) in PART_OF ? String(e.path[0]) : 'purpose', message: e.message }))
          : [{ id: 'save', message: this.t('couldNotSave', { detail: isClientError(error) ? error.detail : String(error) }) }],
      )
    } finally {
      this._busy = false
    }
  }

  _show(items: ErrorItem[]): void {
    this._summary = items
    this._errors = Object.fromEntries(items.map((i) => [i.id, i.message]))
    if (items.length) void focusErrorSummary(this)
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
    return html`<section part="root" lang=${this.language} dir=${this.direction} aria-labelledby="cp-plan-heading">
      <h2 id="cp-plan-heading">${t('heading')}</h2>
      ${errorSummary(t('errorTitle'), this._summary, this.shadowRoot)}
      <p role="status">${this._done || (this._checking ? t('checking') : '')}</p>
      ${state} ${this._phase === 'ready' ? this._form() : nothing}
    </section>`
  }

  /** What the check found about one part: what needs work first, then what it cannot judge yet. */
  _findingsFor(part: Part) {
    const t = this.t
    const found = this._findings.filter((f) => partOf(f.path) === part && f.outcome !== 'inapplicable')
    if (!found.length) return nothing
    const order = { fail: 0, incomplete: 1, pass: 2, inapplicable: 3 }
    found.sort((a, b) => order[a.outcome] - order[b.outcome])
    return html`<div part="findings" class="findings ${found[0]!.outcome === 'fail' ? 'fail' : ''}" aria-label=${t('findings', { part: t(part) })} role="group">
      <ul>
        ${found.map((f) => html`<li data-outcome=${f.outcome}><strong>${t(f.outcome as 'fail')}:</strong> ${f.message}${f.outcome === 'pass' ? nothing : html` <span class="hint">${f.guidance}</span>`}</li>`)}
      </ul>
    </div>`
  }

  _form() {
    const t = this.t
    const d = this._draft
    const aria = (id: string) => [this._errors[id] ? errorId(id) : '', `${PART_OF[id as Field]}-found`].join(' ').trim()
    const err = (id: string) => inlineError(id, this._errors[id], t('errorPrefix'))
    const text = (id: Field, label: string, area = false, type: 'text' | 'date' = 'text') => html`<div class="field">
      <label for=${id}>${label}</label>
      ${err(id)}
      ${
        area
          ? html`<textarea id=${id} rows="3" aria-describedby=${aria(id)} aria-invalid=${this._errors[id] ? 'true' : 'false'}
            .value=${d[id] as string} @input=${(e: Event) => this._set(id, (e.target as HTMLTextAreaElement).value as never)}></textarea>`
          : html`<input id=${id} type=${type} autocomplete="off" aria-describedby=${aria(id)} aria-invalid=${this._errors[id] ? 'true' : 'false'}
            .value=${d[id] as string} @input=${(e: Event) => this._set(id, (e.target as HTMLInputElement).value as never)} />`
      }
    </div>`
    const tick = (id: Field, label: string) => html`<div class="choice">
      <input type="checkbox" id=${id} .checked=${d[id] as boolean} @change=${(e: Event) => this._set(id, (e.target as HTMLInputElement).checked as never)} />
      <label for=${id}>${label}</label>
    </div>`
    const part = (p: Part, body: unknown) => html`<fieldset class="field">
      <legend>${t(p)}</legend>
      ${body}
      <div id="${p}-found" aria-live="polite">${this._findingsFor(p)}</div>
    </fieldset>`
    return html`<form part="form" novalidate @submit=${(e: Event) => void this._save(e)}>
      <p>${t('intro')}</p>
      ${part('purpose', text('purpose', t('purpose'), true))}
      ${part(
        'problemFraming',
        (['open', 'fixed'] as const).map(
          (f) => html`<div class="choice">
            <input type="radio" name="framing" id="framing-${f}" .checked=${d.problemFraming === f} @change=${() => this._set('problemFraming', f)} />
            <label for="framing-${f}">${t(f)}</label>
          </div>`,
        ),
      )}
      ${part('scope', html`${text('negotiable', t('negotiable'), true)}${text('nonNegotiable', t('nonNegotiable'), true)}`)}
      ${part('timeline', html`${text('start', t('start'), false, 'date')}${text('end', t('end'), false, 'date')}${tick('deadlineFixed', t('deadlineFixed'))}`)}
      ${part('outcomes', html`${tick('outcomesFixed', t('outcomesFixed'))}${text('outcomesText', t('outcomesText'), true)}`)}
      ${part('aims', text('aims', t('aims'), true))}
      ${part('methods', text('methods', t('methods'), true))}
      ${part('leadership', html`${tick('livedExperienceLed', t('livedExperienceLed'))}${tick('existingGroupsConsidered', t('existingGroupsConsidered'))}`)}
      ${part(
        'paymentPolicy',
        html`<div class="field">
            <label for="payMethod">${t('payMethod')}</label>
            <select id="payMethod" @change=${(e: Event) => this._set('payMethod', (e.target as HTMLSelectElement).value as PlanDraft['payMethod'])}>
              <option value="" ?selected=${!d.payMethod}>${t('chooseMethod')}</option>
              ${(['cash', 'voucher', 'choice', 'none'] as const).map((m) => html`<option value=${m} ?selected=${d.payMethod === m}>${t(m)}</option>`)}
            </select>
          </div>
          ${text('rate', t('rate'))}`,
      )}
      ${part('communication', text('updateEveryDays', t('updateEveryDays')))}
      <button id="save" class="button" ?disabled=${this._busy}>${t('save')}</button>
    </form>`
  }
}
