import { weeksOf } from '../../messages/common.js'
import { toTime } from '../../engine/snapshot-index.js'
import { hasAttendance, livedExperienceWhoCame } from '../../facts/evidence.js'
import { daysBetween } from '../../engine/snapshot-index.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

export const designedIn = defineRule({
  meta: {
    id: 'designed-in',
    principles: ['collaboration-mutuality', 'empowerment-voice-choice'],
    stage: 'readiness',
    severity: 'warning',
    source: 'Why not to? (For organisations): Institutional',
    quote:
      "Co-production is often framed as less valuable than 'work' and is therefore not designed-in to processes but instead seen as something to stick on.",
    docs: docsFor('designed-in'),
    description:
      'Checks that people with lived experience are part of the work from its first half, not brought in near the end to approve what is already done.',
    guidance:
      'Bring people with lived experience in at the start, when the question is still open, and keep them in every stage. If the work is nearly done, be honest that this is consultation, and plan the next piece of work together from the start.',
    path: 'sessions',
    messages: {
      'no-timeline': 'The plan does not say when the work starts and ends.',
      'no-date': 'No session with people with lived experience has a date yet.',
      late: 'People with lived experience first meet {weeks} before the end, after more than half the work is done. That is sticking co-production on, not designing it in.',
      'first-quarter': 'People with lived experience are part of the work from its first quarter.',
      'first-half': 'People with lived experience are part of the work from its first half.',
    },
    examples: {
      pass: plan({
        initiative: { timeline: { start: '2026-01-01', end: '2026-12-31' } },
        sessions: [{ id: 's1', startsAt: '2026-01-20T10:00:00Z' }],
      }),
      fail: plan({
        initiative: { timeline: { start: '2026-01-01', end: '2026-12-31' } },
        sessions: [{ id: 's1', startsAt: '2026-12-01T10:00:00Z' }],
      }),
    },
  },
  check(snapshot, ctx) {
    const start = toTime(snapshot.initiative.timeline?.start)
    const end = toTime(snapshot.initiative.timeline?.end)
    if (start === undefined || end === undefined || end <= start) return incomplete('no-timeline', 'initiative.timeline')
    const attended = ctx.index.sessionsByTime.filter((s) => hasAttendance(s))
    const withPeople = attended.find((s) => livedExperienceWhoCame(s, ctx.index).length > 0)
    const first = withPeople ?? (attended.length ? undefined : ctx.index.sessionsByTime[0])
    const at = toTime(first?.startsAt)
    if (at === undefined) return incomplete('no-date')
    const share = (at - start) / (end - start)
    const basis = withPeople ? 'record' : 'statement'
    if (share > 0.5)
      return {
        ...fail('late', { weeks: weeksOf(daysBetween(at, end)) }),
        basis,
      }
    return { ...pass(share < 0.25 ? 'first-quarter' : 'first-half'), basis }
  },
})
