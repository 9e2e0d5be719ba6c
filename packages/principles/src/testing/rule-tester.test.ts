import { describe, expect, it } from 'vitest'
import { plan } from '../rules/example.js'
import { defineRule } from '../types.js'
import { assertCase } from './rule-tester.js'
import { runRule } from './run-rule.js'

const venueNamed = defineRule({
  meta: {
    id: 'test/venue-named',
    principles: ['safety'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Co-production environments',
    quote: 'Will everyone thrive in this environment?',
    docs: '',
    description: 'Each session names its place.',
    guidance: 'Name the place.',
    examples: {
      pass: plan({ sessions: [{ id: 'a', venue: { name: 'Hall', kind: 'community' } }] }),
      fail: plan({ sessions: [{ id: 'a' }] }),
    },
  },
  check(snapshot) {
    if (!snapshot.sessions.length) return { outcome: 'inapplicable', message: 'No sessions.' }
    return snapshot.sessions.map((s, i) =>
      s.format === 'online'
        ? { outcome: 'inapplicable' as const, path: `sessions[${i}]`, message: 'Online.' }
        : s.venue
          ? { outcome: 'pass' as const, path: `sessions[${i}].venue`, message: 'Named.' }
          : s.title
            ? { outcome: 'incomplete' as const, path: `sessions[${i}].venue`, message: 'Not yet.' }
            : { outcome: 'fail' as const, path: `sessions[${i}].venue`, message: 'No place named.' },
    )
  },
})

const named = { sessions: [{ id: 'a', venue: { name: 'Hall', kind: 'community' as const } }] }
const unnamed = { sessions: [{ id: 'a' }] }

describe("the RuleTester's checks", () => {
  it('accept a case that holds, and return the findings', () => {
    expect(assertCase(venueNamed, 'valid', { snapshot: named })).toHaveLength(1)
    expect(() =>
      assertCase(venueNamed, 'valid', { snapshot: { sessions: [...named.sessions, { id: 'b', format: 'online' }] } }),
    ).not.toThrow()
    expect(() => assertCase(venueNamed, 'invalid', { snapshot: unnamed, path: 'sessions[0].venue', message: /No place/ })).not.toThrow()
    expect(() => assertCase(venueNamed, 'incomplete', { snapshot: { sessions: [{ id: 'a', title: 'Soon' }] } })).not.toThrow()
    expect(() => assertCase(venueNamed, 'inapplicable', { snapshot: {} })).not.toThrow()
  })

  it('throw, listing what the rule found, when a case does not hold', () => {
    expect(() => assertCase(venueNamed, 'valid', { name: 'oops', snapshot: unnamed })).toThrow(
      /Expected test\/venue-named to be valid for "oops" but got:\nfail at sessions\[0\]\.venue: No place named\./,
    )
    expect(() => assertCase(venueNamed, 'invalid', { snapshot: named })).toThrow(/to be invalid/)
    expect(() => assertCase(venueNamed, 'incomplete', { snapshot: unnamed })).toThrow(/to be incomplete/)
    expect(() => assertCase(venueNamed, 'inapplicable', { snapshot: named })).toThrow(/to be inapplicable/)
    expect(() => assertCase(venueNamed, 'valid', { snapshot: { sessions: [{ id: 'a', format: 'online' }] } })).toThrow(/to be valid/)
  })

  it('throw when the path or message does not match', () => {
    expect(() => assertCase(venueNamed, 'invalid', { snapshot: unnamed, path: 'sessions[1].venue' })).toThrow(
      /a fail finding at sessions\[1\]\.venue/,
    )
    expect(() => assertCase(venueNamed, 'invalid', { snapshot: unnamed, message: 'Wrong words' })).toThrow(/saying Wrong words/)
  })

  it("fill in the initiative's id, title and purpose, and judge at a fixed moment", () => {
    const [finding] = runRule(venueNamed, plan(named))
    expect(finding).toMatchObject({
      ruleId: 'test/venue-named',
      outcome: 'pass',
      severity: 'warning',
      source: 'Interactions: Co-production environments',
    })
    expect(plan().initiative).toEqual({ id: 'example', title: 'Our plan', purpose: 'Find out what would help.' })
  })
})
