import { describe, expect, it } from 'vitest'
import { plan, type PlanInput } from '../rules/example.js'
import { assessLadder } from './ladder.js'
import { buildIndex } from './snapshot-index.js'
import { parseSnapshot, DEFAULT_LIVING_WAGE } from './evaluate.js'

const ladder = (input: PlanInput) => {
  const snapshot = parseSnapshot(plan(input))
  return assessLadder(snapshot, buildIndex(snapshot), DEFAULT_LIVING_WAGE)
}

const consultation: PlanInput = { members: [{ id: 'm1', roles: ['lived-experience'] }] }
const engagement: PlanInput = {
  ...consultation,
  initiative: { communication: { updateEveryDays: 30 } },
  sessions: [{ id: 's1', conversation: 'two-way' }],
}
const coDesign: PlanInput = {
  ...engagement,
  initiative: {
    ...engagement.initiative,
    problemFraming: 'open',
    outcomes: { fixedInAdvance: false },
    aims: { text: 'Aims', agreedWith: ['m1'] },
    scope: { negotiable: ['How it runs'] },
  },
}
const coProduction: PlanInput = {
  ...coDesign,
  initiative: {
    ...coDesign.initiative,
    powerReflection: { completedAt: '2026-01-01' },
    paymentPolicy: { method: 'cash', hourlyRate: 13.45 },
    agreements: [{ text: 'We listen.', decidedTogether: true }],
    stages: [{ name: 'engagement', buildsRelationships: true }],
  },
}

describe('the ladder', () => {
  it.each([
    ['informing', {}],
    ['consultation', consultation],
    ['engagement', engagement],
    ['co-design', coDesign],
    ['co-production', coProduction],
  ] as const)('places a plan that shows everything up to %s there', (rung, input) => {
    expect(ladder(input).assessed).toBe(rung)
  })

  it('needs every rung below: co-design facts without two-way sessions stay at consultation', () => {
    expect(ladder({ ...coDesign, sessions: [{ id: 's1', conversation: 'staff-led' }] }).assessed).toBe('consultation')
  })

  it('does not count a fact the plan leaves out', () => {
    const { paymentPolicy: _pay, ...initiative } = coProduction.initiative ?? {}
    const result = ladder({ ...coProduction, initiative })
    expect(result.assessed).toBe('co-design')
    expect(result.reasons).toContain('Not yet co-production: the plan does not show people paid fairly for their time.')
  })

  it('counts pay below the living wage as not fair', () => {
    const initiative = { ...coProduction.initiative, paymentPolicy: { method: 'cash' as const, hourlyRate: 9 } }
    expect(ladder({ ...coProduction, initiative }).assessed).toBe('co-design')
  })

  it('says plainly, first, when the work is called more than it does', () => {
    const result = ladder({ ...consultation, initiative: { label: 'co-design' } })
    expect(result).toMatchObject({ claimed: 'co-design', assessed: 'consultation' })
    expect(result.reasons).toEqual([
      'This work is called co-design, but what it does is consultation. Calling work co-design when it is not is tokenism: change the practice, or call it consultation.',
      'It is consultation: people with lived experience are asked for their views.',
      'Not yet engagement: the plan does not show any session as a two-way conversation; and the plan does not show people hearing back about their views.',
    ])
  })

  it('says nothing about tokenism when the work is called what it is, or less', () => {
    expect(ladder({ ...coDesign, initiative: { ...coDesign.initiative, label: 'consultation' } }).reasons.join(' ')).not.toMatch(/tokenism/)
    expect(ladder(coDesign).claimed).toBeNull()
  })
})
