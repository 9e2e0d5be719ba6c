import { RuleTester } from '../../testing/index.js'
import { groundRulesTogether } from './ground-rules-together.js'

new RuleTester().run(groundRulesTogether, {
  valid: [{ name: 'decided together', snapshot: { initiative: { agreements: [{ text: 'We listen.', decidedTogether: true }, { text: 'Start on time.', decidedTogether: false }] } } }],
  invalid: [
    { name: 'set by staff', snapshot: { initiative: { agreements: [{ text: 'Keep to the agenda.', decidedTogether: false }] } }, message: 'set by staff' },
    { name: 'an empty list', snapshot: { initiative: { agreements: [] } }, message: 'no ground rules' },
  ],
  incomplete: [{ name: 'not said', snapshot: {} }],
})
