import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { consentPurposesCall, consentsCall, feedbackCall, type HttpCall } from '../shared/client.js'
import { CpFormElement } from '../shared/form-element.js'
import type { ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { partLoader } from '../shared/i18n.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { ConsentPurpose, FeedbackSubmission, Rating } from '../shared/types.js'
import { feedbackMessages, type FeedbackMessages } from './feedback.messages.js'
import { feedbackStyles } from './feedback.styles.js'
import type { CpErrorDetail, CpQueuedDetail, WidgetEvents } from '../shared/events.js'
import type { Feedback } from '../shared/types.js'

type CreativeModule = typeof import('./feedback-creative.js')
type AfterSendModule = typeof import('./feedback-after-send.js')

/**
 * The questions about how words may be used load with the purposes they ask about (from the server: what each
 * means, who sees it, how long it is kept), which they show in full.
 */
const loadConsentPart = partLoader(feedbackMessages, () => import('./feedback-consent.js'))

/** The picture and recording part loads only when the host gives an `upload` function. */
let creative: CreativeModule | undefined
let creativeFailed = false
const loadCreative = partLoader(feedbackMessages, () => import('./feedback-creative.js'))
const needCreative = () =>
  loadCreative().then(
    (part) => void (creative = part),
    () => void (creativeFailed = true), // cannot load: the option stays hidden, as without `upload`
  )

/**
 * Sending, the offline queue (with idb-keyval), the error summary and what shows after Send are not part of the
 * widget's first download (`feedback-after-send.ts`). They load when someone starts filling in the form (so they
 * are here if the connection drops before Send is pressed: a file cannot be fetched offline), or when this device
 * has saved some feedback before (its IndexedDB database, `coproduce`, exists).
 */
const loadPart = partLoader(feedbackMessages, () => import('./feedback-after-send.js'))
/** The loaded part (`_phase` is `sent` or `queued`, and there are errors to show, only once it is here). */
let afterSend: AfterSendModule | undefined
const loadAfterSend = () => loadPart().then((part) => (afterSend = part))
/** Start loading it now, without waiting (a failure is retried when it is needed). */
const prefetchAfterSend = () => void loadAfterSend().catch(() => undefined)
/** `aria-describedby` from the ids given (a hint, an error), or no attribute at all. */
const describe = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing

async function mayHaveQueue(): Promise<boolean> {
  if (afterSend) return true
  try {
    return (await indexedDB.databases()).some((db) => db.name === 'coproduce')
  } catch {
    return true // a browser that cannot list its databases: look in the queue itself
  }
}

const RATINGS: readonly Rating[] = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know']
const MAX_TEXT = 10_000

export type FeedbackField = 'rating' | 'text' | 'story'
type Phase = 'form' | 'sending' | 'queued' | 'sent'

import type { UploadFunction } from './feedback-creative.js'
export type { UploadFunction, UploadInfo } from './feedback-creative.js'

/** What `cp-queued` carries. */
export interface QueuedDetail {
  idempotencyKey: string
  initiativeId: string
  input: FeedbackSubmission
}

/** The events `<cp-feedback>` sends, each with its `detail`. */
export interface CpFeedbackEventMap {
  'cp-submit': CustomEvent<Feedback>
  'cp-queued': CustomEvent<CpQueuedDetail>
  'cp-load': CustomEvent<ConsentPurpose[]>
  'cp-error': CustomEvent<CpErrorDetail>
}

/** `addEventListener` on the widget knows each event's `detail`. */
export interface CpFeedback {
  addEventListener: WidgetEvents<CpFeedbackEventMap, CpFeedback>['addEventListener']
  removeEventListener: WidgetEvents<CpFeedbackEventMap, CpFeedback>['removeEventListener']
}

/**
 * `<cp-feedback>`: a rating (the Friends and Family Test scale), words, or a story, with an optional picture or
 * voice recording. People can send it without their name, and say how their words may be used. Made offline, it
 * is saved on the device and sent, exactly once, when the connection returns.
 *
 * @tag cp-feedback
 * @attr {number} reply-within-days - How many days until people hear back. The thank-you says so.
 * @fires {CustomEvent<Feedback>} cp-submit - The server stored the feedback. `detail` is the stored `Feedback`.
 * @fires {CustomEvent<CpQueuedDetail>} cp-queued - Saved on this device to send later. `detail` is `{ idempotencyKey, initiativeId, input }`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @fires {CustomEvent<ConsentPurpose[]>} cp-load - The consent purposes were loaded. `detail` is `ConsentPurpose[]`.
 * @csspart root - The widget's box.
 * @csspart heading - The heading.
 * @csspart error-summary - The list of problems shown when something needs fixing.
 * @csspart error-message - An inline error above a field.
 * @csspart rating - The rating question.
 * @csspart text - The text box.
 * @csspart send - The send button.
 * @csspart status - The thank-you or "saved" message.
 * @cssprop --cp-color-primary - Buttons and selected answers. Default `#00703c`.
 * @cssprop --cp-color-text - Text. Default `#0b0c0c`.
 * @cssprop --cp-color-background - Background. Default `#ffffff`.
 * @cssprop --cp-color-error - Errors. Default `#b3261e`.
 * @cssprop --cp-color-focus - The focus ring. Default `#1d70b8`.
 * @cssprop --cp-focus-color - The focus ring (wins over `--cp-color-focus`).
 * @cssprop --cp-focus-inner-color - A 2px ring inside the focus ring, for pages whose background needs both. Default none.
 * @cssprop --cp-font-family - The font.
 * @cssprop --cp-radius - Corner rounding. Default `0.25rem`.
 * @cssprop --cp-space - Spacing. Default `1rem`.
 * @cssprop --cp-max-width - The widest the widget grows. Default `40rem`.
 */
export class CpFeedback extends CpFormElement<FeedbackMessages> {
  static override styles = [baseStyles, formStyles, feedbackStyles]
  static override properties = {
    kinds: { type: String },
    ask: { type: String },
    replyWithinDays: { type: Number, attribute: 'reply-within-days' },
    context: { type: String },
    name: { type: String, reflect: true },
    disabled: { type: Boolean, reflect: true },
    upload: { attribute: false },
    _phase: { state: true },
    _rating: { state: true },
    _text: { state: true },
    _story: { state: true },
    _anonymous: { state: true },
    _errors: { state: true },
    _summary: { state: true },
    _offline: { state: true },
  }

  /** Which parts to show, separated by spaces: `rating`, `text`, `story`. Default `rating text`. */
  declare kinds: string
  /** Consent purposes to ask about, separated by spaces. Default `quote-anonymously`. Empty to ask nothing. */
  declare ask: string
  /** How many days until people hear back. The thank-you says so. */
  declare replyWithinDays: number | undefined
  /** Where the feedback was given (a session id, a page). Stored with it. */
  declare context: string | undefined
  /** The field name when inside a host form. */
  declare name: string | undefined
  declare disabled: boolean
  /** The host's file store. Without it, the picture and recording option is hidden. */
  declare upload: UploadFunction | undefined

  declare _phase: Phase
  declare _rating: Rating | undefined
  declare _text: string
  declare _story: string
  declare _anonymous: boolean
  declare _errors: Partial<Record<string, string>>
  declare _summary: ErrorItem[]
  /** Send was pressed offline before the part that sends could be fetched. */
  declare _offline: boolean

  protected readonly catalogue = feedbackMessages
  protected httpCalls(http: HttpCall) {
    return { getConsentPurposes: consentPurposesCall(http), getConsents: consentsCall(http), submitFeedback: feedbackCall(http) }
  }
  /** Sending, the offline queue and what shows after Send (its own state), once their part is here. */
  #sender: import('./feedback-after-send.js').Sender | undefined
  /** The picture and recording (its own state), once its part is here and the host gives `upload`. */
  #creative: import('./feedback-creative.js').Creative | undefined
  /** The questions about how words may be used (their own state), once their part is here. */
  #questions: import('./feedback-consent.js').ConsentQuestions | undefined

  constructor() {
    super()
    this.kinds = 'rating text'
    this.ask = 'quote-anonymously'
    this.disabled = false
    this.reset()
  }

  /** The feedback as it would be sent now (without any file, which is uploaded when sending). */
  get value(): FeedbackSubmission | null {
    const { input, errors } = this.#collect()
    return errors.length ? null : input
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (this.hasUpdated) this.#wired()
  }

  #wired(): void {
    void this.#loadPurposes()
    void this.sendQueued()
  }

  /** The connection came back: send what waits on this device. */
  override handleEvent(): void {
    void this.sendQueued()
  }

  formResetCallback(): void {
    this.reset()
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled
  }

  /** Clear the answers and show an empty form. */
  reset(): void {
    this._phase = 'form'
    this._rating = undefined
    this._text = ''
    this._story = ''
    this._anonymous = false
    this.#questions?.clear()
    this._errors = {}
    this._summary = []
    this.#creative?.clear()
    this._offline = false
    this.#sender?.clear()
  }

  /**
   * Send whatever this page saved while offline (for this widget's endpoint or client). Called by itself when the
   * connection returns, when the widget appears, and every 15 seconds while something waits.
   */
  async sendQueued(): Promise<void> {
    const api = this.api
    if (!api || !(await mayHaveQueue())) return
    const part = await loadAfterSend().catch(() => undefined)
    if (part) await this.#sent(part).sendQueued(api, this.t) // else the part cannot load now (offline): the next try does
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // Also when first set after the widget is in the page (frameworks set properties late).
    if (!this.hasUpdated || changed.has('endpoint') || changed.has('client') || changed.has('ask')) this.#wired()
  }

  protected override update(changed: PropertyValues<this>): void {
    // The parts loaded on demand bring their own styles. The picture and recording part, once here, is made a
    // controller of this widget when the host gives `upload` (the questions' controller is made as they load).
    afterSend?.adoptStyles(this.shadowRoot)
    if (this.upload && creative)
      this.#creative ??= new creative.Creative(this, { error: (id) => this.#error(id), fail: (e) => this.reportError(e) })
    super.update(changed)
  }

  /** This widget's sending controller, made once its part is here. */
  #sent(part: AfterSendModule): import('./feedback-after-send.js').Sender {
    return (this.#sender ??= new part.Sender(this, {
      emit,
      fail: (error) => this.reportError(error),
      phase: (phase) => (this._phase = phase),
      errors: (byField, items) => {
        this._errors = byField
        this._summary = items
      },
      textField: () => (this.#kinds.has('text') ? 'text' : 'story'),
    }))
  }

  get #kinds(): Set<FeedbackField> {
    const all = new Set<FeedbackField>()
    for (const word of (this.kinds ?? '').split(/\s+/)) if (/^(rating|text|story)$/.test(word)) all.add(word as FeedbackField)
    if (all.size === 0) all.add('rating').add('text')
    return all
  }

  get #askIds(): string[] {
    return (this.ask ?? '').split(/\s+/).filter(Boolean)
  }

  /**
   * The purposes asked about, with the part that asks (offline: nothing is asked; sending still works), and the
   * person's standing choices, shown as their answers from the start (a host's client without `getConsents`: none).
   */
  async #loadPurposes(): Promise<void> {
    const api = this.api
    if (!api || !this.#askIds.length) return
    try {
      const [purposes, questions] = await Promise.all([
        api.getConsentPurposes(),
        loadConsentPart().then((part) => (this.#questions ??= new part.ConsentQuestions(this)).standing(api)),
      ])
      questions.ask(purposes)
      emit(this, 'cp-load', purposes)
    } catch {
      // Offline: the questions are not asked.
    }
  }

  #collect(): { input: FeedbackSubmission; errors: ErrorItem[] } {
    const kinds = this.#kinds
    const t = this.t
    const text = kinds.has('text') ? this._text.trim() : ''
    const story = kinds.has('story') ? this._story.trim() : ''
    const hasCreative = !!this.#creative?.given
    const errors: ErrorItem[] = []
    const firstField = kinds.has('rating') ? 'rating-0' : kinds.has('text') ? 'text' : 'story'
    // Nothing given: ask for what the form has (a rating, words, or either).
    if (!this._rating && !text && !story && !hasCreative)
      errors.push({ id: firstField, message: t(!kinds.has('rating') ? 'errorText' : kinds.size === 1 ? 'errorRating' : 'errorEmpty') })
    if (text.length > MAX_TEXT) errors.push({ id: 'text', message: t('errorTooLong', { max: MAX_TEXT }) })
    if (story.length > MAX_TEXT) errors.push({ id: 'story', message: t('errorTooLong', { max: MAX_TEXT }) })

    const words = [text, story].filter(Boolean).join('\n\n')
    const kind: FeedbackSubmission['kind'] = this._rating ? 'rating' : story ? 'story' : text ? 'idea' : 'creative'
    const consents = this.#questions?.consents(this.#askIds, t, this._anonymous) ?? []
    const input: FeedbackSubmission = {
      kind,
      anonymous: this._anonymous,
      ...(this._rating ? { rating: this._rating } : {}),
      ...(words ? { text: words.slice(0, MAX_TEXT) } : {}),
      ...(!this._anonymous && this.member ? { memberId: this.member } : {}),
      // `scope` is in the consent contract (#10); core's types follow.
      ...(consents.length ? { consents: consents as FeedbackSubmission['consents'] } : {}),
      ...(this.context ? { context: this.context } : {}),
    }
    return { input, errors }
  }

  protected formState() {
    const { input, errors } = this.#collect()
    const first = errors[0]
    return { value: first ? null : JSON.stringify(input), missing: first }
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault()
    if (this._phase === 'sending' || this.disabled) return
    const { input, errors } = this.#collect()
    const part = await loadAfterSend().catch(() => undefined) // usually here already: it loads when the form is first used
    if (!part) {
      // Offline before the widget could fetch what it needs to send (the words stay in the form).
      this._offline = true
      return
    }
    this._offline = false
    const sender = this.#sent(part)
    if (errors.length) return sender.showErrors(errors)
    const api = this.api
    const initiative = this.initiative
    if (!api || !initiative) return sender.showErrors([{ id: 'send', message: this.t('errorNotSetUp') }])
    this._errors = {}
    this._summary = []
    this._phase = 'sending'
    const attachments = this.upload && this.#creative ? await this.#creative.upload(this.upload) : []
    if (attachments === null) {
      this._phase = 'form'
      return sender.showErrors([{ id: 'creative-file', message: this.t('errorUpload') }])
    }
    if (attachments.length) input.attachments = attachments
    await sender.send(api, initiative, input, this.t)
  }

  protected override _needs(): Promise<unknown> | undefined {
    return this.upload && !creative && !creativeFailed ? needCreative() : undefined
  }

  /** A field's inline error message (its id is `<field>-error`), once the part that shows errors is here. */
  #error(id: string): TemplateResult | typeof nothing {
    return afterSend ? afterSend.inlineError(id, this._errors[id], this.t('errorPrefix')) : nothing
  }

  protected override render(): TemplateResult {
    return html`<div class="root" part="root" lang=${this.language} dir=${this.direction}>
      ${this._phase === 'sent' || this._phase === 'queued' ? this.#sender!.renderDone(this._phase, this.t, () => this.reset()) : this.#renderForm()}
    </div>`
  }

  #renderForm(): TemplateResult {
    const t = this.t
    const kinds = this.#kinds
    const inForm = !!this.form
    const optional = kinds.size > 1 ? ` ${t('optional')}` : ''
    return html`<form novalidate @submit=${(e: Event) => void this.#submit(e)} @focusin=${prefetchAfterSend} aria-labelledby="heading">
      <h2 id="heading" part="heading">${t('heading')}</h2>
      <p class="hint">${t('intro')}</p>
      ${afterSend ? afterSend.errorSummary(t('errorTitle'), this._summary, this.shadowRoot) : nothing}
      ${kinds.has('rating') ? this.#renderRating() : nothing}
      ${kinds.has('text') ? this.#renderTextArea('text', t('textLabel') + optional, undefined) : nothing}
      ${kinds.has('story') ? this.#renderTextArea('story', t('storyLabel') + optional, t('storyHint')) : nothing}
      ${this.upload ? this.#creative?.render(t) : nothing}
      ${
        this.member
          ? html`<div class="field">
            <div class="choice">
              <input type="checkbox" id="anonymous" .checked=${this._anonymous} aria-describedby="anonymous-hint"
                @change=${(e: Event) => (this._anonymous = (e.target as HTMLInputElement).checked)} />
              <div>
                <label for="anonymous">${t('anonymousLabel')}</label>
                <p class="hint" id="anonymous-hint">${t('anonymousHint')}</p>
              </div>
            </div>
          </div>`
          : nothing
      }
      ${this.#questions?.render(this.#askIds, t)}
      ${
        inForm
          ? nothing
          : html`<p class="actions">
            <button id="send" part="send" class="button" type="submit" ?disabled=${this.disabled} aria-describedby=${describe(this._errors.send && 'send-error')}>
              ${this._phase === 'sending' ? t('sending') : t('send')}
            </button>
          </p>
          ${this.#error('send')}
          ${this._offline ? html`<p class="status" role="alert">${t('errorOffline')}</p>` : nothing}`
      }
      <p class="visually-hidden" role="status">${this._phase === 'sending' ? t('sending') : ''}</p>
    </form>`
  }

  #renderRating(): TemplateResult {
    const t = this.t
    const error = this._errors.rating
    return html`<div class="field ${error ? 'field--error' : ''}" part="rating">
      <fieldset aria-describedby=${describe(error && 'rating-error')}>
        <legend>${t('ratingLegend')}</legend>
        ${this.#error('rating')}
        ${RATINGS.map(
          (rating, i) => html`<div class="choice">
            <input type="radio" name="rating" id="rating-${i}" value=${rating} .checked=${this._rating === rating}
              @change=${() => (this._rating = rating)} />
            <label for="rating-${i}">${t(`rating.${rating}`)}</label>
          </div>`,
        )}
      </fieldset>
    </div>`
  }

  #renderTextArea(id: 'text' | 'story', label: string, hint: string | undefined): TemplateResult {
    const t = this.t
    const error = this._errors[id]
    const value = id === 'text' ? this._text : this._story
    return html`<div class="field ${error ? 'field--error' : ''}">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <p class="hint" id="${id}-personal">${t('personalHint')}</p>
      ${this.#error(id)}
      <textarea id=${id} part="text" rows="5" .value=${value} aria-invalid=${`${!!error}` as const}
        aria-describedby=${describe(hint && `${id}-hint`, `${id}-personal`, error && `${id}-error`)}
        @input=${(e: Event) => {
          const v = (e.target as HTMLTextAreaElement).value
          if (id === 'text') this._text = v
          else this._story = v
        }}></textarea>
    </div>`
  }
}
