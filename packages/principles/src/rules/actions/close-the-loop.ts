import { daysBetween, toTime } from '../../engine/snapshot-index.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

export const closeTheLoop = defineRule({
  meta: {
    id: 'close-the-loop',
    principles: ['trust-transparency', 'collaboration-mutuality', 'empowerment-voice-choice'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Mutuality and Impact',
    quote:
      'Share the learning and impact. Provide updates on how the research is going, its outcomes and impacts. If people are giving up their stories they want results.',
    docs: docsFor('close-the-loop'),
    description:
      'Checks that every piece of feedback gets a "you said, we did" update within the time promised in `communication.updateEveryDays`. "Not possible, because..." counts as an answer.',
    guidance:
      'Answer every piece of feedback with an update that links to it, within the time you promised. If you cannot do what was asked, say so and say why: "not possible, because..." is an answer. Silence is not.',
    path: 'feedback',
    messages: {
      'no-feedback': 'No feedback has been given yet.',
      unsaid: 'The plan does not say how soon people will hear back.',
      late: '{late} of {count} pieces of feedback had no answer within {days} days.',
      undated: 'The feedback has no dates, so the wait cannot be judged.',
      answered: 'Every piece of feedback was answered within {days} days.',
      'not-waiting': 'No feedback has waited more than {days} days for an answer.',
    },
    examples: {
      pass: plan({
        initiative: { communication: { updateEveryDays: 14 } },
        feedback: [{ id: 'f1', kind: 'idea', text: 'Open later.', createdAt: '2026-05-01T10:00:00Z' }],
        updates: [
          {
            id: 'u1',
            youSaid: 'Open later.',
            weDid: 'Not possible yet.',
            status: 'not-possible',
            reason: 'No staff after 6pm until June.',
            linkedFeedback: ['f1'],
            publishedAt: '2026-05-10T10:00:00Z',
          },
        ],
      }),
      fail: plan({
        initiative: { communication: { updateEveryDays: 14 } },
        feedback: [{ id: 'f1', kind: 'idea', text: 'Open later.', createdAt: '2026-03-01T10:00:00Z' }],
      }),
    },
  },
  check(snapshot, ctx) {
    if (snapshot.feedback.length === 0) return inapplicable('no-feedback')
    const every = snapshot.initiative.communication?.updateEveryDays
    if (every === undefined) return incomplete('unsaid', 'initiative.communication.updateEveryDays')
    const now = ctx.now.getTime()
    const late: number[] = []
    let answered = 0
    let undated = 0
    snapshot.feedback.forEach((feedback, i) => {
      const given = toTime(feedback.createdAt)
      if (given === undefined) {
        undated++
        return
      }
      let first: number | undefined
      for (const update of ctx.index.updatesByFeedback.get(feedback.id) ?? []) {
        if (update.status === 'not-possible' && !update.reason) continue
        const at = toTime(update.publishedAt)
        if (at !== undefined && (first === undefined || at < first)) first = at
      }
      if (first !== undefined && daysBetween(given, first) <= every) answered++
      else if (daysBetween(given, first ?? now) > every) late.push(i)
    })
    if (late.length) return fail('late', { late: late.length, count: snapshot.feedback.length, days: every }, `feedback[${late[0]}]`)
    if (undated === snapshot.feedback.length) return incomplete('undated')
    return pass(answered === snapshot.feedback.length - undated ? 'answered' : 'not-waiting', { days: every })
  },
})
