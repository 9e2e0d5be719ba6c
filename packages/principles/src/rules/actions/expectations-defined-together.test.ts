import { RuleTester } from '../../testing/index.js'
import { expectationsDefinedTogether } from './expectations-defined-together.js'

const members = [
  { id: 'm1', roles: ['lived-experience' as const] },
  { id: 'st', roles: ['practitioner' as const] },
]
const decision = (method: 'consensus' | 'staff-only', decidedBy: string[]) => ({
  id: 'd1',
  initiativeId: 'example',
  kind: 'priority' as const,
  question: 'What can this work change?',
  status: 'decided' as const,
  outcome: { text: 'Two changes', decidedAt: '2026-02-01T10:00:00Z', decidedBy, method },
})
const outcomes = (extra: object) => ({ outcomes: { fixedInAdvance: false, description: 'Two changes.', ...extra } })

new RuleTester().run(expectationsDefinedTogether, {
  valid: [
    { name: 'said', snapshot: { initiative: outcomes({ definedTogether: true }) }, basis: 'statement' },
    {
      name: 'false fail: not ticked, but on record with the group',
      snapshot: { members, initiative: outcomes({ decisionId: 'd1' }), decisions: [decision('consensus', ['m1', 'st'])] },
    },
  ],
  invalid: [
    { name: 'set by staff', snapshot: { initiative: outcomes({ definedTogether: false }) } },
    {
      name: 'false pass: ticked together, staff-only on record',
      snapshot: { members, initiative: outcomes({ definedTogether: true, decisionId: 'd1' }), decisions: [decision('staff-only', ['st'])] },
      basis: 'record',
    },
  ],
  incomplete: [{ name: 'not said', snapshot: {} }],
})
