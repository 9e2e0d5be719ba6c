import { RuleTester } from '../../testing/index.js'
import { twoWaySessions } from './two-way-sessions.js'

new RuleTester().run(twoWaySessions, {
  valid: [{ name: 'two-way and led by lived experience', snapshot: { sessions: [{ id: 'a', conversation: 'two-way' }, { id: 'b', conversation: 'lived-experience-led' }] } }],
  invalid: [{ name: 'a staff-led session', snapshot: { sessions: [{ id: 'a', conversation: 'two-way' }, { id: 'b', conversation: 'staff-led' }] }, path: 'sessions[1].conversation' }],
  incomplete: [
    { name: 'no sessions', snapshot: {} },
    { name: 'not said', snapshot: { sessions: [{ id: 'a' }] }, path: 'sessions[0].conversation' },
  ],
})
