import { RuleTester } from '../../testing/index.js'
import { accessAndChildcare } from './access-and-childcare.js'

const venue = { name: 'Library', kind: 'community' as const, access: ['step-free'] }

new RuleTester().run(accessAndChildcare, {
  valid: [{ name: 'everything offered', snapshot: { sessions: [{ id: 'a', childcare: true, travelSupport: true, venue }] } }],
  invalid: [
    { name: 'no childcare', snapshot: { sessions: [{ id: 'a', childcare: false, travelSupport: true, venue }] }, path: 'sessions[0]', message: 'no childcare' },
    { name: 'no travel help', snapshot: { sessions: [{ id: 'a', childcare: true, travelSupport: false, venue }] }, message: 'no help with travel' },
  ],
  incomplete: [
    { name: 'no sessions', snapshot: {} },
    { name: 'childcare not said', snapshot: { sessions: [{ id: 'a', travelSupport: true, venue }] }, message: 'childcare' },
    { name: 'access not listed', snapshot: { sessions: [{ id: 'a', childcare: true, travelSupport: true, venue: { name: 'Hall', kind: 'community' } }] }, message: 'easy to use' },
  ],
  inapplicable: [{ name: 'online only', snapshot: { sessions: [{ id: 'a', format: 'online' }] } }],
})
