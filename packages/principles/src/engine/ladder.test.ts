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

  it('says plainly, first, when the plan contradicts the label, and lists every fact holding it back', () => {
    const result = ladder({ ...consultation, initiative: { label: 'co-design', outcomes: { fixedInAdvance: true } } })
    expect(result).toMatchObject({ claimed: 'co-design', assessed: 'consultation', possible: 'engagement' })
    expect(result.reasons).toEqual([
      'This work is called co-design, but the plan and records rule that out: it can be engagement at most, and shows consultation so far. Calling work co-design when it is not is tokenism: change the practice, or call it what it is.',
      'It is consultation: people with lived experience are asked for their views.',
      'Not yet engagement: nothing shows people with lived experience coming to sessions.',
      'Not yet engagement: the plan does not show any session as a two-way conversation.',
      'Not yet engagement: the plan does not show people hearing back about their views.',
      'Not co-design: the outcomes were fixed in advance.',
    ])
  })

  it('never calls missing facts tokenism: the label is only "not shown yet"', () => {
    const result = ladder({ ...consultation, initiative: { label: 'co-design' } })
    expect(result).toMatchObject({ assessed: 'consultation', possible: 'co-production' })
    expect(result.reasons.join(' ')).not.toMatch(/tokenism/)
  })

  it('caps a tick-box plan: a board room, three fixed weeks and a lived-experience member who came to nothing', () => {
    const snapshot = parseSnapshot(
      plan({
        ...coProduction,
        initiative: { ...coProduction.initiative, timeline: { start: '2026-05-01', end: '2026-05-22', deadlineFixed: true } },
        sessions: [
          {
            id: 's1',
            startsAt: '2026-05-10T10:00:00Z',
            conversation: 'two-way',
            venue: { name: 'Civic Hall board room', kind: 'community' },
            attendees: [{ memberId: 'm1', attended: false }],
          },
        ],
      }),
    )
    const result = assessLadder(snapshot, buildIndex(snapshot), DEFAULT_LIVING_WAGE, new Date('2026-05-20T00:00:00Z'))
    expect(result).toMatchObject({ assessed: 'consultation', possible: 'consultation', basis: 'record' })
    expect(result.reasons).toContain('Not engagement: no one with lived experience came to any session on record.')
    expect(result.reasons).toContain('Not co-design: the deadline is fixed and the work has only 3 weeks.')
    expect(result.reasons).toContain('Not co-design: every session meets in a professional place, such as a board room or office.')
  })

  it('once the work has begun, needs decisions on record that people with lived experience took part in', () => {
    const begun: PlanInput = {
      ...coProduction,
      initiative: { ...coProduction.initiative, timeline: { start: '2026-01-01' } },
      sessions: [{ id: 's1', startsAt: '2026-01-10T10:00:00Z', conversation: 'two-way', attendees: [{ memberId: 'm1', attended: true }] }],
    }
    const at = new Date('2026-03-01T00:00:00Z')
    const run = (input: PlanInput) => {
      const snapshot = parseSnapshot(plan(input))
      return assessLadder(snapshot, buildIndex(snapshot), DEFAULT_LIVING_WAGE, at)
    }
    expect(run(begun).assessed).toBe('engagement')
    const decided = (method: 'consensus' | 'staff-only', by: string[]) => ({
      id: 'd1',
      initiativeId: 'example',
      kind: 'aims' as const,
      question: 'What are our aims?',
      status: 'decided' as const,
      outcome: { text: 'Aims', decidedAt: '2026-02-01T10:00:00Z', decidedBy: by, method },
    })
    expect(run({ ...begun, decisions: [decided('consensus', ['m1'])] }).assessed).toBe('co-production')
    const staff = run({ ...begun, decisions: [decided('staff-only', ['staff'])] })
    expect(staff).toMatchObject({ assessed: 'engagement', possible: 'engagement' })
  })

  it('says nothing about tokenism when the work is called what it is, or less', () => {
    expect(ladder({ ...coDesign, initiative: { ...coDesign.initiative, label: 'consultation' } }).reasons.join(' ')).not.toMatch(/tokenism/)
    expect(ladder(coDesign).claimed).toBeNull()
  })
})
