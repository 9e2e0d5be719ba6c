import { define } from '../shared/define.js'
import { CpSessions } from './sessions.js'

export { CpSessions }
export { sessionsMessages, type SessionsMessages } from './sessions.messages.js'
export { timeClashes, missingAccess, type TimeClash } from './session-checks.js'

define('cp-sessions', CpSessions)

declare global {
  interface HTMLElementTagNameMap {
    'cp-sessions': CpSessions
  }
}
