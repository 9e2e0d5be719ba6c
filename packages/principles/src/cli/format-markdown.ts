import { PRINCIPLE_NAMES, PRINCIPLES, type Finding, type Report, type Rule } from '../types.js'

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

const OUTCOME_WORDS: Record<Finding['outcome'], string> = {
  fail: 'Fails',
  pass: 'Passes',
  incomplete: 'Not enough to judge',
  inapplicable: 'Does not apply',
}

/** The report as Markdown, for a pull request comment or a wiki page. */
export function formatMarkdown(report: Report, file?: string): string {
  const s = report.summary
  const out: string[] = [
    `# ${report.title}`,
    '',
    ...(file ? [`Plan: \`${file}\`  `] : []),
    `Checked ${report.evaluatedAt} with the \`${report.preset}\` preset.`,
    '',
    '## Where this sits on the ladder',
    '',
    `Called: **${report.ladder.claimed ?? 'not said'}**. Does: **${report.ladder.assessed}**.`,
    '',
    ...report.ladder.reasons.map((r) => `- ${r}`),
    '',
    '## Summary',
    '',
    `${s.errors} errors, ${s.warnings} warnings, ${s.infos} to think about, ${s.passes} passed, ${s.incomplete} not enough to judge, ${s.inapplicable} do not apply.`,
    '',
    '| Principle | Score | Passed | Failed | Not enough to judge |',
    '| --- | --- | --- | --- | --- |',
    ...PRINCIPLES.map((p) => {
      const x = report.principles[p]
      return `| ${PRINCIPLE_NAMES[p]} | ${x.score}% | ${x.pass} | ${x.fail} | ${x.incomplete} |`
    }),
    '',
    '## Findings',
    '',
    '| Outcome | Severity | Rule | Where | What we found | How to fix |',
    '| --- | --- | --- | --- | --- | --- |',
  ]
  const order: Finding['outcome'][] = ['fail', 'incomplete', 'pass', 'inapplicable']
  const sorted = [...report.findings].sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome))
  for (const f of sorted)
    out.push(
      `| ${OUTCOME_WORDS[f.outcome]} | ${f.outcome === 'fail' ? f.severity : ''} | \`${f.ruleId}\` | \`${f.path}\` | ${cell(f.message)} | ${f.outcome === 'fail' ? cell(f.guidance) : ''} |`,
    )
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
