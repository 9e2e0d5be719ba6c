import { CoproduceError, definePlugin } from '@coproduce/core'
import { describe, expect, it } from 'vitest'
import { plan } from '../rules/example.js'
import { defineRule } from '../types.js'
import { evaluate } from './evaluate.js'

const now = '2026-06-01T12:00:00Z'

function validationIssues(fn: () => unknown) {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(CoproduceError)
    expect((error as CoproduceError).code).toBe('validation')
    return (error as CoproduceError).issues
  }
  throw new Error('expected a validation error')
}

describe('evaluate', () => {
  it('reads a plan with only an id, title and purpose, and finds mostly missing facts, never failures', () => {
    const report = evaluate({ initiative: { id: 'i1', title: 'Plan', purpose: 'Find out.' } }, { now })
    expect(report.initiativeId).toBe('i1')
    expect(report.title).toBe('Plan')
    expect(report.evaluatedAt).toBe('2026-06-01T12:00:00.000Z')
    expect(report.preset).toBe('recommended')
    expect(report.findings.filter((f) => f.outcome === 'fail')).toEqual([])
    expect(report.summary.incomplete).toBeGreaterThan(3)
    expect(report.summary.errors).toBe(0)
    expect(report.ladder).toMatchObject({ claimed: null, assessed: 'informing' })
  })

  it("gives every finding its rule's principles, stage, guidance and briefing source", () => {
    const report = evaluate(plan({ initiative: { problemFraming: 'fixed' } }), { now })
    const finding = report.findings.find((f) => f.ruleId === 'open-problem-framing')
    expect(finding).toMatchObject({
      outcome: 'fail',
      severity: 'warning',
      stage: 'foundations',
      path: 'initiative.problemFraming',
      source: 'Foundations: Forget what you think you know',
    })
    expect(finding?.principles).toContain('empowerment-voice-choice')
    expect(finding?.guidance).toMatch(/Start from the question/)
  })

  it('rejects an invalid snapshot with the path of every bad field', () => {
    const issues = validationIssues(() =>
      evaluate({ initiative: { id: 'i1', title: '', purpose: 'x', problemFraming: 'maybe' }, sessions: [{}] }),
    )
    const paths = issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['initiative.title', 'initiative.problemFraming', 'sessions.0.id']))
  })

  it('lets a rule be set to another severity or turned off', () => {
    const input = plan({ initiative: { problemFraming: 'fixed' } })
    const raised = evaluate(input, { now, rules: { 'open-problem-framing': 'error' } })
    expect(raised.findings.find((f) => f.ruleId === 'open-problem-framing')?.severity).toBe('error')
    expect(raised.summary.errors).toBeGreaterThanOrEqual(1)
    const off = evaluate(input, { now, rules: { 'open-problem-framing': 'off' } })
    expect(off.findings.some((f) => f.ruleId === 'open-problem-framing')).toBe(false)
  })

  it('makes every failure an error under the strict preset', () => {
    const report = evaluate(plan({ initiative: { problemFraming: 'fixed' } }), { now, preset: 'strict' })
    expect(report.preset).toBe('strict')
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true)
  })

  it('refuses unknown rule ids, unknown presets and bad severities', () => {
    const issues = validationIssues(() =>
      evaluate(plan(), { rules: { 'no-such-rule': 'error', 'open-problem-framing': 'loud' as 'error' }, preset: 'lax' as 'strict' }),
    )
    expect(issues.map((i) => i.path.join('.'))).toEqual(['preset', 'rules.no-such-rule', 'rules.open-problem-framing'])
  })

  it('runs rules from plugins beside the built-in ones', () => {
    const namedWorker = defineRule({
      meta: {
        id: 'acme/named-key-worker',
        principles: ['trust-transparency'],
        stage: 'interactions',
        severity: 'error',
        source: 'Interactions: Relationships come first',
        quote: '',
        docs: '',
        description: 'Each member knows who to call.',
        guidance: 'Name a key worker.',
        examples: { pass: plan(), fail: plan() },
      },
      check: (snapshot) => ({ outcome: snapshot.members.length ? 'pass' : 'fail', message: 'Key worker named?' }),
    })
    const report = evaluate(plan(), { now, plugins: [definePlugin({ name: 'acme', rules: [namedWorker] })] })
    expect(report.findings.find((f) => f.ruleId === 'acme/named-key-worker')).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(report.summary.errors).toBe(1)
  })

  it('refuses a plugin rule that does not say its stage or principles', () => {
    const broken = { meta: { id: 'acme/broken', severity: 'warning' }, check: () => ({ outcome: 'pass', message: '' }) }
    const issues = validationIssues(() => evaluate(plan(), { plugins: [{ name: 'acme', rules: [broken] }] }))
    expect(issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['plugins.0.rules.0.meta.principles', 'plugins.0.rules.0.meta.stage']),
    )
  })

  it('scores each principle as passes out of passes and failures', () => {
    const report = evaluate(plan({ initiative: { problemFraming: 'fixed', leadership: { livedExperienceLed: true } } }), { now })
    // open-problem-framing fails, lived-experience-led-options passes: both are about empowerment.
    const e = report.principles['empowerment-voice-choice']
    expect(e.pass).toBeGreaterThanOrEqual(1)
    expect(e.fail).toBeGreaterThanOrEqual(1)
    expect(e.score).toBe(Math.round((100 * e.pass) / (e.pass + e.fail)))
  })
})

describe('evaluate with a rule that breaks', () => {
  it('reports the broken rule as not enough to judge, and still runs the others', () => {
    const broken = defineRule({
      meta: {
        id: 'acme/broken',
        principles: ['safety'],
        stage: 'actions',
        severity: 'error',
        source: 'Plugin acme',
        quote: '',
        docs: '',
        description: 'Breaks.',
        guidance: 'Fix the plugin.',
        examples: { pass: plan(), fail: plan() },
      },
      check: () => {
        throw new Error('no such field')
      },
    })
    const report = evaluate(plan(), { now, plugins: [{ name: 'acme', rules: [broken] }] })
    expect(report.findings.find((f) => f.ruleId === 'acme/broken')).toMatchObject({
      outcome: 'incomplete',
      message: 'This rule could not run: no such field',
    })
    expect(report.summary.errors).toBe(0)
    expect(report.findings.some((f) => f.ruleId === 'open-problem-framing')).toBe(true)
  })

  it('refuses two rules with the same id', () => {
    const copy = { meta: { id: 'neutral-venue', principles: ['safety'], stage: 'interactions', severity: 'info' }, check: () => [] }
    expect(() => evaluate(plan(), { plugins: [{ name: 'acme', rules: [copy] }] })).toThrow(/Rule names must be different/)
  })
})
