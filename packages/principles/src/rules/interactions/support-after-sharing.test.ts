import { RuleTester } from '../../testing/index.js'
import { supportAfterSharing } from './support-after-sharing.js'

new RuleTester().run(supportAfterSharing, {
  valid: [
    { name: 'support after a story circle', snapshot: { sessions: [{ id: 'a', methods: ['Story circles'], supportAfter: true }] } },
    {
      name: 'false fail: a planning session is not a story session',
      snapshot: {
        sessions: [
          { id: 'a', title: 'Budget planning', supportAfter: false },
          { id: 'b', title: 'Telling our stories', supportAfter: true },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'false pass: a story session in the title only, with no support',
      snapshot: { sessions: [{ id: 'a', title: 'Sharing our stories with commissioners', supportAfter: false }] },
      message: '1 session',
    },
  ],
  incomplete: [{ name: 'not said', snapshot: { sessions: [{ id: 'a', methods: ['storytelling'] }] } }],
  inapplicable: [{ name: 'no story sessions', snapshot: { sessions: [{ id: 'a', methods: ['photovoice'] }] } }],
})
