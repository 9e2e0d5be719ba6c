import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import type { CoproduceClient } from '../shared/client.js'
import { adoptCss, cssText } from '../shared/adopt-css.js'
import { errorCss, focusErrorSummary, type ErrorItem } from '../shared/error-summary.js'
import type { Translate } from '../shared/i18n.js'
import type { QueuedFeedback } from '../shared/offline-queue.js'
import { enqueue, flush } from '../shared/offline-queue.js'
import type { Feedback, FeedbackSubmission } from '../shared/types.js'

/**
 * What `<cp-feedback>` needs only once Send is pressed: sending, the offline queue, the error summary, the server's
 * problems in plain words, the thank-you and the "saved, we will send it when you are back online" screen. It is
 * not in the widget's first download: it loads as soon as someone starts filling in the form (so it is here even
 * if the connection drops before they press Send), or when this device holds feedback saved on an earlier visit.
 */
export { errorSummary, inlineError } from '../shared/error-summary.js'

/** The styles of what this part shows: the error summary and messages, a field with an error, the "saved" screen. */
const css = cssText`
  .field--error {
    border-inline-start: 0.25rem solid var(--cp-color-error, #b3261e);
    padding-inline-start: 0.75rem;
  }
  .queued {
    border-inline-start-color: var(--cp-color-warning, #8a5a00);
  }
  @media (forced-colors: active) {
    .field--error {
      border-color: CanvasText;
    }
  }
`
/** Add this part's styles to the widget (once). */
export const adoptStyles = (root: ShadowRoot | null) => adoptCss(root, errorCss + css)

/** This part's English words (added to the widget's catalogue when it loads; Welsh and Urdu are in theirs). */
export const words = {
  sending: 'Sending…',
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errorNotSetUp: 'This form is not set up yet, so it cannot send. Please tell the person who gave you this link.',
  errorUpload: 'We could not add your file. Try again, or send without it.',
  errorServer: 'Something went wrong on our side. Your words are not lost. Try again in a few minutes.',
  errorForbidden: 'You cannot send feedback here. Ask the person who gave you this link.',
  thanksHeading: 'Thank you',
  thanksBody: 'We have your feedback. The people who run this work will read it.',
  thanksNextDays: 'We will tell you what we did about it within {days} days, in our updates.',
  thanksNextOneDay: 'We will tell you what we did about it within 1 day, in our updates.',
  thanksNext: 'We will tell you what we did about it in our updates.',
  thanksAnonymous: 'We did not keep your name.',
  sendMore: 'Send more feedback',
  queuedHeading: 'Saved',
  queuedBody: "Saved. We'll send it when you're back online.",
  queuedHint: 'Keep this page open, or come back to it later. We will send it when there is a connection.',
  sentAfterQueue: 'Sent. Thank you.',
  retry: 'Try sending now',
}
/** The words this part speaks: its own, and those it shares with the widget's catalogue. */
type Words = Record<keyof typeof words | BaseKey, string>
type BaseKey = 'errorOffline'

/** What the widget hands this part: how to fire its events. */
export interface Tools {
  emit(element: EventTarget, name: 'cp-submit' | 'cp-queued' | 'cp-consent-change', detail: unknown): boolean
}

/** What the controller needs of its widget: a Lit host in the page, and what it sends with (all public). */
type Host = ReactiveControllerHost &
  HTMLElement & {
    member: string | undefined
    replyWithinDays: number | undefined
    endpoint: string | undefined
    client: unknown
    /** Send what waits on this device (the widget's own method: the retry and "Try sending now" call it). */
    sendQueued(): Promise<void>
  }

/** What the widget hands the controller when it makes it: its events, and how to show what happened. */
export interface SenderTools extends Tools {
  /** Tell the page something went wrong (the widget's `cp-error`). */
  fail(error: unknown): void
  /** Show the form again, the "saved on this device" screen, or the thank-you. */
  phase(phase: 'form' | 'queued' | 'sent'): void
  /** Show problems: each by its field (by field id, without `-0`), and the list for the summary. */
  errors(byField: Record<string, string>, items: ErrorItem[]): void
  /** Where the server's problems with the words show: the text box, else the story box. */
  textField(): 'text' | 'story'
}

