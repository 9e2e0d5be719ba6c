import { RuleTester } from '../../testing/index.js'
import { livedExperienceLedOptions } from './lived-experience-led-options.js'

const members = [
  { id: 'le', displayName: 'Asha', roles: ['lived-experience' as const] },
  { id: 'staff', displayName: 'Sam', roles: ['practitioner' as const] },
]
const decided = { decidedAt: '2026-03-02T12:00:00Z', decidedBy: ['le', 'staff'], method: 'consensus' as const, text: 'Food first' }
const decision = (openedBy: string, proposers: string[]) => ({
  id: `d-${openedBy}`,
  initiativeId: 'example',
  kind: 'priority' as const,
  question: 'What first?',
  status: 'decided' as const,
  openedBy,
  options: proposers.map((p, n) => ({ id: `o${n}`, text: `Idea ${n}`, proposedBy: p })),
  outcome: decided,
})

new RuleTester().run(livedExperienceLedOptions, {
  valid: [
    {
      name: 'said to be led by lived experience, before it starts',
      snapshot: { members, initiative: { leadership: { livedExperienceLed: true } } },
      basis: 'statement',
    },
    {
      name: 'existing groups looked for, and named',
      snapshot: { initiative: { leadership: { existingGroupsConsidered: true, notes: 'We asked the tenants group.' } } },
    },
    {
      name: 'false fail: the plan does not say, but people with lived experience opened the questions on record',
      snapshot: { members, decisions: [decision('le', ['staff', 'le'])] },
      basis: 'record',
      message: 'opened 1 question',
    },
  ],
  invalid: [
    {
      name: 'neither',
      snapshot: { initiative: { leadership: { livedExperienceLed: false, existingGroupsConsidered: false } } },
      basis: 'statement',
    },
    {
      name: 'false pass: said to be led by lived experience, but staff opened every question and put forward every idea',
      snapshot: {
        members,
        initiative: { leadership: { livedExperienceLed: true } },
        decisions: [decision('staff', ['staff', 'staff', 'staff'])],
      },
      basis: 'record',
      message: 'staff put forward all 3 ideas',
    },
    {
      name: 'false pass: said to be led by lived experience, but no one in the group has lived experience',
      snapshot: { members: [members[1]!], initiative: { leadership: { livedExperienceLed: true } } },
      basis: 'record',
      path: 'members',
    },
  ],
  incomplete: [
    { name: 'not said', snapshot: {}, basis: 'none' },
    { name: 'half said', snapshot: { initiative: { leadership: { livedExperienceLed: false } } } },
    {
      name: 'a ticked box: existing groups looked for, but none named',
      snapshot: { initiative: { leadership: { existingGroupsConsidered: true } } },
      message: 'not which groups',
    },
    {
      name: 'not said, and staff are at the centre on record',
      snapshot: { members, decisions: [decision('staff', ['staff', 'staff'])] },
      basis: 'none',
      message: 'could lead instead',
    },
  ],
})
