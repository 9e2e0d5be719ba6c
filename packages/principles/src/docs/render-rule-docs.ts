import { LADDER_PAGE } from './ladder-page.js'
import { stringify } from 'yaml'
import { rulesMarkdown } from '../cli/format-markdown.js'
import { evaluateParsed, parseSnapshot } from '../engine/evaluate.js'
import { PRESETS } from '../engine/presets.js'
import { PRINCIPLE_NAMES, STAGES, type Finding, type Rule, type Stage } from '../types.js'

/** The moment the examples are judged at, so the pages never change with the clock. */
export const DOCS_NOW = '2026-06-01T12:00:00Z'

const GENERATED = "<!-- Generated from the rule's own meta by `pnpm --filter @coproduce/principles docs:rules`. Do not edit by hand. -->"

const STAGE_TITLES: Record<Stage, string> = {
  foundations: 'Foundations',
  interactions: 'Interactions',
  actions: 'Actions',
  readiness: 'Readiness ("Why not to?")',
}

const OUTCOME_WORDS: Record<Finding['outcome'], string> = {
  pass: 'passes',
  fail: 'fails',
  incomplete: 'not enough to judge',
  inapplicable: 'does not apply',
}

function said(rule: Rule, example: unknown): string[] {
  const findings = evaluateParsed(parseSnapshot(example), [rule], { now: DOCS_NOW }).findings
  return findings.map((f) => `- ${OUTCOME_WORDS[f.outcome]} at \`${f.path}\`: ${f.message}`)
}

function example(title: string, rule: Rule, snapshot: unknown): string[] {
  return [`## ${title}`, '', '```yaml', stringify(snapshot).trimEnd(), '```', '', 'What the rule says:', '', ...said(rule, snapshot), '']
}

/** One Markdown page for one rule, from its meta, with its examples run through the rule. */
export function renderRulePage(rule: Rule): string {
  const m = rule.meta
  const lines = [
    GENERATED,
    '',
    `# \`${m.id}\``,
    '',
    `- **Stage:** ${STAGE_TITLES[m.stage]}`,
    `- **Principles:** ${m.principles.map((p) => PRINCIPLE_NAMES[p]).join('; ')}`,
    `- **Severity:** ${m.severity} in the \`recommended\` preset, ${PRESETS.strict.severity(m)} in \`strict\``,
    `- **Briefing section:** ${m.source}`,
    '',
    '## What it checks',
    '',
    m.description,
    '',
    '## Why',
    '',
    `From the briefing, *${m.source}*:`,
    '',
    `> ${m.quote}`,
    '',
    '## How to fix it',
    '',
    m.guidance,
    '',
    ...(m.inPlanFile ? [`In a plan file: ${m.inPlanFile}`, ''] : []),
    'When the plan does not say enough to judge, the rule says "not enough to judge" (`incomplete`), never "fails": a missing fact is not a failure.',
    '',
    ...example('A plan that passes', rule, m.examples.pass),
    ...example('A plan that fails', rule, m.examples.fail),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}

/** The index page: every rule by stage, the presets, the outcomes and the ladder. */
export function renderIndexPage(rules: readonly Rule[]): string {
  const lines = [
    "<!-- Generated from the rules' own meta by `pnpm --filter @coproduce/principles docs:rules`. Do not edit by hand. -->",
    '',
    '# The principles rules',
    '',
    'Each rule comes from a section of the co-production briefing, and checks one thing a plan should show.',
    'Rules are grouped by the briefing\'s three steps (foundations, interactions, actions) and "Why not to?".',
    'Each rule serves one or more of the five trauma-informed principles: trust and transparency; safety;',
    'collaboration and mutuality; empowerment, voice and choice; cultural, historical and gender understanding.',
    '',
    '## Outcomes',
    '',
    '- **passes**: the plan shows this.',
    '- **fails**: the plan shows the opposite. Its severity (error, warning or info) says how much it matters.',
    '- **not enough to judge** (`incomplete`): the plan does not say. A missing fact is never a failure.',
    '- **does not apply** (`inapplicable`): for example, no feedback has been given yet.',
    '',
    '## Presets',
    '',
    ...Object.values(PRESETS).map((p) => `- \`${p.name}\`: ${p.description}`),
    '',
    '## The ladder',
    '',
    'Every report places the work on the ladder informing < consultation < engagement < co-design < co-production,',
    'from what it actually does, and says plainly when that is below what the work is called.',
    'What each rung needs, and what holds the work below it, is in [the ladder page](ladder.md).',
    '',
  ]
  for (const stage of STAGES) {
    const inStage = rules.filter((r) => r.meta.stage === stage)
    if (!inStage.length) continue
    lines.push(`## ${STAGE_TITLES[stage]}`, '', rulesMarkdown(inStage).trimEnd(), '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

/** Every page, by file name: `README.md`, `ladder.md` and one `<rule-id>.md` per rule. */
export function renderRuleDocs(rules: readonly Rule[]): Record<string, string> {
  const pages: Record<string, string> = { 'README.md': renderIndexPage(rules), 'ladder.md': LADDER_PAGE }
  for (const rule of rules) pages[`${rule.meta.id.replace(/\//g, '__')}.md`] = renderRulePage(rule)
  return pages
}
