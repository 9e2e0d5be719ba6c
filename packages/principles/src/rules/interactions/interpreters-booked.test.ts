import { RuleTester } from '../../testing/index.js'
import { interpretersBooked } from './interpreters-booked.js'

const amira = { id: 'm1', displayName: 'Amira', roles: ['lived-experience' as const], languages: ['Urdu'] }
const joy = { id: 'm2', displayName: 'Joy', roles: ['lived-experience' as const] }

new RuleTester().run(interpretersBooked, {
  valid: [
    { name: 'booked', snapshot: { members: [amira], sessions: [{ id: 'a', interpreting: ['urdu'] }] } },
    {
      name: 'false fail: Amira is not expected at the session without interpreting',
      snapshot: {
        members: [amira, joy],
        sessions: [
          { id: 'a', interpreting: ['Urdu'] },
          { id: 'b', attendees: [{ memberId: 'm2', attended: true }] },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'false pass: interpreting in another language',
      snapshot: { members: [amira], sessions: [{ id: 'a', title: 'Meeting the commissioners', interpreting: ['Polish'] }] },
      message: 'Urdu for Amira',
    },
  ],
  incomplete: [{ name: 'nobody listed', snapshot: { sessions: [{ id: 'a' }] } }],
  inapplicable: [{ name: 'no one needs another language', snapshot: { members: [joy], sessions: [{ id: 'a' }] } }],
})
