import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkLanguage } from '../language/check-language.js'
import { PRINCIPLES, STAGES } from '../types.js'
import { builtinRules } from './index.js'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

const REQUIRED = [
  'open-problem-framing',
  'power-reflection',
  'aims-agreed-together',
  'time-for-relationships',
  'plan-for-group-change',
  'lived-experience-led-options',
  'neutral-venue',
  'access-and-childcare',
  'ground-rules-together',
  'risk-decided-together',
  'two-way-sessions',
  'creative-methods',
  'scope-stated',
  'expectations-clear',
  'plain-language',
  'fair-payment',
  'credit-contributors',
  'close-the-loop',
  'consent-valid',
  'tokenism-risk',
  'label-matches-practice',
]

describe('the built-in rules', () => {
  it('include every rule the briefing asks for, once each', () => {
    const ids = builtinRules.map((r) => r.meta.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining(REQUIRED))
  })

  it.each(PRINCIPLES)('cover the principle %s with at least three rules', (principle) => {
    expect(builtinRules.filter((r) => r.meta.principles.includes(principle)).length).toBeGreaterThanOrEqual(3)
  })

  it("come in the briefing's order of stages", () => {
    const order = builtinRules.map((r) => STAGES.indexOf(r.meta.stage))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it.each(builtinRules.map((r) => [r.meta.id, r] as const))(
    '%s lives in its own file under its stage, with its test beside it',
    (id, rule) => {
      expect(existsSync(here(`./${rule.meta.stage}/${id}.ts`))).toBe(true)
      expect(existsSync(here(`./${rule.meta.stage}/${id}.test.ts`))).toBe(true)
      expect(rule.meta.docs).toBe(`docs/principles/${id}.md`)
      expect(rule.meta.quote.length).toBeGreaterThan(20)
    },
  )

  it.each(builtinRules.map((r) => [r.meta.id, r] as const))(
    '%s says what it checks and how to fix it without shaming labels or jargon',
    (_id, rule) => {
      for (const text of [rule.meta.description, rule.meta.guidance])
        expect(checkLanguage(text).filter((f) => f.kind === 'label' || f.kind === 'jargon')).toEqual([])
    },
  )
})
