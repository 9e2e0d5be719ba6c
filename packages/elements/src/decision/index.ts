import { define } from '../shared/define.js'
import { CpDecision } from './decision.js'

export { CpDecision }
export type { CpDecisionEventMap } from './decision.js'
export type { QueuedDecisionItem } from './decision-send.js'
export { decisionMessages, type DecisionMessages } from './decision.messages.js'

define('cp-decision', CpDecision)

declare global {
  interface HTMLElementTagNameMap {
    'cp-decision': CpDecision
  }
}
