import { RuleTester } from '../../testing/index.js'
import { neutralVenue } from './neutral-venue.js'

new RuleTester().run(neutralVenue, {
  valid: [
    { name: 'community centre and a cafe', snapshot: { sessions: [{ id: 'a', venue: { name: 'Centre', kind: 'community' } }, { id: 'b', venue: { name: 'Cafe', kind: 'neutral' } }] } },
    { name: 'online without a venue', snapshot: { sessions: [{ id: 'a', format: 'online' }] } },
  ],
  invalid: [
    { name: 'a board room', snapshot: { sessions: [{ id: 'a', venue: { name: 'Board room', kind: 'professional' } }] }, path: 'sessions[0].venue.kind', message: 'professional space' },
    { name: 'the service building, second session', snapshot: { sessions: [{ id: 'a', venue: { name: 'Hall', kind: 'community' } }, { id: 'b', venue: { name: 'Clinic', kind: 'service-premises' } }] }, path: 'sessions[1].venue.kind' },
  ],
  incomplete: [
    { name: 'no sessions', snapshot: {} },
    { name: 'an in-person session with no place', snapshot: { sessions: [{ id: 'a', format: 'in-person' }] }, path: 'sessions[0].venue' },
  ],
})
