import { RuleTester } from '../../testing/index.js'
import { groundRulesTogether } from './ground-rules-together.js'

const members = [
  { id: 'm1', roles: ['lived-experience' as const] },
  { id: 'st', roles: ['practitioner' as const] },
]
const decision = (kind: 'ground-rules' | 'risk', method: 'consensus' | 'staff-only', decidedBy: string[]) => ({
  id: 'd1',
  initiativeId: 'example',
  kind,
  question: 'How do we work together?',
  status: 'decided' as const,
  outcome: { text: 'Agreed', decidedAt: '2026-02-01T10:00:00Z', decidedBy, method },
})

new RuleTester().run(groundRulesTogether, {
  valid: [
    {
      name: 'all decided together',
      snapshot: {
        initiative: {
          agreements: [
            { text: 'We listen.', decidedTogether: true },
            { text: 'Start on time.', decidedTogether: true },
          ],
        },
      },
      basis: 'statement',
    },
    {
      name: 'false fail: not ticked, but decided together on record',
      snapshot: {
        members,
        initiative: { agreements: [{ text: 'We listen.', decidedTogether: false, decisionId: 'd1' }] },
        decisions: [decision('ground-rules', 'consensus', ['m1', 'st'])],
      },
      basis: 'record',
      message: 'on record',
    },
  ],
  invalid: [
    {
      name: 'set by staff',
      snapshot: { initiative: { agreements: [{ text: 'Keep to the agenda.', decidedTogether: false }] } },
      message: 'set by staff',
    },
    { name: 'an empty list', snapshot: { initiative: { agreements: [] } }, message: 'no ground rules' },
    {
      name: 'false pass: one rule ticked, the rest set by staff',
      snapshot: {
        initiative: {
          agreements: [
            { text: 'We listen.', decidedTogether: true },
            { text: 'Keep to the agenda.', decidedTogether: false },
          ],
        },
      },
      message: 'Only 1 of 2',
    },
    {
      name: 'false pass: ticked together, staff-only on record',
      snapshot: {
        members,
        initiative: { agreements: [{ text: 'We listen.', decidedTogether: true, decisionId: 'd1' }] },
        decisions: [decision('ground-rules', 'staff-only', ['st'])],
      },
      basis: 'record',
    },
  ],
  incomplete: [{ name: 'not said', snapshot: {} }],
})
