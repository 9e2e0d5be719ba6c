import { LADDER_RUNGS } from '@coproduce/core'
import { builtinRules } from '../rules/index.js'
import { PRINCIPLE_NAMES, PRINCIPLES, type Finding, type Report } from '../types.js'

/** Where a plan file says what each built-in rule reads: for the person writing the file, not in the report. */
const IN_PLAN_FILE = new Map(builtinRules.map((r) => [r.meta.id, r.meta.inPlanFile]))

const GROUPS: { title: string; mark: string; pick: (f: Finding) => boolean }[] = [
  { title: 'Errors', mark: 'x', pick: (f) => f.outcome === 'fail' && f.severity === 'error' },
  { title: 'Warnings', mark: '!', pick: (f) => f.outcome === 'fail' && f.severity === 'warning' },
  { title: 'To think about', mark: 'i', pick: (f) => f.outcome === 'fail' && f.severity === 'info' },
  { title: 'Not enough to judge yet', mark: '?', pick: (f) => f.outcome === 'incomplete' },
]

/** The report for a person reading a terminal. */
export function formatPretty(report: Report, file?: string): string {
  const out: string[] = []
  out.push(`${report.title}${file ? ` (${file})` : ''}`)
  const { claimed, assessed, reasons } = report.ladder
  const below = claimed !== null && LADDER_RUNGS.indexOf(claimed) > LADDER_RUNGS.indexOf(assessed)
  out.push(`Ladder: ${claimed ? `called ${claimed}, ` : ''}does ${assessed}${below ? ' (below what it is called)' : ''}`)
  for (const r of reasons) out.push(`  ${r}`)
  const explained = new Set<string>()
  for (const group of GROUPS) {
    const items = report.findings.filter(group.pick)
    if (!items.length) continue
    out.push('', `${group.title} (${items.length})`)
    for (const f of items) {
      out.push(`  ${group.mark} ${f.ruleId}  ${f.path}`, `    ${f.message}`)
      if ((f.outcome === 'fail' || f.outcome === 'incomplete') && !explained.has(f.ruleId)) {
        explained.add(f.ruleId)
        if (f.outcome === 'fail') out.push(`    How to fix: ${f.guidance}`)
        const where = IN_PLAN_FILE.get(f.ruleId)
        if (where) out.push(`    In the plan file: ${where}`)
      }
    }
  }
  const s = report.summary
  out.push(
    '',
    `${s.errors} errors, ${s.warnings} warnings, ${s.infos} to think about, ${s.passes} passed, ${s.incomplete} not enough to judge, ${s.inapplicable} do not apply`,
  )
  out.push(`Principles: ${PRINCIPLES.map((p) => `${PRINCIPLE_NAMES[p]} ${report.principles[p].score}%`).join(', ')}`)
  return `${out.join('\n')}\n`
}
