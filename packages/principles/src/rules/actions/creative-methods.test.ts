import { RuleTester } from '../../testing/index.js'
import { creativeMethods } from './creative-methods.js'

new RuleTester().run(creativeMethods, {
  valid: [
    { name: 'on the initiative', snapshot: { initiative: { methods: ['Photovoice'] } } },
    { name: 'false fail: plurals and two-word methods', snapshot: { initiative: { methods: ['Story circles', 'shared meals'] } } },
    { name: 'on a session only', snapshot: { initiative: { methods: ['survey'] }, sessions: [{ id: 'a', methods: ['community walk'] }] } },
  ],
  invalid: [
    {
      name: 'only reports and meetings',
      snapshot: { initiative: { methods: ['board meeting', 'written report', 'survey'] } },
      message: 'reading or writing',
    },
    {
      name: 'false pass: planning and reporting words that start like creative ones',
      snapshot: {
        initiative: {
          methods: [
            'project timeline review',
            'cost modelling',
            'article for the newsletter',
            'drawdown planning',
            'mapping of services'.replace('mapping', 'map-reading'),
          ],
        },
      },
    },
  ],
  incomplete: [{ name: 'no methods', snapshot: {} }],
})
