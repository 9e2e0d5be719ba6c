import { RuleTester } from '../../testing/index.js'
import { environmentChosenTogether } from './environment-chosen-together.js'

const venue = (chosenBy?: 'group' | 'staff') => ({
  name: 'Holbeck Community Centre',
  kind: 'community' as const,
  ...(chosenBy ? { chosenBy } : {}),
})

new RuleTester().run(environmentChosenTogether, {
  valid: [
    {
      name: 'the group chose',
      snapshot: {
        sessions: [
          { id: 's1', venue: venue('group') },
          { id: 's2', venue: venue('group') },
        ],
      },
    },
    {
      name: 'false fail: an online call needs no place chosen',
      snapshot: {
        sessions: [
          { id: 's1', venue: venue('group') },
          { id: 's2', format: 'online' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'false pass: a community centre staff picked is still chosen for people',
      snapshot: { sessions: [{ id: 's1', title: 'Meet up', venue: venue('staff') }] },
      message: 'Staff chose the place for 1 session',
    },
  ],
  incomplete: [{ name: 'nobody says who chose', snapshot: { sessions: [{ id: 's1', venue: venue() }] } }],
  inapplicable: [{ name: 'no places yet', snapshot: {} }],
})
