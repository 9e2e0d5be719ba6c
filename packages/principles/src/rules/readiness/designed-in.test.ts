import { RuleTester } from '../../testing/index.js'
import { designedIn } from './designed-in.js'

const year = { timeline: { start: '2026-01-01', end: '2026-12-31' } }
const members = [
  { id: 'm1', roles: ['lived-experience' as const] },
  { id: 'st', roles: ['practitioner' as const] },
]

new RuleTester().run(designedIn, {
  valid: [
    { name: 'from the start', snapshot: { initiative: year, sessions: [{ id: 'a', startsAt: '2026-01-20T10:00:00Z' }] } },
    {
      name: 'false fail: a late staff session does not matter when people came early',
      snapshot: {
        initiative: year,
        members,
        sessions: [
          { id: 'a', startsAt: '2026-02-01T10:00:00Z', attendees: [{ memberId: 'm1', attended: true }] },
          { id: 'b', startsAt: '2026-11-01T10:00:00Z', attendees: [{ memberId: 'st', attended: true }] },
        ],
      },
      basis: 'record',
    },
  ],
  invalid: [
    { name: 'brought in at the end', snapshot: { initiative: year, sessions: [{ id: 'a', startsAt: '2026-11-20T10:00:00Z' }] } },
    {
      name: 'false pass: an early session only staff came to',
      snapshot: {
        initiative: year,
        members,
        sessions: [
          {
            id: 'a',
            startsAt: '2026-01-10T10:00:00Z',
            attendees: [
              { memberId: 'st', attended: true },
              { memberId: 'm1', attended: false },
            ],
          },
          { id: 'b', startsAt: '2026-10-01T10:00:00Z', attendees: [{ memberId: 'm1', attended: true }] },
        ],
      },
      basis: 'record',
    },
  ],
  incomplete: [{ name: 'no timeline', snapshot: { sessions: [{ id: 'a', startsAt: '2026-01-20T10:00:00Z' }] } }],
})
