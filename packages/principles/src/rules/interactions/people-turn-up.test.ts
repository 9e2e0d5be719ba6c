import { RuleTester } from '../../testing/index.js'
import { peopleTurnUp } from './people-turn-up.js'

const members = [
  { id: 'm1', roles: ['lived-experience' as const] },
  { id: 'st', roles: ['practitioner' as const] },
]
const held = (id: string, attendees: { memberId: string; attended: boolean }[]) => ({
  id,
  title: `Session ${id}`,
  startsAt: '2026-03-01T10:00:00Z',
  attendees,
})

new RuleTester({ now: '2026-04-01T00:00:00Z' }).run(peopleTurnUp, {
  valid: [
    { name: 'they came', snapshot: { members, sessions: [held('a', [{ memberId: 'm1', attended: true }])] }, basis: 'record' },
    {
      name: 'false fail: old plain member ids still read as "came"',
      snapshot: { members, sessions: [{ ...held('a', []), attendees: ['m1'] }] },
    },
  ],
  invalid: [
    {
      name: 'false pass: only staff came',
      snapshot: {
        members,
        sessions: [
          held('a', [
            { memberId: 'm1', attended: false },
            { memberId: 'st', attended: true },
          ]),
        ],
      },
      message: 'are you doing the right thing',
      basis: 'record',
    },
    {
      name: 'one of two sessions empty',
      snapshot: { members, sessions: [held('a', [{ memberId: 'm1', attended: true }]), held('b', [{ memberId: 'm1', attended: false }])] },
      message: '1 session of 2',
    },
  ],
  incomplete: [{ name: 'held, attendance not recorded', snapshot: { members, sessions: [held('a', [])] } }],
  inapplicable: [{ name: 'nothing held yet', snapshot: { members, sessions: [{ id: 'a', startsAt: '2026-09-01T10:00:00Z' }] } }],
})
