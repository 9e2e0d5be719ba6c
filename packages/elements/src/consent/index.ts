import { define } from '../shared/define.js'
import { CpConsent } from './consent.js'

export { CpConsent }
export type { CpConsentEventMap } from './consent.js'
export { consentMessages, type ConsentMessages } from './consent.messages.js'

define('cp-consent', CpConsent)

declare global {
  interface HTMLElementTagNameMap {
    'cp-consent': CpConsent
  }
}
