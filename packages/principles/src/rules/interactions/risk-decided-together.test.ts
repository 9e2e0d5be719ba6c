import { RuleTester } from '../../testing/index.js'
import { riskDecidedTogether } from './risk-decided-together.js'

new RuleTester().run(riskDecidedTogether, {
  valid: [{ name: 'all together', snapshot: { initiative: { riskDecisions: [{ topic: 'Ethics', decision: 'We ask before we record.', decidedTogether: true }] } } }],
  invalid: [
    {
      name: 'one made by staff',
      snapshot: { initiative: { riskDecisions: [{ topic: 'Ethics', decision: 'Ask first.', decidedTogether: true }, { topic: 'Lone working', decision: 'Staff only.', decidedTogether: false }] } },
      path: 'initiative.riskDecisions[1].decidedTogether',
      message: 'Lone working',
    },
  ],
  incomplete: [{ name: 'none recorded', snapshot: {} }, { name: 'an empty list', snapshot: { initiative: { riskDecisions: [] } } }],
})
