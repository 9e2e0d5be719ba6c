import { RuleTester } from '../../testing/index.js'
import { expectationsClear } from './expectations-clear.js'

new RuleTester().run(expectationsClear, {
  valid: [{ name: 'outcomes and updates', snapshot: { initiative: { outcomes: { fixedInAdvance: false, description: 'Two changes.' }, communication: { updateEveryDays: 14 } } } }],
  invalid: [{ name: 'outcomes not described', snapshot: { initiative: { outcomes: { fixedInAdvance: false } } }, path: 'initiative.outcomes.description' }],
  incomplete: [
    { name: 'nothing said', snapshot: {} },
    { name: 'no promise of updates', snapshot: { initiative: { outcomes: { fixedInAdvance: false, description: 'Two changes.' } } }, path: 'initiative.communication.updateEveryDays' },
  ],
})