/** Errors after which queued feedback waits for next time (no connection, the key still in use, the server busy or down). */
const offline = (error: unknown) => (error as { name?: unknown } | null)?.name === 'OfflineError'
const mustWait = (error: unknown) => {
  const status = (error as { status?: number } | null)?.status ?? 0
  // 409: the first send under this key may still be being stored (or the key is in use until it expires, 24 hours
  // by default), so the answer is not final: ask again later.
  return offline(error) || status === 408 || status === 409 || status === 429 || status >= 500
}
const RETRY_MS = 15_000

/**
 * Sending a person's feedback: once per idempotency key however often they press Send; offline, saved on this
 * device and sent when the connection returns (tried again every 15 seconds while the widget is in the page); then
 * the thank-you or "saved" screen. Its own state: the key in use, the feedback saved here, the retry, and what the
 * thank-you says.
 */
export class Sender implements ReactiveController {
  /** The idempotency key of the feedback being sent (the same for every try of one piece of feedback). */
  key: string | undefined
  /** The key of this widget's feedback saved on the device, until it is sent. */
  queuedKey: string | undefined
  /** The last feedback sent was sent without the person's name (they are signed in and ticked it). */
  sentAnonymous = false
  /** The last feedback sent had been saved on the device first. */
  afterQueue = false
  #retry: ReturnType<typeof setInterval> | undefined
  /** The "saved on this device" screen shows (the retry keeps going while it does). */
  #queued = false

  constructor(
    private readonly host: Host,
    private readonly tools: SenderTools,
  ) {
    host.addController(this)
  }

  /** The widget left the page: no more tries from here (it tries again when it comes back). */
  hostDisconnected(): void {
    this.stopRetry()
  }

  /** Where queued feedback goes: the endpoint, or `client`. */
  get target(): string {
    return this.host.client ? 'client' : (this.host.endpoint ?? '')
  }

  /** A new piece of feedback: a new key, and the next thank-you is not "sent after saving". */
  clear(): void {
    this.key = undefined
    this.afterQueue = false
    this.#queued = false
  }

  /** Show problems: the summary at the top (focused, so screen readers read it) and each by its field. */
  showErrors(items: ErrorItem[]): void {
    const byField: Record<string, string> = {}
    for (const item of items) byField[item.id.replace(/-0$/, '')] ??= item.message
    this.tools.errors(byField, items)
    void focusErrorSummary(this.host)
  }

  /** Send the feedback (once per idempotency key, however often this is called); offline, save it to send later. */
  async send(api: CoproduceClient, initiativeId: string, input: FeedbackSubmission, t: Translate<Words>): Promise<void> {
    const { host, tools } = this
    this.key ??= crypto.randomUUID()
    const key = this.key
    try {
      const feedback = await api.submitFeedback(initiativeId, input, key)
      tools.emit(host, 'cp-submit', feedback)
      // An answer the person chose to use for everything is now their standing choice: `<cp-consent>` follows it.
      for (const c of (input.consents ?? []) as { purposeId: string; decision: string; scope?: string }[])
        if (c.scope === 'everything')
          tools.emit(host, 'cp-consent-change', {
            subject: host.member,
            purposeId: c.purposeId,
            status: c.decision === 'give' ? 'given' : 'refused',
          })
      this.#showSent(feedback, false)
    } catch (error) {
      tools.fail(error)
      if (
        offline(error) &&
        (await this.#queue({ idempotencyKey: key, initiativeId, target: this.target, input, queuedAt: new Date().toISOString() }))
      )
        return
      tools.phase('form')
      this.showErrors(offline(error) ? [{ id: 'send', message: t('errorOffline') }] : serverProblems(error, tools.textField(), t))
    }
  }

  /** Save the feedback on this device to send later. False when it cannot be saved (the words stay in the form). */
  async #queue(item: QueuedFeedback): Promise<boolean> {
    const { host, tools } = this
    try {
      await enqueue(item)
    } catch (error) {
      tools.fail(error) // this browser refuses to store it (storage full, blocked)
      return false
    }
    this.queuedKey = item.idempotencyKey
    this.#queued = true
    tools.phase('queued')
    tools.emit(host, 'cp-queued', { idempotencyKey: item.idempotencyKey, initiativeId: item.initiativeId, input: item.input })
    this.#retry ??= setInterval(() => void host.sendQueued(), RETRY_MS)
    await focusStatus(host)
    return true
  }

