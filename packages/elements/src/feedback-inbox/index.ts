import { define } from '../shared/define.js'
import { CpFeedbackInbox } from './feedback-inbox.js'

export { CpFeedbackInbox }
export type { FeedbackInboxMessages } from './feedback-inbox.messages.js'

define('cp-feedback-inbox', CpFeedbackInbox)

declare global {
  interface HTMLElementTagNameMap {
    'cp-feedback-inbox': CpFeedbackInbox
  }
}
