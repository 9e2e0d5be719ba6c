import { describe, expect, it } from 'vitest'
import { plan, type PlanInput } from '../rules/example.js'
import type { EvaluateOptions } from '../engine/evaluate.js'
import type { Basis, Finding, Outcome, Rule } from '../types.js'
import { runRule } from './run-rule.js'

export type TesterOptions = Omit<EvaluateOptions, 'plugins' | 'rules' | 'preset'>

export interface RuleTestCase {
  /** What the case is about; shown as the test's name. */
  name?: string
  /** The plan. `initiative.id`, `title` and `purpose` are filled in when left out. */
  snapshot: PlanInput
  /** Options for this case, e.g. another `livingWage`. */
  options?: TesterOptions
  /** A finding with this outcome must have this path. */
  path?: string
  /** A finding with this outcome must have this message (a string is matched as a part). */
  message?: string | RegExp
  /** A finding with this outcome must rest on this basis (`record`, `statement` or `none`). */
  basis?: Basis
}

/**
 * The tables of a rule's cases:
 * - `valid`: at least one finding passes and the rest pass or do not apply;
 * - `invalid`: at least one finding fails;
 * - `incomplete`: nothing fails and at least one finding is incomplete;
 * - `inapplicable`: every finding is inapplicable.
 */
export interface RuleTestTables {
  valid?: RuleTestCase[]
  invalid?: RuleTestCase[]
  incomplete?: RuleTestCase[]
  inapplicable?: RuleTestCase[]
}

const describeOutcomes = (findings: Finding[]): string =>
  findings.map((f) => `${f.outcome} at ${f.path}: ${f.message}`).join('\n') || '(no findings)'

/** Checks one case and throws a readable error when it does not hold. Usable without vitest. */
export function assertCase(rule: Rule, table: keyof RuleTestTables, testCase: RuleTestCase, defaults: TesterOptions = {}): Finding[] {
  const findings = runRule(rule, plan(testCase.snapshot), { ...defaults, ...testCase.options })
  const outcomes = findings.map((f) => f.outcome)
  const want: Outcome = table === 'valid' ? 'pass' : table === 'invalid' ? 'fail' : table
  let ok: boolean
  if (table === 'valid') ok = outcomes.includes('pass') && outcomes.every((o) => o === 'pass' || o === 'inapplicable')
  else if (table === 'inapplicable') ok = outcomes.length > 0 && outcomes.every((o) => o === want)
  else if (table === 'incomplete') ok = !outcomes.includes('fail') && outcomes.includes('incomplete')
  else ok = outcomes.includes('fail')
  if (!ok)
    throw new Error(`Expected ${rule.meta.id} to be ${table} for "${testCase.name ?? 'this case'}" but got:\n${describeOutcomes(findings)}`)
  const matching = findings.filter((f) => f.outcome === want)
  if (testCase.path !== undefined && !matching.some((f) => f.path === testCase.path))
    throw new Error(`Expected a ${want} finding at ${testCase.path} but got:\n${describeOutcomes(findings)}`)
  const m = testCase.message
  if (m !== undefined && !matching.some((f) => (typeof m === 'string' ? f.message.includes(m) : m.test(f.message))))
    throw new Error(`Expected a ${want} finding saying ${String(m)} but got:\n${describeOutcomes(findings)}`)
  if (testCase.basis !== undefined && !matching.some((f) => f.basis === testCase.basis))
    throw new Error(
      `Expected a ${want} finding judged from ${testCase.basis} but got:\n${findings.map((f) => `${f.outcome} (${f.basis}): ${f.message}`).join('\n')}`,
    )
  return findings
}

/**
 * Tests a rule with tables of cases, in the style of ESLint's RuleTester. Each case becomes a vitest test.
 * The rule's own meta is tested too: its pass and fail examples, and that it says where it comes from and how to fix it.
 *
 * ```ts
 * new RuleTester().run(myRule, { valid: [{ snapshot: {...} }], invalid: [{ snapshot: {...}, path: 'initiative.scope' }] })
 * ```
 */
export class RuleTester {
  constructor(private readonly defaults: TesterOptions = {}) {}

  run(rule: Rule, tables: RuleTestTables): void {
    describe(rule.meta.id, () => {
      it('says where it comes from, what it checks and how to fix it', () => {
        expect(rule.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/)
        expect(rule.meta.principles.length).toBeGreaterThan(0)
        expect(rule.meta.source.trim()).not.toBe('')
        expect(rule.meta.description.trim()).not.toBe('')
        expect(rule.meta.guidance.trim()).not.toBe('')
      })
      it('passes its own passing example', () => {
        assertCase(rule, 'valid', { snapshot: rule.meta.examples.pass as PlanInput }, this.defaults)
      })
      it('fails its own failing example', () => {
        assertCase(rule, 'invalid', { snapshot: rule.meta.examples.fail as PlanInput }, this.defaults)
      })
      for (const table of ['valid', 'invalid', 'incomplete', 'inapplicable'] as const) {
        const cases = tables[table] ?? []
        cases.forEach((testCase, i) => {
          it(`${table}: ${testCase.name ?? `case ${i + 1}`}`, () => {
            assertCase(rule, table, testCase, this.defaults)
          })
        })
      }
    })
  }
}
