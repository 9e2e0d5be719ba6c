import { describe, expect, it } from 'vitest'
import { RuleTester, runRule } from '../../testing/index.js'
import { plan } from '../example.js'
import { tokenismRisk } from './tokenism-risk.js'

const rushed = {
  outcomes: { fixedInAdvance: true },
  timeline: { start: '2026-03-02', end: '2026-03-16', deadlineFixed: true },
  paymentPolicy: { method: 'none' as const },
}

new RuleTester({ now: '2026-03-01T00:00:00Z' }).run(tokenismRisk, {
  valid: [
    { name: 'open outcomes', snapshot: { initiative: { ...rushed, outcomes: { fixedInAdvance: false } } } },
    {
      name: 'a long timescale',
      snapshot: { initiative: { ...rushed, timeline: { start: '2026-01-01', end: '2026-12-01', deadlineFixed: true } } },
    },
  ],
  invalid: [
    { name: 'fixed, rushed and unpaid', snapshot: { initiative: rushed }, message: 'Do not call this co-production yet' },
    {
      name: 'false pass: fair pay does not make a fixed output with two weeks safe',
      snapshot: { initiative: { ...rushed, paymentPolicy: { method: 'cash', hourlyRate: 14 } } },
      message: 'Fair pay does not change this',
    },
    {
      name: 'pay below the living wage is named too',
      snapshot: { initiative: { ...rushed, paymentPolicy: { method: 'cash', hourlyRate: 8 } } },
      message: 'pay is £8.00 an hour, below the living wage',
    },
    {
      name: 'only an end date, two weeks away',
      snapshot: { initiative: { ...rushed, timeline: { end: '2026-03-15', deadlineFixed: true } } },
      message: 'a deadline 2 weeks away',
    },
    {
      name: 'a deadline already past is not "away"',
      snapshot: { initiative: { ...rushed, timeline: { end: '2026-02-15', deadlineFixed: true } } },
      message: 'a deadline that passed 2 weeks ago',
    },
    {
      name: 'not said if the deadline can move: the timeframe given is tight',
      snapshot: { initiative: { ...rushed, timeline: { start: '2026-03-02', end: '2026-03-16' } } },
    },
  ],
  incomplete: [
    { name: 'nothing said', snapshot: {} },
    {
      name: 'false fail: a short plan whose end date can move',
      snapshot: { initiative: { ...rushed, timeline: { ...rushed.timeline, deadlineFixed: false } } },
      message: 'can move',
    },
  ],
})

describe('tokenism-risk', () => {
  it('never says there is room to spare on a short plan', () => {
    const [finding] = runRule(
      tokenismRisk,
      plan({ initiative: { ...rushed, timeline: { start: '2026-03-02', end: '2026-04-27', deadlineFixed: false } } }),
      { now: '2026-03-01T00:00:00Z' },
    )
    expect(finding?.message).not.toMatch(/room to spare/)
  })
})
