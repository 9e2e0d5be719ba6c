import { RuleTester } from '../../testing/index.js'
import { accessAndChildcare } from './access-and-childcare.js'

const venue = { name: 'Library', kind: 'community' as const, access: ['step-free'] }
const asha = { id: 'm1', displayName: 'Asha', roles: ['lived-experience' as const], accessNeeds: ['Childcare'] }
const bilal = { id: 'm2', displayName: 'Bilal', roles: ['lived-experience' as const], accessNeeds: [] }

new RuleTester().run(accessAndChildcare, {
  valid: [
    {
      name: 'everything offered, people asked',
      snapshot: { members: [asha], sessions: [{ id: 'a', childcare: true, travelSupport: true, venue }] },
      basis: 'statement',
    },
    {
      name: 'false fail: no childcare, but everyone was asked and no one needs it',
      snapshot: { members: [bilal], sessions: [{ id: 'a', childcare: false, travelSupport: false, venue }] },
    },
    {
      name: 'childcare and travel costs paid back count as offered',
      snapshot: {
        initiative: { paymentPolicy: { method: 'cash', expenses: ['child care', 'bus fares'] } },
        members: [asha],
        sessions: [{ id: 'a', childcare: false, venue }],
      },
    },
  ],
  invalid: [
    {
      name: 'no childcare where someone needs it',
      snapshot: { members: [asha], sessions: [{ id: 'a', title: 'Story circle', childcare: false, travelSupport: true, venue }] },
      message: 'no childcare (Asha needs it)',
      basis: 'statement',
    },
    {
      name: 'no travel help, people not all asked',
      snapshot: {
        members: [asha, { id: 'm3', roles: ['lived-experience'] }],
        sessions: [{ id: 'a', childcare: true, travelSupport: false, venue }],
      },
      message: 'no help with travel',
    },
    {
      name: 'false pass: the plan offers nothing on childcare, and the attendance shows the person who needs it missed the session',
      snapshot: {
        members: [asha, bilal],
        sessions: [
          {
            id: 'a',
            title: 'Story circle',
            heldAt: '2026-03-01T12:00:00Z',
            travelSupport: true,
            venue,
            attendees: [
              { memberId: 'm1', attended: false },
              { memberId: 'm2', attended: true },
            ],
          },
        ],
      },
      basis: 'record',
      message: 'Asha (needs childcare) missed 1 session',
    },
  ],
  incomplete: [
    { name: 'no sessions', snapshot: {} },
    {
      name: 'childcare not said, and someone needs it',
      snapshot: { members: [asha], sessions: [{ id: 'a', travelSupport: true, venue }] },
      message: 'childcare',
      basis: 'none',
    },
    {
      name: 'no one asked what they need',
      snapshot: {
        members: [{ id: 'm3', roles: ['lived-experience'] }],
        sessions: [{ id: 'a', childcare: true, travelSupport: true, venue }],
      },
      path: 'members',
    },
  ],
  inapplicable: [{ name: 'online only', snapshot: { sessions: [{ id: 'a', format: 'online' }] } }],
})
