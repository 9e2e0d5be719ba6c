import { define } from '../shared/define.js'
import { CpPlanCheck } from './plan-check.js'

export { CpPlanCheck }
export { planCheckMessages, type PlanCheckMessages } from './plan-check.messages.js'

define('cp-plan-check', CpPlanCheck)

declare global {
  interface HTMLElementTagNameMap {
    'cp-plan-check': CpPlanCheck
  }
}
