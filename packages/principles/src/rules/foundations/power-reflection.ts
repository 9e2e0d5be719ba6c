import { defineRule } from '../../types.js'
import { toTime } from '../../engine/snapshot-index.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const PATH = 'initiative.powerReflection'

export const powerReflection = defineRule({
  meta: {
    id: 'power-reflection',
    principles: ['safety', 'trust-transparency', 'cultural-historical-gender'],
    stage: 'foundations',
    severity: 'warning',
    source: 'Foundations: Know your power',
    quote: 'You should think about power imbalances before embarking on the work.',
    docs: docsFor('power-reflection'),
    description: 'Checks that staff looked at their own power, attitudes and fears before the first session, and wrote down when.',
    guidance:
      "Before the first session, take time as a staff team to talk about the power you hold over people's access to help, and your own fears and assumptions. Write down the day you did it.",
    inPlanFile: 'The day, in `powerReflection.completedAt` on the initiative.',
    path: PATH,
    messages: {
      'started-unknown': 'Sessions have started, and the plan does not say when staff thought about their power.',
      unknown: 'The plan does not yet say when staff will think about their power.',
      'still-to-come':
        'Sessions have started, and the date given for thinking about power is still to come. It needs to come before the first session.',
      after: 'Staff thought about their power only after the first session. It needs to come before.',
      before: 'Staff thought about their power before the work began.',
    },
    examples: {
      pass: plan({
        initiative: { powerReflection: { completedAt: '2026-03-01', notes: 'We talked about who holds the keys to support.' } },
        sessions: [{ id: 's1', startsAt: '2026-03-10T10:00:00Z' }],
      }),
      fail: plan({
        initiative: { powerReflection: { completedAt: '2026-04-01' } },
        sessions: [{ id: 's1', startsAt: '2026-03-10T10:00:00Z' }],
      }),
    },
  },
  check(snapshot, ctx) {
    const done = toTime(snapshot.initiative.powerReflection?.completedAt)
    const first = ctx.index.firstSessionAt
    const started = first !== undefined && first <= ctx.now.getTime()
    if (done === undefined) {
      if (started) return incomplete('started-unknown')
      return incomplete('unknown')
    }
    if (done > ctx.now.getTime() && started) return fail('still-to-come', `${PATH}.completedAt`)
    if (first !== undefined && done > first) return fail('after', `${PATH}.completedAt`)
    return pass('before')
  },
})
