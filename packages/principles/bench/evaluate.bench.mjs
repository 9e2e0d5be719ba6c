/**
 * How fast is `evaluate`? Run after the build: `pnpm --filter @coproduce/principles bench`.
 * Prints, measured in this run:
 * - evaluations per second of the `recommended` preset on the largest fixture (goal: 10,000 or more);
 * - one evaluation against one bare `InitiativeSnapshotSchema.parse` of the same snapshot (goal: 5x or less);
 * - the same rules written for json-rules-engine, run in this process, and the ratio.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { InitiativeSnapshotSchema } from '@coproduce/core'
import { parse as parseYaml } from 'yaml'
import { builtinRules, checkLanguage, DEFAULT_LIVING_WAGE, evaluate } from '../dist/index.js'
import { makeJsonRulesEngine } from './json-rules.mjs'
import { rates } from './measure.mjs'

const dir = new URL('../fixtures/', import.meta.url)
const load = (name) => {
  const text = readFileSync(new URL(name, dir), 'utf8')
  return name.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
}
const fixtures = readdirSync(dir).filter((f) => /\.(json|ya?ml)$/.test(f))
const largest = fixtures.reduce((a, b) => (statSync(new URL(b, dir)).size > statSync(new URL(a, dir)).size ? b : a))
const typical = 'poverty-truth-commission.yaml'

const fmt = (n) => Math.round(n).toLocaleString('en-GB')
const jre = makeJsonRulesEngine({ checkLanguage, livingWage: DEFAULT_LIVING_WAGE })

// Both engines must agree on which rules fail before their speed is compared.
for (const name of fixtures) {
  const ours = [...new Set(evaluate(load(name)).findings.filter((f) => f.outcome === 'fail').map((f) => f.ruleId))].sort()
  const theirs = [...new Set(await jre.run(load(name)))].sort()
  if (ours.join() !== theirs.join()) console.warn(`  note: ${name}: the engines differ: ours ${ours.join(',')} / json-rules-engine ${theirs.join(',')}`)
}

console.log(`@coproduce/principles bench (${builtinRules.length} rules, Node ${process.version})`)
for (const name of [largest, typical]) {
  const input = load(name)
  const size = statSync(new URL(name, dir)).size
  // evaluate and parse are synchronous; json-rules-engine is async, so it is measured with await.
  const sync = await rates({
    evaluate: () => evaluate(input, { preset: 'recommended' }),
    parse: () => InitiativeSnapshotSchema.parse(input),
  })
  const evals = sync.evaluate
  const parses = sync.parse
  const { jre: jrePerSecond, ours: oursAsync } = await rates({ jre: () => jre.run(input), ours: async () => evaluate(input) }, { rounds: 5 })
  console.log(`\n${name}${name === largest ? ' (largest fixture)' : ''}: ${fmt(size / 1024)} kB, ${input.feedback?.length ?? 0} feedback, ${input.sessions?.length ?? 0} sessions, ${input.members?.length ?? 0} members`)
  console.log(`  evaluate (recommended):          ${fmt(evals)} evaluations/s   (goal >= 10,000/s: ${evals >= 10_000 ? 'met' : 'not met'})`)
  console.log(`  InitiativeSnapshotSchema.parse:  ${fmt(parses)} parses/s`)
  console.log(`  one evaluation / one parse:      ${(parses / evals).toFixed(2)}x   (goal <= 5x: ${parses / evals <= 5 ? 'met' : 'not met'})`)
  console.log(`  json-rules-engine, same rules:   ${fmt(jrePerSecond)} evaluations/s`)
  console.log(`  @coproduce/principles (awaited the same way): ${fmt(oursAsync)} evaluations/s, ${(oursAsync / jrePerSecond).toFixed(1)}x json-rules-engine`)
}
