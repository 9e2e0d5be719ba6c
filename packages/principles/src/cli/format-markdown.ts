import { phraseIn } from '../messages/localise.js'
import type { Locale, MessageData } from '../messages/types.js'
import { PRINCIPLE_NAMES, PRINCIPLES, type Finding, type Report, type Rule } from '../types.js'
import { summaryLine } from './summary-line.js'

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The report as Markdown, for a pull request comment or a wiki page, its own words in the language asked for. */
export function formatMarkdown(report: Report, file?: string, lang: Locale = 'en'): string {
  const words = (id: string, data?: MessageData) => phraseIn(lang, id, data)
  const rung = (r: string) => words(`ladder/rung-${r}`)
  const stop = lang === 'ur' ? '۔' : '.'
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`
  const header = (ids: string[]) => [row(ids.map((id) => words(`cli/${id}`))), row(ids.map(() => '---'))]
  const { claimed, assessed } = report.ladder
  const out: string[] = [
    `# ${report.title}`,
    '',
    ...(file ? [`${words('cli/plan', { file: `\`${file}\`` })}  `] : []),
    words('cli/checked', { when: report.evaluatedAt, preset: `\`${report.preset}\`` }),
    '',
    `## ${words('cli/ladder-heading')}`,
    '',
    words('cli/called-does', {
      claimed: `**${claimed === null ? words('cli/not-said') : rung(claimed)}**`,
      assessed: `**${rung(assessed)}**`,
    }),
    '',
    ...report.ladder.reasons.map((r) => `- ${r}`),
    '',
    `## ${words('cli/summary-heading')}`,
    '',
    `${summaryLine(report, lang)}${stop}`,
    '',
    ...header(['principle', 'score', 'passed', 'failed', 'not-enough']),
    ...PRINCIPLES.map((p) => {
      const x = report.principles[p]
      return row([words(`cli/principle-${p}`), `${x.score}%`, `${x.pass}`, `${x.fail}`, `${x.incomplete}`])
    }),
    '',
    `## ${words('cli/findings-heading')}`,
    '',
    ...header(['outcome', 'severity', 'rule', 'where', 'what-we-found', 'fix']),
  ]
  const order: Finding['outcome'][] = ['fail', 'incomplete', 'pass', 'inapplicable']
  const sorted = [...report.findings].sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome))
  for (const f of sorted) {
    const failed = f.outcome === 'fail'
    out.push(
      `| ${words(`cli/outcome-${f.outcome}`)} | ${failed ? words(`cli/severity-${f.severity}`) : ''} | \`${f.ruleId}\` | \`${f.path}\` | ${cell(f.message)} | ${failed ? cell(f.guidance) : ''} |`,
    )
  }
  return `${out.join('\n')}\n`
}

/** The list of rules as a Markdown table. */
export function rulesMarkdown(rules: readonly Rule[], link = (id: string) => `${id}.md`): string {
  const out = [
    '| Rule | Stage | Principles | Severity | What it checks |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| [\`${r.meta.id}\`](${link(r.meta.id)}) | ${r.meta.stage} | ${r.meta.principles.map((p) => PRINCIPLE_NAMES[p]).join(', ')} | ${r.meta.severity} | ${cell(r.meta.description)} |`,
    ),
  ]
  return `${out.join('\n')}\n`
}
