import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { decisionCall, optionCall, viewCall, type HttpCall } from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import type { ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { formatDate, partLoader } from '../shared/i18n.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { PublicDecision } from '../shared/types.js'
import { decisionMessages, type DecisionMessages } from './decision.messages.js'
import { decisionStyles } from './decision.styles.js'
import type { CpErrorDetail, WidgetEvents } from '../shared/events.js'

type SendModule = typeof import('./decision-send.js')
type Kind = import('./decision-send.js').QueuedDecisionItem['kind']
type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline'

/** Sending, the offline queue and the error summary load when someone first moves into the form. */
const loadPart = partLoader(decisionMessages, () => import('./decision-send.js'))
let part: SendModule | undefined
const loadSend = () => loadPart().then((p) => (part = p))
const prefetch = () => void loadSend().catch(() => undefined)
const MAX = 10_000

/** The events `<cp-decision>` sends, each with its `detail`. */
export interface CpDecisionEventMap {
  'cp-load': CustomEvent<PublicDecision>
  'cp-submit': CustomEvent<PublicDecision>
  'cp-queued': CustomEvent<import('./decision-send.js').QueuedDecisionItem>
  'cp-error': CustomEvent<CpErrorDetail>
}

/** `addEventListener` on the widget knows each event's `detail`. */
export interface CpDecision {
  addEventListener: WidgetEvents<CpDecisionEventMap, CpDecision>['addEventListener']
  removeEventListener: WidgetEvents<CpDecisionEventMap, CpDecision>['removeEventListener']
}

/**
 * `<cp-decision>`: one question the group is deciding together. People see the choices and who suggested them
 * (names only where the person agreed), give their view (a choice and, if they like, why), add a choice, see how
 * views stand when the group shows them, and, once it is decided, what was decided, how and by whom. A view given
 * offline is saved on this device and sent once, with its Idempotency-Key, when the connection returns.
 *
 * @tag cp-decision
 * @fires {CustomEvent<PublicDecision>} cp-load - The decision was loaded. `detail` is the `PublicDecision`.
 * @fires {CustomEvent<PublicDecision>} cp-submit - A view or a new choice was stored. `detail` is the updated `PublicDecision`.
 * @fires {CustomEvent<QueuedDecisionItem>} cp-queued - Saved on this device to send later. `detail` is `{ kind, idempotencyKey, memberId, decisionId, input }`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart question - The question.
 * @csspart status - Where the decision stands, and the "thank you" or "saved" message.
 * @csspart option - One choice.
 * @csspart outcome - What was decided, how, and by whom.
 * @csspart views - What people said.
 * @csspart send - The "Share my view" button.
 * @csspart propose - The form to add a choice.
 * @csspart error-summary - The list of problems.
 * @csspart state - The loading, empty, error or offline message.
 * @cssprop --cp-color-primary - Buttons. Default `#00703c`.
 * @cssprop --cp-color-error - Errors. Default `#b3261e`.
 * @cssprop --cp-color-focus - The focus ring. Default `#1d70b8`.
 * @cssprop --cp-focus-color - The focus ring (wins over `--cp-color-focus`).
 * @cssprop --cp-focus-inner-color - A 2px ring inside the focus ring, for pages whose background needs both. Default none.
 */
export class CpDecision extends CpElement<DecisionMessages> {
  static override styles = [baseStyles, formStyles, decisionStyles]
  static override properties = {
    decision: { type: String },
    _phase: { state: true },
    _data: { state: true },
    _choice: { state: true },
    _reason: { state: true },
    _proposal: { state: true },
    _errors: { state: true },
    _summary: { state: true },
    _busy: { state: true },
    _done: { state: true },
    _queuedNow: { state: true },
    _offline: { state: true },
  }

  /** The decision's id. */
  declare decision: string | undefined
  declare _phase: Phase
  declare _data: PublicDecision | undefined
  declare _choice: string | undefined
  declare _reason: string
  declare _proposal: string
  declare _errors: Partial<Record<string, string>>
  declare _summary: ErrorItem[]
  declare _busy: boolean
  /** The "thank you" or "saved" message after sending. */
  declare _done: string
  declare _queuedNow: boolean
  /** Send was pressed offline before the part that sends could be fetched. */
  declare _offline: boolean
  _keys: Partial<Record<Kind, string>> = {}
  protected override _reloadOn = ['initiative', 'decision', 'endpoint', 'client']

  protected readonly catalogue = decisionMessages
  protected httpCalls(http: HttpCall) {
    return { getDecision: decisionCall(http), giveView: viewCall(http), proposeOption: optionCall(http) }
  }

  constructor() {
    super()
    this._phase = 'idle'
    this._reason = ''
    this._proposal = ''
    this._errors = {}
    this._summary = []
    this._busy = false
    this._done = ''
    this._queuedNow = false
    this._offline = false
  }

  override handleEvent(): void {
    super.handleEvent()
    void this.sendQueued()
  }

  protected override update(changed: PropertyValues<this>): void {
    part?.adoptStyles(this.shadowRoot)
    super.update(changed)
  }

  /** Fetch the decision again (the "Try again" button does this), then send anything saved on this device. */
  async reload(): Promise<void> {
    const api = this.api
    const { initiative, decision } = this
    if (!api?.getDecision || !decision) return
    await this._fetch(
      () => api.getDecision!(initiative ?? '', decision),
      (data) => {
        this._data = data
        this._choice ??= data.myView?.optionId
        emit(this, 'cp-load', data)
        void this.sendQueued()
      },
    )
  }

  /** Send what this device saved while offline (called when the connection returns and when the widget loads). */
  async sendQueued(): Promise<void> {
    const api = this.api
    if (!api || !(part || (await hasQueue()))) return
    const p = await loadSend().catch(() => undefined)
    if (p) await p.sendQueued(this, api)
  }

  /** Where saved items go: the endpoint, or `client`. */
  get _target(): string {
    return this.client ? 'client' : (this.endpoint ?? '')
  }

  _fail(error: unknown): void {
    this.reportError(error)
  }

  _sent(decision: PublicDecision, kind: Kind): void {
    this._data = decision
    this._queuedNow = false
    this._errors = {}
    this._summary = []
    if (kind === 'decision-view') this._reason = ''
    else this._proposal = ''
    this._done = this.t(kind === 'decision-view' ? 'thanks' : 'thanksOption')
    emit(this, 'cp-submit', decision)
  }

  _queued(item: import('./decision-send.js').QueuedDecisionItem): void {
    this._queuedNow = true
    this._done = this.t('queued')
    emit(this, 'cp-queued', item)
  }

  async #send(event: Event, kind: Kind): Promise<void> {
    event.preventDefault()
    if (this._busy) return
    const p = await loadSend().catch(() => undefined)
    this._offline = !p
    if (!p) return
    const view = kind === 'decision-view'
    const reason = this._reason.trim()
    const proposal = this._proposal.trim()
    const problems: ErrorItem[] = []
    if (view && !this._choice && !reason) problems.push({ id: 'option-0', message: this.t('errorChoose') })
    if (!view && !proposal) problems.push({ id: 'propose', message: this.t('errorPropose') })
    for (const [id, text] of [
      ['reason', view && reason],
      ['propose', !view && proposal],
    ] as const)
      if (text && text.length > MAX) problems.push({ id, message: this.t('errorTooLong', { max: MAX }) })
    if (problems.length) return p.showErrors(this, problems)
    const api = this.api
    if (!api?.[view ? 'giveView' : 'proposeOption'] || !this.member || !this._data)
      return p.showErrors(this, [{ id: view ? 'option-0' : 'propose', message: this.t('errorNotSetUp') }])
    this._done = ''
    const input = view ? { ...(this._choice ? { optionId: this._choice } : {}), ...(reason ? { text: reason } : {}) } : { text: proposal }
    await p.send(this, api, kind, this.member, input, this.t)
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(this._summary.length ? '.error-summary' : '.done')?.focus()
  }

  #error(id: string): TemplateResult | typeof nothing {
    return part ? part.inlineError(id, this._errors[id], this.t('errorPrefix')) : nothing
  }

  protected override render(): TemplateResult {
    return html`<section class="root" part="root" lang=${this.language} dir=${this.direction} aria-labelledby="q">
      ${this._phase === 'ready' && this._data ? this.#decision(this._data) : this.#state()}
    </section>`
  }

  #state(): TemplateResult {
    const key = this._phase === 'idle' ? 'empty' : (this._phase as 'loading' | 'error' | 'offline')
    return html`<div class="state" part="state" role=${key === 'error' ? 'alert' : 'status'}>
      <p id="q">${this.t(key)}</p>
      ${
        key === 'error' || key === 'offline'
          ? html`<button type="button" class="button button--secondary" @click=${() => void this.reload()}>${this.t('retry')}</button>`
          : nothing
      }
    </div>`
  }

  #decision(d: PublicDecision): TemplateResult {
    const t = this.t
    const canGive = d.status !== 'decided'
    // Names joined in the reader's words ("Ade, Jo and Sam"): Chromium has no Welsh list words of its own.
    const list = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} ${t('and')} ${names.at(-1)}` : (names[0] ?? ''))
    const optionText = (id?: string) => d.options.find((o) => o.id === id)?.text ?? ''
    const about = (o: PublicDecision['options'][number]) =>
      [
        o.yours ? t('byYou') : o.proposedBy ? t('by', { name: o.proposedBy }) : '',
        o.count === undefined ? '' : t('count', { count: o.count }),
      ]
        .filter(Boolean)
        .join(' · ')
    return html`<h2 id="q" part="question" dir="auto">${d.question}</h2>
      <p class="status" part="status">${t(d.status === 'open' ? 'open' : d.status)}</p>
      ${part ? part.errorSummary(t('errorTitle'), this._summary, this.shadowRoot) : nothing}
      ${d.outcome ? this.#outcome(d.outcome, list) : nothing}
      ${
        canGive
          ? html`<form novalidate @submit=${(e: Event) => void this.#send(e, 'decision-view')} @focusin=${prefetch}>
            <fieldset class="field" aria-describedby=${this._errors.option ? 'option-error' : nothing}>
              <legend>${t('choose')}</legend>
              ${this.#error('option')}
              ${d.options.map(
                (o, i) => html`<div class="choice" part="option">
                  <input type="radio" name="option" id="option-${i}" .checked=${this._choice === o.id}
                    aria-describedby=${about(o) ? `about-${i}` : nothing} @change=${() => (this._choice = o.id)} />
                  <label for="option-${i}"><span dir="auto">${o.text}</span>
                    ${about(o) ? html`<span class="hint" id="about-${i}">${about(o)}</span>` : nothing}</label>
                </div>`,
              )}
            </fieldset>
            <div class="field">
              <label for="reason">${t('reason')}</label>
              <p class="hint" id="reason-hint">${t('reasonHint')}</p>
              ${this.#error('reason')}
              <textarea id="reason" rows="3" .value=${this._reason} aria-describedby="reason-hint${this._errors.reason ? ' reason-error' : ''}"
                @input=${(e: Event) => (this._reason = (e.target as HTMLTextAreaElement).value)}></textarea>
            </div>
            <p class="actions"><button class="button" part="send" ?disabled=${this._busy}>${this._busy ? t('sending') : t('send')}</button></p>
          </form>`
          : html`<h3>${t('options')}</h3>
            <ul class="options">
              ${d.options.map((o) => html`<li part="option"><span dir="auto">${o.text}</span> ${about(o) ? html`<span class="hint">${about(o)}</span>` : nothing}</li>`)}
            </ul>`
      }
      ${
        this._done
          ? html`<p class="status done ${this._queuedNow ? 'queued' : ''}" part="status" role="status" tabindex="-1">${this._done}</p>`
          : nothing
      }
      ${this._offline ? html`<p class="status" role="alert">${t('errorOffline')}</p>` : nothing}
      ${
        d.myView
          ? html`<p class="mine">${d.myView.optionId ? t('yourView', { option: optionText(d.myView.optionId) }) : nothing}
            ${d.myView.text ? html`<span dir="auto">${t('yourWords', { text: d.myView.text })}</span>` : nothing}
            ${canGive ? html`<span class="hint">${t('change')}</span>` : nothing}</p>`
          : nothing
      }
      <p>${t('viewCount', { count: d.viewCount })} ${d.showViews || d.status === 'decided' ? nothing : t('hidden')}</p>
      ${
        d.views?.length
          ? html`<h3>${t('views')}</h3>
            <ul class="views" part="views">
              ${d.views.map(
                (v) => html`<li><b dir="auto">${v.by}</b>${v.optionId ? html`: <span dir="auto">${optionText(v.optionId)}</span>` : nothing}
                  ${v.text ? html`<q dir="auto">${v.text}</q>` : nothing}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${canGive ? this.#propose() : nothing}`
  }

  #outcome(o: NonNullable<PublicDecision['outcome']>, list: (names: string[]) => string): TemplateResult {
    const t = this.t
    const names = list(o.decidedBy)
    return html`<div class="outcome" part="outcome">
      <h3>${t('outcome')}</h3>
      <p dir="auto">${o.text}</p>
      <h3>${t('how')}</h3>
      <p>${t(`method.${o.method}`, { names })}</p>
      ${
        o.decidedBy.length
          ? html`<h3>${t('who')}</h3>
            <p dir="auto">${names}</p>`
          : nothing
      }
      <p class="hint">${t('decidedOn', { date: formatDate(o.decidedAt, this.language, t('months')) })}</p>
    </div>`
  }

  #propose(): TemplateResult {
    const t = this.t
    return html`<form class="propose" part="propose" novalidate @submit=${(e: Event) => void this.#send(e, 'decision-option')} @focusin=${prefetch}>
      <label for="propose"><b>${t('propose')}</b></label>
      <p class="hint" id="propose-hint">${t('proposeHint')}</p>
      ${this.#error('propose')}
      <textarea id="propose" rows="2" .value=${this._proposal} aria-describedby="propose-hint${this._errors.propose ? ' propose-error' : ''}"
        @input=${(e: Event) => (this._proposal = (e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="actions"><button class="button button--secondary" ?disabled=${this._busy}>${t('proposeSend')}</button></p>
    </form>`
  }
}

/** Whether this device may hold something saved earlier (its IndexedDB database `coproduce` exists). */
async function hasQueue(): Promise<boolean> {
  try {
    return (await indexedDB.databases()).some((db) => db.name === 'coproduce')
  } catch {
    return true
  }
}
