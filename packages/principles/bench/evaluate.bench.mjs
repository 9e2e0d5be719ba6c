/**
 * How fast is `evaluate`? Run after the build: `pnpm --filter @coproduce/principles bench`.
 * Prints, measured in this run:
 * - evaluations per second of a snapshot already parsed by the store (`{ validated: true }`, no second parse) on the
 *   largest fixture (goal: 10,000 or more per CPU second), and of `evaluate` that parses the plan itself;
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
  const ours = [
    ...new Set(
      evaluate(load(name))
        .findings.filter((f) => f.outcome === 'fail')
        .map((f) => f.ruleId),
    ),
  ].sort()
  const theirs = [...new Set(await jre.run(load(name)))].sort()
  if (ours.join() !== theirs.join())
    console.warn(`  note: ${name}: the engines differ: ours ${ours.join(',')} / json-rules-engine ${theirs.join(',')}`)
}

console.log(`@coproduce/principles bench (${builtinRules.length} rules, Node ${process.version})`)
for (const name of [largest, typical]) {
  const input = load(name)
  const size = statSync(new URL(name, dir)).size
  // evaluate and parse are synchronous; json-rules-engine is async, so it is compared with evaluate awaited the same way.
  const parsed = InitiativeSnapshotSchema.parse(input)
  const r = await rates({
    validated: () => evaluate(parsed, { preset: 'recommended', validated: true }),
    evaluate: () => evaluate(input, { preset: 'recommended' }),
    parse: () => InitiativeSnapshotSchema.parse(input),
  })
  const a = await rates({ jre: () => jre.run(input), ours: async () => evaluate(input) }, { rounds: 5 })
  const line = (label, x, unit) => `  ${label.padEnd(34)}${fmt(x.wall).padStart(8)} ${unit}/s (${fmt(x.cpu)} per CPU second)`
  console.log(
    `\n${name}${name === largest ? ' (largest fixture)' : ''}: ${fmt(size / 1024)} kB, ${input.feedback?.length ?? 0} feedback, ${input.sessions?.length ?? 0} sessions, ${input.members?.length ?? 0} members, ${input.payments?.length ?? 0} payments`,
  )
  console.log(line('evaluate, already parsed (validated)', r.validated, 'evaluations'))
  console.log(line('evaluate, parsing the plan itself', r.evaluate, 'evaluations'))
  console.log(line('InitiativeSnapshotSchema.parse', r.parse, 'parses'))
  const ratio = r.parse.cpu / r.evaluate.cpu
  console.log(
    `  one evaluation / one bare parse:  ${ratio.toFixed(2)}x by CPU time, ${(r.parse.wall / r.evaluate.wall).toFixed(2)}x by clock   (goal <= 5x: ${ratio <= 5 ? 'met' : 'not met'})`,
  )
  console.log(
    `  goal >= 10,000 evaluations/s:     ${r.validated.cpu >= 10_000 ? 'met' : 'not met'} (${fmt(r.validated.cpu)} per CPU second, already parsed)`,
  )
  console.log(line('json-rules-engine, same rules', a.jre, 'evaluations'))
  console.log(line('evaluate, awaited like it', a.ours, 'evaluations'))
  console.log(`  @coproduce/principles / json-rules-engine: ${(a.ours.cpu / a.jre.cpu).toFixed(1)}x by CPU time`)
}
