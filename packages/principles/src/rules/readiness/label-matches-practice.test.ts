import { describe, expect, it } from 'vitest'
import { RuleTester, runRule } from '../../testing/index.js'
import { plan, type PlanInput } from '../example.js'
import { labelMatchesPractice } from './label-matches-practice.js'

const asked = { feedback: [{ id: 'f1', kind: 'rating' as const, rating: 'good' as const }] }

/** The tick-box plan: three fixed weeks, one short session in a board room called a community venue, and the one lived-experience member came to nothing. */
const tickBox: PlanInput = {
  initiative: {
    label: 'co-production',
    problemFraming: 'open',
    outcomes: { fixedInAdvance: false },
    timeline: { start: '2026-05-01', end: '2026-05-22', deadlineFixed: true },
  },
  members: [
    { id: 'le', roles: ['lived-experience'] },
    { id: 'st', roles: ['practitioner'] },
  ],
  sessions: [
    {
      id: 's1',
      title: 'Sign-off meeting',
      startsAt: '2026-05-10T10:00:00Z',
      durationMinutes: 30,
      conversation: 'two-way',
      venue: { name: 'Civic Hall board room', kind: 'community' },
      attendees: [
        { memberId: 'le', attended: false },
        { memberId: 'st', attended: true },
      ],
    },
  ],
}

new RuleTester().run(labelMatchesPractice, {
  valid: [
    { name: 'called what it is', snapshot: { initiative: { label: 'consultation' }, ...asked } },
    { name: 'called less than it is', snapshot: { initiative: { label: 'informing' }, ...asked } },
  ],
  invalid: [
    { name: 'false pass: a tick-box plan called co-production', snapshot: tickBox, message: 'tokenism', basis: 'record' },
    {
      name: 'the plan itself fixes the outcomes of work called co-design',
      snapshot: { initiative: { label: 'co-design', outcomes: { fixedInAdvance: true } }, ...asked },
      message: 'tokenism',
    },
  ],
  incomplete: [
    { name: 'no label', snapshot: asked },
    { name: 'false fail: called co-design, and only facts are missing', snapshot: { initiative: { label: 'co-design' }, ...asked } },
  ],
})

describe('label-matches-practice', () => {
  it('says plainly which rung the work is on when records contradict the label', () => {
    const [finding] = runRule(labelMatchesPractice, plan(tickBox))
    expect(finding?.message).toBe(
      'This work is called co-production, but what it does is consultation. Calling work co-production when it is not is tokenism: change the practice, or call it consultation.',
    )
  })

  it('never says tokenism when facts are only missing', () => {
    const [finding] = runRule(labelMatchesPractice, plan({ initiative: { label: 'co-production' }, ...asked }))
    expect(finding).toMatchObject({ outcome: 'incomplete', basis: 'none' })
    expect(finding?.message).not.toMatch(/tokenism/)
  })
})
