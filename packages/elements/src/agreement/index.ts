import { define } from '../shared/define.js'
import { CpAgreement } from './agreement.js'

export { CpAgreement }
export type { CpAgreementEventMap } from './agreement.js'
export { agreementMessages, type AgreementMessages } from './agreement.messages.js'

define('cp-agreement', CpAgreement)

declare global {
  interface HTMLElementTagNameMap {
    'cp-agreement': CpAgreement
  }
}
