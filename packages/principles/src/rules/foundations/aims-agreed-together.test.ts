import { RuleTester } from '../../testing/index.js'
import { aimsAgreedTogether } from './aims-agreed-together.js'

const lived = [
  { id: 'm1', roles: ['lived-experience' as const] },
  { id: 's1', roles: ['practitioner' as const] },
]
const decision = (method: 'consensus' | 'staff-only', decidedBy: string[]) => ({
  id: 'd-aims',
  initiativeId: 'example',
  kind: 'aims' as const,
  question: 'What should we work on?',
  status: 'decided' as const,
  outcome: { text: 'Make the drop-in feel safe.', decidedAt: '2026-02-01T10:00:00Z', decidedBy, method },
})

new RuleTester().run(aimsAgreedTogether, {
  valid: [
    {
      name: 'agreed with a lived experience member',
      snapshot: { initiative: { aims: { text: 'Aim', agreedWith: ['m1'] } }, members: lived },
      basis: 'statement',
    },
    {
      name: 'the decision on record, with a lived experience member deciding',
      snapshot: {
        initiative: { aims: { text: 'Aim', decisionId: 'd-aims' } },
        members: lived,
        decisions: [decision('consensus', ['m1', 's1'])],
      },
      basis: 'record',
      message: 'on record',
    },
  ],
  invalid: [
    {
      name: 'only staff',
      snapshot: { initiative: { aims: { text: 'Aim', agreedWith: ['s1'] } }, members: lived },
      message: 'not agreed together',
    },
    {
      name: 'false pass: the plan names a lived experience member, the record says staff decided alone',
      snapshot: {
        initiative: { aims: { text: 'Aim', agreedWith: ['m1'], decisionId: 'd-aims' } },
        members: lived,
        decisions: [decision('staff-only', ['s1'])],
      },
      basis: 'record',
    },
  ],
  incomplete: [
    { name: 'no aims yet', snapshot: {} },
    { name: 'nobody named', snapshot: { initiative: { aims: { text: 'Aim' } } }, message: 'does not say who' },
    {
      name: 'false pass before: a staff team and "everyone" are not people with lived experience',
      snapshot: { initiative: { aims: { text: 'Aim', agreedWith: ['Housing team', 'everyone'] } }, members: lived },
      message: '"everyone"',
    },
  ],
})
