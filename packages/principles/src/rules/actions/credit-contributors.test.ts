import { RuleTester } from '../../testing/index.js'
import { creditContributors } from './credit-contributors.js'

const members = [
  { id: 'm1', roles: ['lived-experience' as const] },
  { id: 'm2', roles: ['lived-experience' as const] },
]
const consent = (subject: string, status: 'given' | 'refused' | 'withdrawn', at = '2026-02-01T10:00:00Z') => ({
  id: `${subject}-${status}`,
  subject,
  purposeId: 'credit-by-name',
  status,
  at,
})
const update = (credits: string[]) => ({ id: 'u1', youSaid: 'Later.', weDid: 'Open till 8.', credits })

new RuleTester().run(creditContributors, {
  valid: [{ name: 'credits people who agreed', snapshot: { members, consents: [consent('m1', 'given')], updates: [update(['m1'])] } }],
  invalid: [
    {
      name: 'names someone who refused',
      snapshot: { members, consents: [consent('m2', 'refused')], updates: [update(['m2'])] },
      path: 'updates[0].credits',
    },
    {
      name: 'names someone who later withdrew',
      snapshot: {
        members,
        consents: [consent('m1', 'given'), consent('m1', 'withdrawn', '2026-03-01T10:00:00Z')],
        updates: [update(['m1'])],
      },
      path: 'updates[0].credits',
    },
    {
      name: 'credits nobody though people asked',
      snapshot: { members, consents: [consent('m1', 'given')], updates: [update([])] },
      message: 'no update credits anyone',
    },
  ],
  incomplete: [{ name: 'no consents recorded', snapshot: { members, updates: [update([])] } }],
  inapplicable: [
    { name: 'nothing published', snapshot: { members } },
    { name: 'everyone said no', snapshot: { members, consents: [consent('m1', 'refused')], updates: [update([])] } },
  ],
})
