import { RuleTester } from '../../testing/index.js'
import { riskDecidedTogether } from './risk-decided-together.js'

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

new RuleTester().run(riskDecidedTogether, {
  valid: [
    {
      name: 'all together',
      snapshot: { initiative: { riskDecisions: [{ topic: 'Ethics', decision: 'We ask before we record.', decidedTogether: true }] } },
    },
    {
      name: 'false fail: the boolean was left false, the record shows the group decided',
      snapshot: {
        members,
        initiative: { riskDecisions: [{ topic: 'Lone working', decision: 'Pairs.', decidedTogether: false, decisionId: 'd1' }] },
        decisions: [decision('risk', 'consensus', ['m1'])],
      },
      basis: 'record',
    },
  ],
  invalid: [
    {
      name: 'one made by staff',
      snapshot: {
        initiative: {
          riskDecisions: [
            { topic: 'Ethics', decision: 'Ask first.', decidedTogether: true },
            { topic: 'Lone working', decision: 'Staff only.', decidedTogether: false },
          ],
        },
      },
      message: 'Lone working',
    },
    {
      name: 'false pass: a boolean says together, the record says staff alone',
      snapshot: {
        members,
        initiative: { riskDecisions: [{ topic: 'Lone working', decision: 'Staff only.', decidedTogether: true, decisionId: 'd1' }] },
        decisions: [decision('risk', 'staff-only', ['st'])],
      },
      basis: 'record',
      message: 'without people with lived experience',
    },
  ],
  incomplete: [
    { name: 'none recorded', snapshot: {} },
    { name: 'an empty list', snapshot: { initiative: { riskDecisions: [] } } },
  ],
})
