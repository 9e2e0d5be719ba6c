import type { html as litHtml, TemplateResult } from 'lit'
import type { Translate } from '../shared/i18n.js'
import type { FeedbackMessages } from './feedback.messages.js'

/**
 * What `<cp-feedback>` loads only when feedback has to wait for the connection (or this device saved some before):
 * the offline queue, and the "saved, we will send it when you are back online" screen, which is only ever shown
 * after feedback went into that queue. It imports no Lit at run time: the widget hands it Lit's `html`.
 */
export { enqueue, flush } from '../shared/offline-queue.js'

/** This part's English words (added to the widget's catalogue when it loads; Welsh and Urdu are in theirs). */
export const queuedWords = {
  queuedHeading: 'Saved',
  queuedBody: "Saved. We'll send it when you're back online.",
  queuedHint: 'Keep this page open, or come back to it later. We will send it when there is a connection.',
  retry: 'Try sending now',
}

export function renderQueued(t: Translate<FeedbackMessages>, retry: () => void, html: typeof litHtml): TemplateResult {
  return html`<div class="status queued" part="status" role="status" tabindex="-1">
      <h2 part="heading">${t('queuedHeading')}</h2>
      <p>${t('queuedBody')}</p>
      <p class="hint">${t('queuedHint')}</p>
    </div>
    <p class="actions">
      <button type="button" class="button button--secondary" @click=${retry}>${t('retry')}</button>
    </p>`
}
