import { RuleTester } from '../../testing/index.js'
import { creativeMethods } from './creative-methods.js'

new RuleTester().run(creativeMethods, {
  valid: [
    { name: 'on the initiative', snapshot: { initiative: { methods: ['Photovoice'] } } },
    { name: 'on a session only', snapshot: { initiative: { methods: ['survey'] }, sessions: [{ id: 'a', methods: ['community walk'] }] } },
  ],
  invalid: [{ name: 'only reports and meetings', snapshot: { initiative: { methods: ['board meeting', 'written report', 'survey'] } }, message: 'reading or writing' }],
  incomplete: [{ name: 'no methods', snapshot: {} }],
})
