import { LADDER_RUNGS } from '@coproduce/core'
import { phraseIn } from '../messages/localise.js'
import type { Locale } from '../messages/types.js'
import { builtinRules } from '../rules/index.js'
import { PRINCIPLES, type Finding, type Report } from '../types.js'
import { summaryLine } from './summary-line.js'

/** Where a plan file says what each built-in rule reads: for the person writing the file, not in the report. */
const IN_PLAN_FILE = new Map(builtinRules.map((r) => [r.meta.id, r.meta.inPlanFile]))

const GROUPS: { title: string; mark: string; pick: (f: Finding) => boolean }[] = [
  { title: 'cli/group-errors', mark: 'x', pick: (f) => f.outcome === 'fail' && f.severity === 'error' },
  { title: 'cli/group-warnings', mark: '!', pick: (f) => f.outcome === 'fail' && f.severity === 'warning' },
  { title: 'cli/group-infos', mark: 'i', pick: (f) => f.outcome === 'fail' && f.severity === 'info' },
  { title: 'cli/group-incomplete', mark: '?', pick: (f) => f.outcome === 'incomplete' },
]

/** The report for a person reading a terminal, its own words in the language asked for (English by default). */
export function formatPretty(report: Report, file?: string, lang: Locale = 'en'): string {
  const words = (id: string, data?: Parameters<typeof phraseIn>[2]) => phraseIn(lang, id, data)
  const rung = (r: string) => words(`ladder/rung-${r}`)
  const out: string[] = []
  out.push(`${report.title}${file ? ` (${file})` : ''}`)
  const { claimed, assessed, reasons } = report.ladder
  const below = claimed !== null && LADDER_RUNGS.indexOf(claimed) > LADDER_RUNGS.indexOf(assessed)
  out.push(
    claimed === null
      ? words('cli/ladder-does', { assessed: rung(assessed) })
      : words(below ? 'cli/ladder-called-below' : 'cli/ladder-called', { claimed: rung(claimed), assessed: rung(assessed) }),
  )
  for (const r of reasons) out.push(`  ${r}`)
  const explained = new Set<string>()
  for (const group of GROUPS) {
    const items = report.findings.filter(group.pick)
    if (!items.length) continue
    out.push('', words(group.title, { count: items.length }))
    for (const f of items) {
      out.push(`  ${group.mark} ${f.ruleId}  ${f.path}`, `    ${f.message}`)
      if ((f.outcome === 'fail' || f.outcome === 'incomplete') && !explained.has(f.ruleId)) {
        explained.add(f.ruleId)
        if (f.outcome === 'fail') out.push(`    ${words('cli/how-to-fix', { guidance: f.guidance })}`)
        const where = IN_PLAN_FILE.get(f.ruleId)
        if (where) out.push(`    ${words('cli/in-plan-file', { where })}`)
      }
    }
  }
  out.push('', summaryLine(report, lang))
  const scores = PRINCIPLES.map((p) => `${words(`cli/principle-${p}`)} ${report.principles[p].score}%`)
  out.push(words('cli/principles', { scores: { list: scores, join: 'commas' } }))
  return `${out.join('\n')}\n`
}
