import { define } from '../shared/define.js'
import { CpUpdateEditor } from './update-editor.js'

export { CpUpdateEditor }
export { draftProblems, type UpdateDraft } from './update-editor.js'
export type { UpdateEditorMessages } from './update-editor.messages.js'

define('cp-update-editor', CpUpdateEditor)

declare global {
  interface HTMLElementTagNameMap {
    'cp-update-editor': CpUpdateEditor
  }
}
