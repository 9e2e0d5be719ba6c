import { RuleTester } from '../../testing/index.js'
import { researchEthics } from './research-ethics.js'

const members = [
  { id: 'm1', roles: ['peer-researcher' as const] },
  { id: 'st', roles: ['practitioner' as const] },
]
const decision = (method: 'consensus' | 'staff-only', decidedBy: string[]) => ({
  id: 'd1',
  initiativeId: 'example',
  kind: 'other' as const,
  question: 'How do we keep people safe in interviews?',
  status: 'decided' as const,
  outcome: { text: 'Pairs', decidedAt: '2026-02-01T10:00:00Z', decidedBy, method },
})

new RuleTester().run(researchEthics, {
  valid: [
    { name: 'decided together', snapshot: { members, initiative: { ethics: { approach: 'Pairs.', decidedTogether: true } } } },
    {
      name: 'on record',
      snapshot: {
        members,
        initiative: { ethics: { approach: 'Pairs.', decidedTogether: true, decisionId: 'd1' } },
        decisions: [decision('consensus', ['m1'])],
      },
      basis: 'record',
    },
  ],
  invalid: [
    { name: 'staff set it', snapshot: { members, initiative: { ethics: { approach: 'Policy.', decidedTogether: false } } } },
    {
      name: 'false pass: ticked "together", but staff decided alone on record',
      snapshot: {
        members,
        initiative: { ethics: { approach: 'Pairs.', decidedTogether: true, decisionId: 'd1' } },
        decisions: [decision('staff-only', ['st'])],
      },
      basis: 'record',
    },
  ],
  incomplete: [{ name: 'interviews planned, ethics not said', snapshot: { initiative: { methods: ['Interviews'] } } }],
  inapplicable: [{ name: 'false fail: no research in the work', snapshot: { initiative: { methods: ['story circle'] } } }],
})
