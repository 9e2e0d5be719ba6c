import { define } from '../shared/define.js'
import { CpFeedback } from './feedback.js'

export { CpFeedback }
export type { CpFeedbackEventMap } from './feedback.js'
export type { FeedbackField, QueuedDetail, UploadFunction, UploadInfo } from './feedback.js'
export { feedbackMessages, type FeedbackMessages } from './feedback.messages.js'

define('cp-feedback', CpFeedback)

declare global {
  interface HTMLElementTagNameMap {
    'cp-feedback': CpFeedback
  }
}
