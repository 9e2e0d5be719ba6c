import { RuleTester } from '../../testing/index.js'
import { accessNeedsMatched } from './access-needs-matched.js'

const dave = { id: 'm1', displayName: 'Dave', roles: ['lived-experience' as const], accessNeeds: ['Step-free', 'quiet room'] }
const hall = (access: string[]) => ({ name: 'Hall', kind: 'community' as const, access })

new RuleTester().run(accessNeedsMatched, {
  valid: [
    {
      name: 'false fail: the same need written differently ("Step-free" and "step free")',
      snapshot: { members: [dave], sessions: [{ id: 's1', venue: hall(['step free', 'Quiet room', 'hearing loop']) }] },
    },
    {
      name: 'only the sessions the person is expected at count',
      snapshot: {
        members: [dave, { id: 'm2', roles: ['lived-experience'], accessNeeds: [] }],
        sessions: [
          { id: 's1', venue: hall(['lift']), attendees: [{ memberId: 'm2', attended: true }] },
          { id: 's2', venue: hall(['step-free', 'quiet room']) },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'false pass: two booleans and a lift do not meet a need for a quiet room',
      snapshot: {
        members: [dave],
        sessions: [{ id: 's1', title: 'Story circle', childcare: true, travelSupport: true, venue: hall(['lift', 'step-free']) }],
      },
      message: 'quiet room for Dave',
    },
  ],
  incomplete: [
    {
      name: 'needs not asked',
      snapshot: { members: [{ id: 'm1', roles: ['lived-experience'] }], sessions: [{ id: 's1', venue: hall(['lift']) }] },
    },
    { name: 'places do not say what they offer', snapshot: { members: [dave], sessions: [{ id: 's1', venue: hall([]) }] } },
  ],
  inapplicable: [{ name: 'online only', snapshot: { members: [dave], sessions: [{ id: 's1', format: 'online' }] } }],
})
