import { RuleTester } from '../../testing/index.js'
import { externalFacilitator } from './external-facilitator.js'

const staff = { name: 'Service manager', external: false }

new RuleTester().run(externalFacilitator, {
  valid: [
    {
      name: 'an outside facilitator for one of two',
      snapshot: {
        sessions: [
          { id: 'a', facilitator: { name: 'Rowan', external: true } },
          { id: 'b', facilitator: staff },
        ],
      },
    },
    {
      name: 'false fail: people with lived experience lead the session themselves',
      snapshot: { sessions: [{ id: 'a', facilitator: staff, conversation: 'lived-experience-led' }] },
    },
  ],
  invalid: [
    {
      name: 'false pass: staff guide every session, even two-way ones',
      snapshot: {
        sessions: [
          { id: 'a', facilitator: staff, conversation: 'two-way' },
          { id: 'b', facilitator: staff },
        ],
      },
      message: 'all 2 sessions',
    },
  ],
  incomplete: [{ name: 'not said', snapshot: { sessions: [{ id: 'a' }] } }],
  inapplicable: [{ name: 'no sessions', snapshot: {} }],
})
