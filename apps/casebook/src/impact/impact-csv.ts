import type { ImpactSummary } from '@coproduce/core'
import { answeredShare } from './impact-chart.js'

/**
 * The impact table as CSV for a board paper or a spreadsheet: one row per month (YYYY-MM) and a total. Only
 * counts: no names or words, so the file holds nothing personal. Every cell is a number or a fixed word, so none
 * can be read as a spreadsheet formula.
 */
export function impactCsv(impact: ImpactSummary): string {
  const rows: (string | number)[][] = [['Month', 'Feedback given', 'With an answer', 'Share answered (%)']]
  for (const m of impact.byMonth) rows.push([m.month, m.feedback, m.answered, answeredShare(m.answered, m.feedback)])
  rows.push(['Total', impact.feedback, impact.answered, answeredShare(impact.answered, impact.feedback)])
  return `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`
}
