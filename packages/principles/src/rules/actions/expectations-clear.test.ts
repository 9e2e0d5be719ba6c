import { RuleTester } from '../../testing/index.js'
import { expectationsClear } from './expectations-clear.js'

new RuleTester().run(expectationsClear, {
  valid: [
    {
      name: 'false fail: weekly news on a three-week project',
      snapshot: {
        initiative: {
          outcomes: { fixedInAdvance: false, description: 'Two changes.' },
          timeline: { start: '2026-05-01', end: '2026-05-22' },
          communication: { updateEveryDays: 7 },
        },
      },
    },
    {
      name: 'outcomes and updates',
      snapshot: {
        initiative: { outcomes: { fixedInAdvance: false, description: 'Two changes.' }, communication: { updateEveryDays: 14 } },
      },
    },
  ],
  invalid: [
    {
      name: 'false pass: news once a year on a three-week project',
      snapshot: {
        initiative: {
          outcomes: { fixedInAdvance: false, description: 'Two changes.' },
          timeline: { start: '2026-05-01', end: '2026-05-22' },
          communication: { updateEveryDays: 366 },
        },
      },
      message: 'only every 366 days',
    },
    {
      name: 'outcomes not described',
      snapshot: { initiative: { outcomes: { fixedInAdvance: false } } },
      path: 'initiative.outcomes.description',
    },
  ],
  incomplete: [
    { name: 'nothing said', snapshot: {} },
    {
      name: 'no promise of updates',
      snapshot: { initiative: { outcomes: { fixedInAdvance: false, description: 'Two changes.' } } },
      path: 'initiative.communication.updateEveryDays',
    },
  ],
})
