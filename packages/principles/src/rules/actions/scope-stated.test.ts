import { RuleTester } from '../../testing/index.js'
import { scopeStated } from './scope-stated.js'

new RuleTester().run(scopeStated, {
  valid: [
    { name: 'both lists', snapshot: { initiative: { scope: { negotiable: ['Times'], nonNegotiable: ['Budget'] } } } },
    { name: 'nothing fixed', snapshot: { initiative: { scope: { negotiable: ['Everything'] } } } },
  ],
  invalid: [
    { name: 'only what is fixed', snapshot: { initiative: { scope: { nonNegotiable: ['All of it'] } } }, path: 'initiative.scope.negotiable', message: 'only what is fixed' },
    { name: 'two empty lists', snapshot: { initiative: { scope: {} } }, message: 'does not list anything' },
  ],
  incomplete: [{ name: 'no scope', snapshot: {} }],
})
