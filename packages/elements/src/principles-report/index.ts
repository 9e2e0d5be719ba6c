import { define } from '../shared/define.js'
import { CpPrinciplesReport } from './principles-report.js'

export { CpPrinciplesReport }
export type { CpPrinciplesReportEventMap } from './principles-report.js'
export type { PrinciplesReportMessages } from './principles-report.messages.js'

define('cp-principles-report', CpPrinciplesReport)

declare global {
  interface HTMLElementTagNameMap {
    'cp-principles-report': CpPrinciplesReport
  }
}
