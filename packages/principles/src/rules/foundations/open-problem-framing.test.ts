import { RuleTester } from '../../testing/index.js'
import { openProblemFraming } from './open-problem-framing.js'

new RuleTester().run(openProblemFraming, {
  valid: [
    { name: 'open question, open outcomes', snapshot: { initiative: { problemFraming: 'open', outcomes: { fixedInAdvance: false } } } },
  ],
  invalid: [
    { name: 'starts from a solution', snapshot: { initiative: { problemFraming: 'fixed' } }, path: 'initiative.problemFraming' },
    {
      name: 'false pass: called open, with the outcomes fixed in advance',
      snapshot: { initiative: { problemFraming: 'open', outcomes: { fixedInAdvance: true } } },
      path: 'initiative.outcomes.fixedInAdvance',
    },
  ],
  incomplete: [
    { name: 'plan does not say', snapshot: {}, message: 'does not say' },
    { name: 'false fail: open, and the outcomes not yet said', snapshot: { initiative: { problemFraming: 'open' } } },
  ],
})
