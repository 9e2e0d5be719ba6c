import { html, nothing, unsafeCSS, type TemplateResult } from 'lit'
import { agreementCall, answerCall, type HttpCall } from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import { errorCss, errorSummary, focusErrorSummary, inlineError, type ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { AgreementResponseInput, AgreementSummary } from '../shared/types.js'
import { agreementMessages, type AgreementMessages } from './agreement.messages.js'
import { agreementStyles } from './agreement.styles.js'
import type { CpErrorDetail, WidgetEvents } from '../shared/events.js'
import type { AgreementResponseResult } from '../shared/types.js'

type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline'
type Answer = AgreementResponseInput['response']
const ANSWERS: Answer[] = ['agree', 'not-yet', 'suggest-change']
const MAX = 10_000

/** The events `<cp-agreement>` sends, each with its `detail`. */
export interface CpAgreementEventMap {
  'cp-load': CustomEvent<AgreementSummary>
  'cp-submit': CustomEvent<AgreementResponseResult>
  'cp-error': CustomEvent<CpErrorDetail>
}

/** `addEventListener` on the widget knows each event's `detail`. */
export interface CpAgreement {
  addEventListener: WidgetEvents<CpAgreementEventMap, CpAgreement>['addEventListener']
  removeEventListener: WidgetEvents<CpAgreementEventMap, CpAgreement>['removeEventListener']
}

/**
 * `<cp-agreement>`: the group's ground rules, made together. Each person can agree, say they do not agree yet, or
 * suggest a change (which opens a new decision for the group). With `mode="staff"`, staff also see who has not
 * agreed yet.
 *
 * @tag cp-agreement
 * @fires {CustomEvent<AgreementSummary>} cp-load - The ground rules were loaded. `detail` is the `AgreementSummary`.
 * @fires {CustomEvent<AgreementResponseResult>} cp-submit - An answer was stored. `detail` is `{ agreement, opened? }` (`opened`: the decision a suggested change opened).
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart heading - The heading.
 * @csspart rules - The list of rules.
 * @csspart counts - How many agree and how many do not agree yet.
 * @csspart answer - The form to answer.
 * @csspart send - The "Send my answer" button.
 * @csspart changes - The changes people suggested.
 * @csspart waiting - Staff only: who has not agreed yet.
 * @csspart error-summary - The list of problems.
 * @csspart state - The loading, empty, error or offline message.
 * @cssprop --cp-color-primary - Buttons. Default `#00703c`.
 * @cssprop --cp-color-error - Errors. Default `#b3261e`.
 */
export class CpAgreement extends CpElement<AgreementMessages> {
  static override styles = [baseStyles, formStyles, unsafeCSS(errorCss), agreementStyles]
  static override properties = {
    mode: { type: String, reflect: true },
    _phase: { state: true },
    _data: { state: true },
    _answer: { state: true },
    _text: { state: true },
    _errors: { state: true },
    _summary: { state: true },
    _busy: { state: true },
    _done: { state: true },
  }

  /** `staff` to see who has not agreed yet (the server sends names only to staff). */
  declare mode: string | undefined
  declare _phase: Phase
  declare _data: AgreementSummary | undefined
  declare _answer: Answer | undefined
  declare _text: string
  declare _errors: Partial<Record<string, string>>
  declare _summary: ErrorItem[]
  declare _busy: boolean
  declare _done: boolean
  _key: string | undefined
  protected override _reloadOn = ['initiative', 'endpoint', 'client', 'mode']

  protected readonly catalogue = agreementMessages
  protected httpCalls(http: HttpCall) {
    return { getAgreement: agreementCall(http), answerAgreement: answerCall(http) }
  }

  constructor() {
    super()
    this._phase = 'idle'
    this._text = ''
    this._errors = {}
    this._summary = []
    this._busy = false
    this._done = false
  }

  /** Fetch the ground rules again (the "Try again" button does this). */
  async reload(): Promise<void> {
    const api = this.api
    if (!api?.getAgreement || !this.initiative) return
    const initiative = this.initiative
    await this._fetch(
      () => api.getAgreement!(initiative),
      (data) => {
        this._data = data
        emit(this, 'cp-load', data)
      },
      // No ground rules yet is not a fault: it is the empty state.
      ({ status }) => (status === 404 ? 'idle' : undefined),
    )
  }

  async #send(event: Event): Promise<void> {
    event.preventDefault()
    const api = this.api
    const data = this._data
    if (this._busy || !api?.answerAgreement || !data || !this.member) return
    const text = this._text.trim()
    const problems: ErrorItem[] = []
    if (!this._answer) problems.push({ id: 'answer-0', message: this.t('errorChoose') })
    if (this._answer === 'suggest-change' && !text) problems.push({ id: 'words', message: this.t('errorChange') })
    if (text.length > MAX) problems.push({ id: 'words', message: this.t('errorTooLong', { max: MAX }) })
    if (problems.length) return this.#show(problems)
    this._busy = true
    this._done = false
    this._key ??= crypto.randomUUID()
    try {
      const result = await api.answerAgreement(
        this.member,
        data.decisionId,
        { response: this._answer!, ...(text ? { text } : {}) },
        this._key,
      )
      this._key = undefined
      this._data = result.agreement
      this._text = ''
      this._errors = {}
      this._summary = []
      this._done = true
      emit(this, 'cp-submit', result)
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('.done')?.focus()
    } catch (error) {
      const { code, status } = this.reportError(error)
      const serverSays = (error as { errors?: { path: unknown[]; message: string }[] }).errors
      this.#show(
        status === 422 && serverSays?.length
          ? serverSays.map((e) => ({ id: e.path[0] === 'text' ? 'words' : 'answer-0', message: e.message }))
          : [
              {
                id: 'answer-0',
                message: this.t(code === 'offline' ? 'errorOffline' : status === 401 || status === 403 ? 'errorForbidden' : 'errorServer'),
              },
            ],
      )
    } finally {
      this._busy = false
    }
  }

  #show(items: ErrorItem[]): void {
    const byField: Record<string, string> = {}
    for (const item of items) byField[item.id.replace(/-0$/, '')] ??= item.message
    this._errors = byField
    this._summary = items
    void focusErrorSummary(this)
  }

  protected override render(): TemplateResult {
    const t = this.t
    const d = this._data
    const ready = this._phase === 'ready' && d
    return html`<section class="root" part="root" lang=${this.language} dir=${this.direction} aria-labelledby="heading">
      <h2 id="heading" part="heading">${t('heading')}</h2>
      ${ready ? this.#rules(d) : this.#state()}
    </section>`
  }

  #state(): TemplateResult {
    const key = this._phase === 'idle' || this._phase === 'ready' ? 'empty' : this._phase
    return html`<div class="state" part="state" role=${key === 'error' ? 'alert' : 'status'}>
      <p>${this.t(key)}</p>
      ${
        key === 'error' || key === 'offline'
          ? html`<button type="button" class="button button--secondary" @click=${() => void this.reload()}>${this.t('retry')}</button>`
          : nothing
      }
    </div>`
  }

  #rules(d: AgreementSummary): TemplateResult {
    const t = this.t
    const e = this._errors
    return html`<p class="hint">${t('intro')}</p>
      ${errorSummary(t('errorTitle'), this._summary, this.shadowRoot)}
      ${d.status === 'decided' ? nothing : html`<p class="status">${t('stillOpen')}</p>`}
      <ol class="rules" part="rules">
        ${d.rules.map((rule) => html`<li dir="auto">${rule.text}</li>`)}
      </ol>
      <p part="counts">${t('counts', { agreed: d.agreed, notYet: d.notYet })}</p>
      ${
        d.mine
          ? html`<p class="mine">${t(d.mine.response === 'agree' ? 'mineAgree' : 'mineNotYet')}
            ${d.mine.text ? html`<q dir="auto">${d.mine.text}</q>` : nothing}</p>`
          : nothing
      }
      ${this._done ? html`<p class="status done" role="status" tabindex="-1">${t('thanks')}</p>` : nothing}
      ${
        this.member
          ? html`<form part="answer" novalidate @submit=${(ev: Event) => void this.#send(ev)}>
            <fieldset class="field" aria-describedby=${e.answer ? 'answer-error' : nothing}>
              <legend>${t('question')}</legend>
              ${inlineError('answer', e.answer, t('errorPrefix'))}
              ${ANSWERS.map(
                (answer, i) => html`<div class="choice">
                  <input type="radio" name="answer" id="answer-${i}" .checked=${this._answer === answer} @change=${() => (this._answer = answer)} />
                  <label for="answer-${i}">${t(answer)}</label>
                </div>`,
              )}
            </fieldset>
            <div class="field">
              <label for="words">${t(this._answer === 'suggest-change' ? 'change' : 'more')}</label>
              ${inlineError('words', e.words, t('errorPrefix'))}
              <textarea id="words" rows="3" .value=${this._text} aria-describedby=${e.words ? 'words-error' : nothing}
                @input=${(ev: Event) => (this._text = (ev.target as HTMLTextAreaElement).value)}></textarea>
            </div>
            <p class="actions"><button class="button" part="send" ?disabled=${this._busy}>${this._busy ? t('sending') : t('send')}</button></p>
          </form>`
          : nothing
      }
      ${
        d.changes.length
          ? html`<h3>${t('changes')}</h3>
            <ul part="changes">
              ${d.changes.map(
                (c) => html`<li><span dir="auto">${c.question}</span>
                  <span class="hint">${t(c.status)}${c.proposedBy ? html` · <span dir="auto">${t('by', { name: c.proposedBy })}</span>` : nothing}</span></li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        this.mode === 'staff' && d.notAgreedYet
          ? html`<h3>${t('waiting')}</h3>
            ${
              d.notAgreedYet.length
                ? html`<ul part="waiting">${d.notAgreedYet.map((m) => html`<li dir="auto">${m.displayName}</li>`)}</ul>`
                : html`<p part="waiting">${t('everyone')}</p>`
            }`
          : nothing
      }`
  }
}