  /** Send what this page saved while offline; show the thank-you if it was this widget's. */
  async sendQueued(api: CoproduceClient, t: Translate<Words>): Promise<void> {
    const { host, tools } = this
    const result = await flush(this.target, (item) => api.submitFeedback(item.initiativeId, item.input, item.idempotencyKey), mustWait)
    for (const { item, feedback } of result.sent) {
      tools.emit(host, 'cp-submit', feedback)
      if (item.idempotencyKey === this.queuedKey) this.#showSent(feedback, true)
    }
    for (const { item, error } of result.rejected) {
      tools.fail(error)
      if (item.idempotencyKey === this.queuedKey) {
        this.#queued = false
        tools.phase('form')
        this.showErrors(serverProblems(error, tools.textField(), t))
      }
    }
    if (result.waiting === 0 && !this.#queued) this.stopRetry()
  }

  stopRetry(): void {
    clearInterval(this.#retry)
    this.#retry = undefined
  }

  #showSent(feedback: Feedback, afterQueue: boolean): void {
    // "We did not keep your name" only to a signed-in person who ticked "Send this without my name".
    this.sentAnonymous = feedback.anonymous && !!this.host.member
    this.afterQueue = afterQueue
    this.key = undefined
    this.queuedKey = undefined
    this.#queued = false
    this.tools.phase('sent')
    this.stopRetry()
    void focusStatus(this.host)
  }

  /** The thank-you, or (`queued`) "saved, we will send it later": what happens next, and when. */
  renderDone(phase: 'queued' | 'sent', t: Translate<Words>, again: () => void): TemplateResult {
    const host = this.host
    if (phase === 'queued')
      return html`<div class="status queued" part="status" role="status" tabindex="-1">
        <h2 part="heading">${t('queuedHeading')}</h2>
        <p>${t('queuedBody')}</p>
        <p class="hint">${t('queuedHint')}</p>
      </div>
      <p class="actions">
        <button type="button" class="button button--secondary" @click=${() => void host.sendQueued()}>${t('retry')}</button>
      </p>`
    const days = host.replyWithinDays
    const next =
      typeof days === 'number' && days > 0 ? (days === 1 ? t('thanksNextOneDay') : t('thanksNextDays', { days })) : t('thanksNext')
    return html`<div class="status" part="status" role="status" tabindex="-1">
      <h2 part="heading">${this.afterQueue ? t('sentAfterQueue') : t('thanksHeading')}</h2>
      <p>${t('thanksBody')}</p>
      <p>${next}</p>
      ${this.sentAnonymous ? html`<p>${t('thanksAnonymous')}</p>` : nothing}
    </div>
    <p class="actions no-print">
      <button type="button" class="button button--secondary" @click=${() => void sendMore(host, again)}>${t('sendMore')}</button>
    </p>`
  }
}

async function focusStatus(host: Host): Promise<void> {
  await host.updateComplete
  host.shadowRoot?.querySelector<HTMLElement>('.status')?.focus()
}

interface ProblemLike {
  name?: unknown
  status?: number
  errors?: { path: (string | number)[]; message: string }[]
}

/**
 * The server's answer as problems to show, each by the field it is about: the server's own words for each answer
 * it could not take (422), else one plain message by the Send button.
 */
export function serverProblems(error: unknown, textField: 'text' | 'story', t: Translate<Words>): ErrorItem[] {
  const problem = (error ?? {}) as ProblemLike
  const fromServer = problem.name === 'ClientError'
  if (fromServer && problem.status === 422 && problem.errors?.length) {
    const fields: Record<string, string> = { rating: 'rating-0', attachments: 'creative-file', text: textField }
    return problem.errors.map((e) => ({ id: fields[String(e.path[0])] ?? 'send', message: e.message }))
  }
  const message = fromServer && (problem.status === 401 || problem.status === 403) ? t('errorForbidden') : t('errorServer')
  return [{ id: 'send', message }]
}

/** An empty form again, with focus on its first field (not lost to the page). */
async function sendMore(host: Host, again: () => void): Promise<void> {
  again()
  await host.updateComplete
  host.shadowRoot?.querySelector<HTMLElement>('input, textarea')?.focus()
}
