import { RuleTester } from '../../testing/index.js'
import { explorationStage } from './exploration-stage.js'

new RuleTester().run(explorationStage, {
  valid: [
    { name: 'the default stages', snapshot: { initiative: { stages: [{ name: 'engagement' }, { name: 'exploration' }] } } },
    {
      name: "false fail: named in the group's own words",
      snapshot: {
        initiative: { stages: [{ name: 'Getting to know you' }, { name: 'Seeing it together', description: 'What do we see?' }] },
      },
    },
  ],
  invalid: [
    {
      name: 'false pass: straight from meeting to building',
      snapshot: { initiative: { stages: [{ name: 'kick-off' }, { name: 'build the app' }] } },
    },
  ],
  incomplete: [{ name: 'no stages', snapshot: {} }],
})
