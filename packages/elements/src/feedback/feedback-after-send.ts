import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit'
import type { ErrorItem } from '../shared/error-summary.js'
import type { Translate } from '../shared/i18n.js'
import type { FeedbackMessages } from './feedback.messages.js'

/**
 * What `<cp-feedback>` needs only once Send is pressed: the thank-you, the "saved, we will send it when you are
 * back online" screen, the server's problems said in plain words, and the offline queue. It is not in the widget's
 * first download: it loads as soon as someone starts filling in the form (so it is here even if the connection
 * drops before they press Send), or when this device holds feedback saved on an earlier visit.
 *
 * It imports no Lit and no shared code at run time: the widget hands it what it needs, so a bundler does not split
 * the widget's own code into more files.
 */
export { enqueue, flush } from '../shared/offline-queue.js'

/** This part's English words (added to the widget's catalogue when it loads; Welsh and Urdu are in theirs). */
export const afterSendWords = {
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

interface Lit {
  html: typeof litHtml
  nothing: typeof litNothing
}

/** The thank-you: what happens next, and when. */
export function renderSent(
  t: Translate<FeedbackMessages>,
  sent: { days: number | undefined; anonymous: boolean; afterQueue: boolean; again: () => void },
  { html, nothing }: Lit,
): TemplateResult {
  const { days } = sent
  const next = typeof days === 'number' && days > 0 ? (days === 1 ? t('thanksNextOneDay') : t('thanksNextDays', { days })) : t('thanksNext')
  return html`<div class="status" part="status" role="status" tabindex="-1">
      <h2 part="heading">${sent.afterQueue ? t('sentAfterQueue') : t('thanksHeading')}</h2>
      <p>${t('thanksBody')}</p>
      <p>${next}</p>
      ${sent.anonymous ? html`<p>${t('thanksAnonymous')}</p>` : nothing}
    </div>
    <p class="actions no-print">
      <button type="button" class="button button--secondary" @click=${sent.again}>${t('sendMore')}</button>
    </p>`
}

/** Saved on this device: it will be sent when the connection returns. */
export function renderQueued(t: Translate<FeedbackMessages>, retry: () => void, { html }: Lit): TemplateResult {
  return html`<div class="status queued" part="status" role="status" tabindex="-1">
      <h2 part="heading">${t('queuedHeading')}</h2>
      <p>${t('queuedBody')}</p>
      <p class="hint">${t('queuedHint')}</p>
    </div>
    <p class="actions">
      <button type="button" class="button button--secondary" @click=${retry}>${t('retry')}</button>
    </p>`
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
export function serverProblems(error: unknown, textField: 'text' | 'story', t: Translate<FeedbackMessages>): ErrorItem[] {
  const problem = (error ?? {}) as ProblemLike
  const fromServer = problem.name === 'ClientError'
  if (fromServer && problem.status === 422 && problem.errors?.length) {
    const fields: Record<string, string> = { rating: 'rating-0', attachments: 'creative-file', text: textField }
    return problem.errors.map((e) => ({ id: fields[String(e.path[0])] ?? 'send', message: e.message }))
  }
  const message = fromServer && (problem.status === 401 || problem.status === 403) ? t('errorForbidden') : t('errorServer')
  return [{ id: 'send', message }]
}
