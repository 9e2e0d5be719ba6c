import { RuleTester } from '../../testing/index.js'
import { aimsAgreedTogether } from './aims-agreed-together.js'

new RuleTester().run(aimsAgreedTogether, {
  valid: [
    { name: 'agreed with a lived experience member', snapshot: { initiative: { aims: { text: 'Aim', agreedWith: ['m1'] } }, members: [{ id: 'm1', roles: ['lived-experience'] }] } },
    { name: 'agreed with a named group', snapshot: { initiative: { aims: { text: 'Aim', agreedWith: ['Thursday women\'s group'] } } } },
  ],
  invalid: [
    { name: 'nobody named', snapshot: { initiative: { aims: { text: 'Aim' } } }, message: 'does not say who' },
    { name: 'only staff', snapshot: { initiative: { aims: { text: 'Aim', agreedWith: ['s1'] } }, members: [{ id: 's1', roles: ['practitioner'] }] }, message: 'only by staff' },
  ],
  incomplete: [{ name: 'no aims yet', snapshot: {} }],
})
