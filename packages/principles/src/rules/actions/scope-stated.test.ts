import { describe, expect, it } from 'vitest'
import { RuleTester } from '../../testing/index.js'
import { isSmallThing, scopeStated } from './scope-stated.js'

const members = [
  { id: 'le', displayName: 'Asha', roles: ['lived-experience' as const] },
  { id: 'staff', displayName: 'Sam', roles: ['practitioner' as const] },
]
const decision = (method: 'consensus' | 'staff-only', decidedBy: string[]) => ({
  id: `d-${method}`,
  initiativeId: 'example',
  kind: 'priority' as const,
  question: 'What do we change first?',
  status: 'decided' as const,
  outcome: { text: 'Opening times', decidedAt: '2026-03-02T12:00:00Z', decidedBy, method },
})
const scope = { negotiable: ['How the drop-in is run'], nonNegotiable: ['Budget'] }

new RuleTester().run(scopeStated, {
  valid: [
    {
      name: 'both lists, before it starts',
      snapshot: { initiative: { scope: { negotiable: ['Times the drop-in opens'], nonNegotiable: ['Budget'] } } },
      basis: 'statement',
    },
    { name: 'nothing fixed', snapshot: { initiative: { scope: { negotiable: ['Everything about the service'] } } } },
    {
      name: 'decisions taken together on record',
      snapshot: { members, initiative: { scope }, decisions: [decision('consensus', ['le', 'staff'])] },
      basis: 'record',
      message: 'decided 1 thing together',
    },
  ],
  invalid: [
    {
      name: 'only what is fixed',
      snapshot: { initiative: { scope: { nonNegotiable: ['All of it'] } } },
      path: 'initiative.scope.negotiable',
      message: 'only what is fixed',
    },
    { name: 'two empty lists', snapshot: { initiative: { scope: {} } }, message: 'does not list anything' },
    {
      name: 'false pass: one small thing open to change (the biscuits)',
      snapshot: { initiative: { scope: { negotiable: ['Which biscuits we have'], nonNegotiable: ['The new service model'] } } },
      path: 'initiative.scope.negotiable',
      message: 'only small, practical things',
    },
    {
      name: 'false pass: things are listed as open, but every decision on record was taken by staff alone',
      snapshot: { members, initiative: { scope }, decisions: [decision('staff-only', ['staff']), decision('consensus', ['staff'])] },
      basis: 'record',
      message: 'all 2 decisions on record were taken without anyone with lived experience',
    },
  ],
  incomplete: [{ name: 'no scope', snapshot: {}, basis: 'none' }],
})

describe('isSmallThing', () => {
  it('knows the biscuits, the colours and the meeting times are small', () => {
    for (const t of ['Which biscuits we have', 'The colour of the leaflet', 'Meeting times', 'refreshments and music'])
      expect(isSmallThing(t), t).toBe(true)
  })
  it('false fail: does not call real choices about the work small', () => {
    for (const t of ['How the drop-in is run', 'Opening times', 'What the service spends its money on', 'Where we meet', 'Who we talk to'])
      expect(isSmallThing(t), t).toBe(false)
  })
})
