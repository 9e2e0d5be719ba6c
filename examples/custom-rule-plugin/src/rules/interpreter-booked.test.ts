import { RuleTester } from '@coproduce/principles/testing'
import { interpreterBooked } from './interpreter-booked.js'

const needsBsl = [{ id: 'm-1', accessNeeds: ['BSL interpreter'] }]

new RuleTester().run(interpreterBooked, {
  valid: [
    {
      name: 'every session has an interpreter booked',
      snapshot: {
        members: needsBsl,
        sessions: [
          { id: 's-1', venue: { name: 'Library', kind: 'community', access: ['BSL interpreter'] } },
          { id: 's-2', venue: { name: 'Cafe', kind: 'neutral', access: ['step-free', 'sign language interpreter'] } },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'the second session has none',
      snapshot: {
        members: needsBsl,
        sessions: [
          { id: 's-1', venue: { name: 'Library', kind: 'community', access: ['BSL interpreter'] } },
          { id: 's-2', venue: { name: 'Cafe', kind: 'neutral', access: ['step-free'] } },
        ],
      },
      path: 'sessions[1].venue.access',
      message: 'none is booked',
    },
  ],
  incomplete: [
    { name: 'no sessions planned yet', snapshot: { members: needsBsl } },
    { name: 'a session without a venue', snapshot: { members: needsBsl, sessions: [{ id: 's-1' }] }, path: 'sessions[0].venue' },
  ],
  inapplicable: [
    { name: 'nobody needs an interpreter', snapshot: { members: [{ id: 'm-1', accessNeeds: ['step-free'] }], sessions: [{ id: 's-1' }] } },
    { name: 'no members yet', snapshot: {} },
  ],
})
