import { define } from '../shared/define.js'
import { CpMembers } from './members.js'

export { CpMembers }
export { membersMessages, type MembersMessages } from './members.messages.js'

define('cp-members', CpMembers)

declare global {
  interface HTMLElementTagNameMap {
    'cp-members': CpMembers
  }
}
