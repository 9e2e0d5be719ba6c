import { html, type TemplateResult } from 'lit'
import type { Translate } from '../shared/i18n.js'
import type { Report } from '../shared/types.js'
import { findings } from './findings.js'
import { ladder } from './ladder.js'
import type { PrinciplesReportMessages } from './principles-report.messages.js'
import { bodyWords } from './report-body.words.js'
import { scoreChart } from './score-chart.js'

/**
 * The body of `<cp-principles-report>` once it has a report: where the work is on the ladder, how well each
 * principle is met, and what was found. It is not in the widget's first download, which shows "Loading…" while
 * the report is fetched: the body loads at the same time, with its English words.
 */
export const words = bodyWords

/** The ladder, the chart and the findings, with their headings one level below the widget's. */
export function reportBody(report: Report, t: Translate<PrinciplesReportMessages>, level: number, dir: 'ltr' | 'rtl'): TemplateResult {
  return html`${ladder(report.ladder, t, level + 1)} ${scoreChart(report.principles, t, level + 1, dir)}
    ${findings(report.findings, t, level + 1)}`
}
