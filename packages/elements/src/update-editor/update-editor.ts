import { html, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit'
import {
  allUpdatesCall,
  changeUpdateCall,
  checkTextCall,
  creditOptionsCall,
  inboxCall,
  isClientError,
  isOfflineError,
  publishUpdateCall,
  withdrawUpdateCall,
  type HttpCall,
  type TextFlag,
} from '../shared/client.js'
import { errorCss, errorSummary, inlineError, type ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { CpFormElement } from '../shared/form-element.js'
import { formatDate } from '../shared/i18n.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { CreditOption, InboxItem, Update, UpdateStatus } from '../shared/types.js'
import { updateEditorMessages, type UpdateEditorMessages } from './update-editor.messages.js'
import { updateEditorStyles } from './update-editor.styles.js'

type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline'
const STATUSES: readonly UpdateStatus[] = ['planned', 'in-progress', 'done', 'not-possible']
const MAX = 10_000

/** The draft being written: what the form holds, before it is checked. */
export interface UpdateDraft {
  youSaid: string
  weDid: string
  status: UpdateStatus
  reason: string
  /** As typed: checked on publish, never changed silently. */
  progress: string
  note: string
  linkedFeedback: string[]
  credits: string[]
}

const emptyDraft = (): UpdateDraft => ({
  youSaid: '',
  weDid: '',
  status: 'planned',
  reason: '',
  progress: '',
  note: '',
  linkedFeedback: [],
  credits: [],
})

/** Every problem with a draft at once (one round of errors), as field id and message key. Pure. */
export function draftProblems(d: UpdateDraft): { id: string; key: keyof UpdateEditorMessages }[] {
  const out: { id: string; key: keyof UpdateEditorMessages }[] = []
  if (!d.youSaid.trim()) out.push({ id: 'youSaid', key: 'errorYouSaid' })
  else if (d.youSaid.length > MAX) out.push({ id: 'youSaid', key: 'errorTooLong' })
  if (!d.weDid.trim()) out.push({ id: 'weDid', key: 'errorWeDid' })
  else if (d.weDid.length > MAX) out.push({ id: 'weDid', key: 'errorTooLong' })
  if (d.status === 'not-possible' && !d.reason.trim()) out.push({ id: 'reason', key: 'errorReason' })
  else if (d.reason.length > MAX) out.push({ id: 'reason', key: 'errorTooLong' })
  const p = d.progress.trim()
  if (p && !/^\d{1,3}$/.test(p)) out.push({ id: 'progress', key: 'errorProgress' })
  else if (p && Number(p) > 100) out.push({ id: 'progress', key: 'errorProgress' })
  else if (p && d.status === 'done' && Number(p) !== 100) out.push({ id: 'progress', key: 'errorDoneProgress' })
  if (d.note.length > MAX) out.push({ id: 'note', key: 'errorTooLong' })
  return out
}

/**
 * `<cp-update-editor>`: staff write a "you said, we did" update, or change one (`update-id` attribute): the words,
 * where it stands (not possible needs a reason), how far along, the feedback it answers, and thanks by name,
 * offered only for people whose consent allows it now (the others are listed with why not). A preview shows the
 * public card; the words are checked for labels, jargon and hard reading before publishing, and the flags shown.
 * Every problem is shown at once in an error summary. Form-associated: in a host's `<form>` it submits the draft
 * as JSON under its `name`, and the form will not submit while the draft has problems. An update being changed can
 * also be taken down, with a reason kept for staff; a taken-down update is shown with when and why, and no form.
 *
 * @tag cp-update-editor
 * @attr {string} update-id - The id of an update to change. Without it, the widget writes a new one.
 * @fires {CustomEvent<Update>} cp-submit - The update was published, changed or taken down (then `detail.withdrawn`
 * says when and why). `detail` is the stored `Update`.
 * @fires {CustomEvent<Update>} cp-load - The update to change was loaded.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart error-summary - The list of problems.
 * @csspart preview - The public card as people will see it.
 * @csspart flags - What the language check found.
 * @csspart publish - The "Publish" or "Save changes" button.
 * @csspart withdraw - The "Take this update down" form, shown when changing an update.
 * @csspart withdraw-button - The "Take it down" button.
 * @csspart state - The loading, error or offline message.
 * @cssprop --cp-color-primary - Buttons. Default `#00703c`.
 * @cssprop --cp-color-error - Errors. Default `#b3261e`.
 */
export class CpUpdateEditor extends CpFormElement<UpdateEditorMessages> {
  static override styles = [baseStyles, formStyles, unsafeCSS(errorCss), updateEditorStyles]
  static override properties = {
    updateId: { type: String, attribute: 'update-id' },
    name: { type: String },
    _phase: { state: true },
    _draft: { state: true },
    _feedback: { state: true },
    _people: { state: true },
    _errors: { state: true },
    _summary: { state: true },
    _flags: { state: true },
    _checked: { state: true },
    _busy: { state: true },
    _done: { state: true },
    _withdrawReason: { state: true },
  }

  /** The id of an update to change (`update-id`). Without it, the widget writes a new one. */
  declare updateId: string | undefined
  /** The form field name the draft is submitted under, in a host's `<form>`. */
  declare name: string | undefined
  declare _phase: Phase
  declare _draft: UpdateDraft
  declare _feedback: InboxItem[]
  declare _people: CreditOption[]
  declare _errors: Partial<Record<string, string>>
  declare _summary: ErrorItem[]
  declare _flags: TextFlag[]
  /** The words the last language check saw: publishing goes ahead once they were checked and shown. */
  declare _checked: string | undefined
  declare _busy: boolean
  declare _done: string
  declare _withdrawReason: string
  _existing: Update | undefined
  #ticket = 0

  protected readonly catalogue = updateEditorMessages
  protected httpCalls(http: HttpCall) {
    return {
      getInbox: inboxCall(http),
      getAllUpdates: allUpdatesCall(http),
      getCreditOptions: creditOptionsCall(http),
      publishUpdate: publishUpdateCall(http),
      changeUpdate: changeUpdateCall(http),
      withdrawUpdate: withdrawUpdateCall(http),
      checkText: checkTextCall(http),
    }
  }

  constructor() {
    super()
    this._phase = 'idle'
    this._draft = emptyDraft()
    this._feedback = []
    this._people = []
    this._errors = {}
    this._summary = []
    this._flags = []
    this._busy = false
    this._done = ''
    this._withdrawReason = ''
  }

  /** The draft as it stands (a copy). */
  get draft(): UpdateDraft {
    return { ...this._draft, linkedFeedback: [...this._draft.linkedFeedback], credits: [...this._draft.credits] }
  }

  /** Start an answer to these pieces of feedback (from the inbox's `cp-answer`): they are linked, and shown. */
  answer(feedback: readonly InboxItem[]): void {
    const known = new Map(this._feedback.map((f) => [f.id, f]))
    for (const f of feedback) known.set(f.id, f)
    this._feedback = [...known.values()]
    this.#set({ linkedFeedback: [...new Set([...this._draft.linkedFeedback, ...feedback.map((f) => f.id)])] })
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#youSaid')?.focus())
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (['initiative', 'updateId', 'endpoint', 'client'].some((key) => changed.has(key as keyof CpUpdateEditor))) void this.reload()
  }

  /** Load who may be thanked, recent feedback, and the update to change. */
  async reload(): Promise<void> {
    const api = this.api
    if (!api?.getCreditOptions || !api.getInbox || !this.initiative) return
    const ticket = ++this.#ticket
    this._phase = 'loading'
    try {
      const [people, inbox, all] = await Promise.all([
        api.getCreditOptions(this.initiative),
        api.getInbox(this.initiative, { limit: 100 }),
        this.updateId && api.getAllUpdates ? api.getAllUpdates(this.initiative) : Promise.resolve([]),
      ])
      if (ticket !== this.#ticket) return
      this._people = people
      const known = new Map(inbox.items.map((f) => [f.id, f]))
      for (const f of this._feedback) known.set(f.id, f)
      this._feedback = [...known.values()]
      const existing = all.find((u) => u.id === this.updateId)
      this._existing = existing
      if (existing) {
        this._draft = {
          youSaid: existing.youSaid,
          weDid: existing.weDid,
          status: existing.status,
          reason: existing.reason ?? '',
          progress: existing.progress === undefined ? '' : String(existing.progress),
          note: '',
          linkedFeedback: [...existing.linkedFeedback],
          credits: [...existing.credits],
        }
        emit(this, 'cp-load', existing)
      }
      this._phase = 'ready'
    } catch (error) {
      if (ticket === this.#ticket) this._phase = this.reportError(error).code === 'offline' ? 'offline' : 'error'
    }
  }

  protected formState() {
    const problems = draftProblems(this._draft)
    const first = problems[0]
    return first
      ? { value: null, missing: { message: this.t(first.key, { max: MAX }), id: first.id } }
      : { value: JSON.stringify(this._draft) }
  }

  #set(change: Partial<UpdateDraft>): void {
    this._draft = { ...this._draft, ...change }
    this._done = ''
  }

  #toggle(list: 'linkedFeedback' | 'credits', id: string, on: boolean): void {
    const now = this._draft[list].filter((x) => x !== id)
    this.#set({ [list]: on ? [...now, id] : now })
  }

  async #showErrors(items: ErrorItem[]): Promise<void> {
    this._summary = items
    this._errors = Object.fromEntries(items.map((i) => [i.id, i.message]))
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus()
  }

  #texts(): { field: string; text: string }[] {
    const d = this._draft
    return [
      { field: 'youSaid', text: d.youSaid },
      { field: 'weDid', text: d.weDid },
      ...(d.status === 'not-possible' ? [{ field: 'reason', text: d.reason }] : []),
      ...(d.note ? [{ field: 'note', text: d.note }] : []),
    ]
  }

  /** Check every answer at once; then the words; then publish (or save the changes). */
  async publish(): Promise<Update | undefined> {
    if (this._busy) return undefined
    const api = this.api
    const problems = draftProblems(this._draft).map((p) => ({ id: p.id, message: this.t(p.key, { max: MAX }) }))
    if (problems.length) return void (await this.#showErrors(problems))
    if (!this.initiative || !api?.publishUpdate || !api.changeUpdate)
      return void (await this.#showErrors([{ id: 'youSaid', message: this.t('errorNotSetUp') }]))
    this._summary = []
    this._errors = {}
    this._busy = true
    try {
      const words = JSON.stringify(this.#texts())
      if (api.checkText && this._checked !== words) {
        const { flags } = await api.checkText(this.#texts())
        this._flags = flags
        this._checked = words
        if (flags.length) {
          await this.updateComplete
          this.renderRoot.querySelector<HTMLElement>('.flags')?.focus()
          return undefined
        }
      }
      const d = this._draft
      const progress = d.progress.trim() === '' ? {} : { progress: Number(d.progress) }
      const reason = d.status === 'not-possible' ? { reason: d.reason.trim() } : {}
      const saved = this._existing
        ? await api.changeUpdate(this.initiative, this._existing.id, {
            youSaid: d.youSaid.trim(),
            weDid: d.weDid.trim(),
            status: d.status,
            ...reason,
            ...progress,
            ...(d.note.trim() ? { note: d.note.trim() } : {}),
            linkedFeedback: d.linkedFeedback,
            credits: d.credits,
          })
        : await api.publishUpdate(this.initiative, {
            youSaid: d.youSaid.trim(),
            weDid: d.weDid.trim(),
            status: d.status,
            ...reason,
            ...progress,
            linkedFeedback: d.linkedFeedback,
            credits: d.credits,
          })
      this._done = this.t(this._existing ? 'saved' : 'published')
      this._flags = []
      this._checked = undefined
      if (this._existing) {
        this._existing = saved
        this.#set({ note: '' })
        this._done = this.t('saved')
      } else {
        this._draft = emptyDraft()
      }
      return await this.#announce(saved)
    } catch (error) {
      this.reportError(error)
      const fieldErrors = isClientError(error) ? error.errors : []
      const ids = new Set(['youSaid', 'weDid', 'reason', 'progress', 'note'])
      const items = fieldErrors.length
        ? fieldErrors.map((e) => ({ id: ids.has(String(e.path[0])) ? String(e.path[0]) : 'youSaid', message: e.message }))
        : [
            {
              id: 'youSaid',
              message: isOfflineError(error) ? this.t('errorOffline') : isClientError(error) ? error.detail : this.t('error'),
            },
          ]
      await this.#showErrors(items)
      return undefined
    } finally {
      this._busy = false
    }
  }

  /** Tell the host (`cp-submit`) and the person (focus on the "done" message) that `saved` is stored. */
  async #announce(saved: Update): Promise<Update> {
    emit(this, 'cp-submit', saved)
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('.done')?.focus()
    return saved
  }

  /** Take the update being changed down, with the reason typed in "Why are you taking it down?". */
  async withdraw(): Promise<Update | undefined> {
    const api = this.api
    const existing = this._existing
    if (this._busy || !existing || existing.withdrawn) return undefined
    const reason = this._withdrawReason.trim()
    const problem = !reason ? 'errorWithdrawReason' : reason.length > MAX ? 'errorTooLong' : undefined
    if (problem) return void (await this.#showErrors([{ id: 'withdrawReason', message: this.t(problem, { max: MAX }) }]))
    if (!this.initiative || !api?.withdrawUpdate)
      return void (await this.#showErrors([{ id: 'withdrawReason', message: this.t('errorNotSetUp') }]))
    this._summary = []
    this._errors = {}
    this._busy = true
    try {
      const saved = await api.withdrawUpdate(this.initiative, existing.id, { reason })
      this._existing = saved
      this._withdrawReason = ''
      this._done = this.t('withdrawnDone')
      return await this.#announce(saved)
    } catch (error) {
      this.reportError(error)
      const message = isOfflineError(error) ? this.t('errorOffline') : isClientError(error) ? error.detail : this.t('error')
      await this.#showErrors([{ id: 'withdrawReason', message }])
      return undefined
    } finally {
      this._busy = false
    }
  }

  protected override render(): TemplateResult {
    return html`<section class="root" part="root" lang=${this.language} dir=${this.direction} aria-labelledby="title">
      <h2 id="title">${this.t(this._existing?.withdrawn ? 'titleWithdrawn' : this.updateId ? 'titleEdit' : 'titleNew')}</h2>
      ${this._phase === 'ready' || this._phase === 'idle' ? this.#form() : this.#state()}
    </section>`
  }

  #state(): TemplateResult {
    const key = this._phase as 'loading' | 'error' | 'offline'
    return html`<div class="state" part="state" role=${key === 'error' ? 'alert' : 'status'}>
      <p>${this.t(key)}</p>
      ${key === 'loading' ? nothing : html`<button type="button" class="button button--secondary" @click=${() => void this.reload()}>${this.t('retry')}</button>`}
    </div>`
  }

  #error(id: string) {
    return inlineError(id, this._errors[id], this.t('errorPrefix'))
  }

  #text(id: 'youSaid' | 'weDid' | 'reason' | 'note', hint?: 'youSaidHint' | 'weDidHint' | 'reasonHint'): TemplateResult {
    const described = [hint ? `${id}-hint` : '', this._errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ')
    return html`<div class="field ${this._errors[id] ? 'field--error' : ''}">
      <label for=${id}><b>${this.t(id)}</b></label>
      ${hint ? html`<p class="hint" id="${id}-hint">${this.t(hint)}</p>` : nothing} ${this.#error(id)}
      <textarea id=${id} rows="3" dir="auto" .value=${this._draft[id]} aria-describedby=${described || nothing}
        aria-invalid=${this._errors[id] ? 'true' : nothing}
        @input=${(e: Event) => this.#set({ [id]: (e.target as HTMLTextAreaElement).value })}></textarea>
    </div>`
  }

  #form(): TemplateResult {
    const t = this.t
    const d = this._draft
    const withdrawn = this._existing?.withdrawn
    if (withdrawn)
      return html`${this._done ? html`<p class="status done" role="status" tabindex="-1">${this._done}</p>` : nothing}
        <p>${t('withdrawnOn', { date: formatDate(withdrawn.at, this.language, t('months')) })}</p>
        <p><b>${t('withdrawReason')}</b> <span dir="auto">${withdrawn.reason}</span></p>
        <p>${t('withdrawnNoChange')}</p>`
    return html`${errorSummary(t('errorTitle'), this._summary, this.shadowRoot)}
      <form novalidate @submit=${(e: Event) => {
        e.preventDefault()
        void this.publish()
      }}>
        ${this.#text('youSaid', 'youSaidHint')} ${this.#text('weDid', 'weDidHint')}
        <fieldset class="field">
          <legend><b>${t('status')}</b></legend>
          <div class="choices-inline">
            ${STATUSES.map(
              (s) => html`<div class="choice">
                <input type="radio" name="status" id="status-${s}" .checked=${d.status === s} @change=${() => this.#set({ status: s })} />
                <label for="status-${s}">${t(`status.${s}`)}</label>
              </div>`,
            )}
          </div>
        </fieldset>
        ${d.status === 'not-possible' || this._errors.reason ? this.#text('reason', 'reasonHint') : nothing}
        <div class="field ${this._errors.progress ? 'field--error' : ''}">
          <label for="progress"><b>${t('progress')}</b></label>
          ${this.#error('progress')}
          <input id="progress" inputmode="numeric" autocomplete="off" .value=${d.progress} aria-invalid=${this._errors.progress ? 'true' : nothing}
            aria-describedby=${this._errors.progress ? 'progress-error' : nothing}
            @input=${(e: Event) => this.#set({ progress: (e.target as HTMLInputElement).value })} />
        </div>
        ${this._existing ? this.#text('note') : nothing} ${this.#linked()} ${this.#credits()} ${this.#flags()} ${this.#preview()}
        ${this._done ? html`<p class="status done" role="status" tabindex="-1">${this._done}</p>` : nothing}
        <p class="actions">
          <button class="button" part="publish" ?disabled=${this._busy}>
            ${this._busy ? t('saving') : this._flags.length && this._checked === JSON.stringify(this.#texts()) ? t('publishAnyway') : t(this._existing ? 'save' : 'publish')}
          </button>
        </p>
      </form>
      ${this._existing ? this.#withdrawForm() : nothing}`
  }

  #withdrawForm(): TemplateResult {
    const t = this.t
    const error = this._errors.withdrawReason
    return html`<form class="withdraw" part="withdraw" novalidate aria-labelledby="withdraw-title" @submit=${(e: Event) => {
      e.preventDefault()
      void this.withdraw()
    }}>
      <h3 id="withdraw-title">${t('withdrawTitle')}</h3>
      <div class="field ${error ? 'field--error' : ''}">
        <label for="withdrawReason"><b>${t('withdrawReason')}</b></label>
        <p class="hint" id="withdrawReason-hint">${t('withdrawHint')}</p>
        ${this.#error('withdrawReason')}
        <textarea id="withdrawReason" rows="2" dir="auto" .value=${this._withdrawReason}
          aria-describedby=${error ? 'withdrawReason-hint withdrawReason-error' : 'withdrawReason-hint'} aria-invalid=${error ? 'true' : nothing}
          @input=${(e: Event) => {
            this._withdrawReason = (e.target as HTMLTextAreaElement).value
          }}></textarea>
      </div>
      <p class="actions"><button class="button button--secondary" part="withdraw-button" ?disabled=${this._busy}>${t('withdrawButton')}</button></p>
    </form>`
  }

  #linked(): TemplateResult {
    const t = this.t
    return html`<fieldset class="field">
      <legend><b>${t('linked')}</b></legend>
      <p class="hint">${t('linkedHint')}</p>
      ${this._feedback.length === 0 && this._draft.linkedFeedback.length === 0 ? html`<p>${t('linkedNone')}</p>` : nothing}
      <ul class="picks">
        ${this._feedback.map(
          (f) => html`<li class="choice">
            <input type="checkbox" id="fb-${f.id}" .checked=${this._draft.linkedFeedback.includes(f.id)}
              @change=${(e: Event) => this.#toggle('linkedFeedback', f.id, (e.target as HTMLInputElement).checked)} />
            <label for="fb-${f.id}"><span dir="auto">${f.text ?? f.rating ?? f.kind}</span>
              <span class="hint">${f.anonymous ? t('anonymous') : (f.by ?? t('anonymous'))} · ${t(`quote.${f.quote}`)}</span></label>
          </li>`,
        )}
      </ul>
    </fieldset>`
  }

  #credits(): TemplateResult {
    const t = this.t
    return html`<fieldset class="field">
      <legend><b>${t('credits')}</b></legend>
      <p class="hint">${t('creditsHint')}</p>
      <ul class="picks">
        ${this._people.map((p) =>
          p.credit
            ? html`<li class="choice">
                <input type="checkbox" id="cr-${p.memberId}" .checked=${this._draft.credits.includes(p.memberId)}
                  @change=${(e: Event) => this.#toggle('credits', p.memberId, (e.target as HTMLInputElement).checked)} />
                <label for="cr-${p.memberId}" dir="auto">${p.displayName}</label>
              </li>`
            : html`<li class="not-offered"><span dir="auto">${p.displayName}</span>
                <span class="hint">${t(`why.${p.why ?? 'not-asked'}` as keyof UpdateEditorMessages)}</span></li>`,
        )}
      </ul>
    </fieldset>`
  }

  #flags(): TemplateResult | typeof nothing {
    if (this._checked === undefined) return nothing
    const t = this.t
    return html`<div class="flags" part="flags" tabindex="-1" role="status">
      ${
        this._flags.length
          ? html`<h3>${t('checkFlags')}</h3>
            <ul>
              ${this._flags.map((f) => html`<li><b>${t(f.field as 'youSaid')}:</b> ${t(`flag.${f.kind}`, { text: f.text, suggestion: f.suggestion })}</li>`)}
            </ul>`
          : html`<p>${t('checkNothing')}</p>`
      }
    </div>`
  }

  #preview(): TemplateResult {
    const t = this.t
    const d = this._draft
    const linked = this._feedback.filter((f) => d.linkedFeedback.includes(f.id) && f.quote !== 'no' && f.text)
    const names = this._people.filter((p) => p.credit && d.credits.includes(p.memberId)).map((p) => p.displayName)
    const progress =
      d.status === 'done' ? 100 : d.progress.trim() && /^\d{1,3}$/.test(d.progress.trim()) ? Math.min(100, Number(d.progress)) : undefined
    return html`<div class="preview" part="preview">
      <h3>${t('preview')}</h3>
      <article class="card">
        <p><b>${t('youSaid')}:</b> <span dir="auto">${d.youSaid}</span></p>
        <p><b>${t('weDid')}:</b> <span dir="auto">${d.weDid}</span></p>
        <p>${t(`status.${d.status}`)}${progress === undefined ? nothing : html` · ${progress}%`}</p>
        ${d.status === 'not-possible' && d.reason ? html`<p dir="auto">${d.reason}</p>` : nothing}
        ${
          linked.length
            ? html`<p><b>${t('previewQuotes')}</b></p>
              ${linked.map((f) => html`<blockquote dir="auto">${f.text}${f.quote === 'with-name' && f.by ? html` <cite>${f.by}</cite>` : nothing}</blockquote>`)}`
            : nothing
        }
        ${names.length ? html`<p dir="auto">${t('previewThanks', { names: names.join(', ') })}</p>` : nothing}
      </article>
    </div>`
  }
}
