import { define } from '../shared/define.js'
import { CpDecisions } from './decisions.js'

export { CpDecisions }
export { decisionsMessages, type DecisionsMessages } from './decisions.messages.js'

define('cp-decisions', CpDecisions)

declare global {
  interface HTMLElementTagNameMap {
    'cp-decisions': CpDecisions
  }
}
