import { RuleTester } from '../../testing/index.js'
import { powerReflection } from './power-reflection.js'

const session = { id: 's1', startsAt: '2026-03-10T10:00:00Z' }

new RuleTester({ now: '2026-06-01T00:00:00Z' }).run(powerReflection, {
  valid: [
    {
      name: 'done before the first session',
      snapshot: { initiative: { powerReflection: { completedAt: '2026-03-01' } }, sessions: [session] },
    },
    { name: 'done, no sessions yet', snapshot: { initiative: { powerReflection: { completedAt: '2026-03-01' } } } },
  ],
  invalid: [
    {
      name: 'false pass: any date is not enough, a date still to come after sessions started',
      snapshot: { initiative: { powerReflection: { completedAt: '2026-12-01' } }, sessions: [session] },
      message: 'still to come',
    },
    {
      name: 'done after the first session',
      snapshot: { initiative: { powerReflection: { completedAt: '2026-04-01' } }, sessions: [session] },
      path: 'initiative.powerReflection.completedAt',
    },
  ],
  incomplete: [
    {
      name: 'false fail: sessions started and the plan does not say (a missing fact, not a failure)',
      snapshot: { sessions: [session] },
      message: 'Sessions have started',
    },
    { name: 'nothing said, nothing started', snapshot: {} },
    { name: 'first session still to come', snapshot: { sessions: [{ id: 's1', startsAt: '2026-09-10T10:00:00Z' }] } },
  ],
})
