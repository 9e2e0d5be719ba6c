import { define } from '../shared/define.js'
import { CpMyInvolvement } from './my-involvement.js'

export { CpMyInvolvement }
export type { CpMyInvolvementEventMap } from './my-involvement.js'
export { myInvolvementMessages, type MyInvolvementMessages } from './my-involvement.messages.js'

define('cp-my-involvement', CpMyInvolvement)

declare global {
  interface HTMLElementTagNameMap {
    'cp-my-involvement': CpMyInvolvement
  }
}
