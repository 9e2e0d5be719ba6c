import { RuleTester } from '../../testing/index.js'
import { openProblemFraming } from './open-problem-framing.js'

new RuleTester().run(openProblemFraming, {
  valid: [{ name: 'open question', snapshot: { initiative: { problemFraming: 'open' } } }],
  invalid: [
    { name: 'starts from a solution', snapshot: { initiative: { problemFraming: 'fixed' } }, path: 'initiative.problemFraming' },
  ],
  incomplete: [{ name: 'plan does not say', snapshot: {}, message: 'does not say' }],
})
