import { define } from '../shared/define.js'
import { CpUpdates } from './updates.js'

export { CpUpdates }
export type { CpUpdatesEventMap } from './updates.js'
export type { UpdatesMessages } from './updates.messages.js'

define('cp-updates', CpUpdates)

declare global {
  interface HTMLElementTagNameMap {
    'cp-updates': CpUpdates
  }
}
