import { RuleTester } from '../../testing/index.js'
import { genderSpecificSpace } from './gender-specific-space.js'

const asks = (need: string) => [{ id: 'm1', displayName: 'Joy', roles: ['lived-experience' as const], accessNeeds: [need] }]

new RuleTester().run(genderSpecificSpace, {
  valid: [
    {
      name: 'a women-only session',
      snapshot: {
        members: asks('Women-only space'),
        sessions: [
          { id: 'a', space: 'mixed' },
          { id: 'b', space: 'women-only' },
        ],
      },
    },
    {
      name: 'false fail: written "women only group"',
      snapshot: { members: asks('women only group'), sessions: [{ id: 'a', space: 'women-only' }] },
    },
  ],
  invalid: [
    {
      name: 'false pass: a men-only session does not meet a need for a women-only one',
      snapshot: { members: asks('women-only space'), sessions: [{ id: 'a', space: 'men-only' }] },
      message: 'Joy',
    },
  ],
  inapplicable: [{ name: 'nobody asked', snapshot: { members: asks('step-free'), sessions: [{ id: 'a' }] } }],
})
