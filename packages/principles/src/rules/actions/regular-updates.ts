import { daysBetween, toTime } from '../../engine/snapshot-index.js'
import { hasBegun } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

/** A little slack on the promise before a gap counts as broken. */
const GRACE = 1.5

export const regularUpdates = defineRule({
  meta: {
    id: 'regular-updates',
    principles: ['trust-transparency', 'collaboration-mutuality'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Mutuality and Impact',
    quote: 'Share the learning and impact. Provide updates on how the research is going, its outcomes and impacts.',
    docs: docsFor('regular-updates'),
    description:
      'Reads the updates actually published: checks that news went out as often as promised (`communication.updateEveryDays`), from the start of the work to today, even when nobody has given feedback.',
    guidance:
      'Send news on how the work is going and what it has changed as often as you promised, whether or not anyone has asked. A short "nothing has changed yet, here is why" keeps trust.',
    path: 'updates',
    messages: {
      unsaid: 'The plan does not say how often people will get news.',
      planned: 'News is planned at least every {days} days.',
      'unsaid-begun': 'The plan does not say how often people will get news, so the gaps cannot be judged.',
      'no-start': 'The plan does not say when the work started.',
      'long-wait': 'News was promised every {days} days, and the longest wait for news was {longest} days.',
      'none-sent': 'News was promised every {days} days, and none has gone out in the {since} days since the work began.',
      kept: 'News has gone out as promised, at least every {days} days ({count} updates).',
    },
    examples: {
      pass: plan({
        initiative: { timeline: { start: '2026-05-01' }, communication: { updateEveryDays: 30 } },
        updates: [{ id: 'u1', youSaid: 'You asked for later opening.', weDid: 'We are trying it.', publishedAt: '2026-05-25T10:00:00Z' }],
      }),
      fail: plan({ initiative: { timeline: { start: '2026-01-01' }, communication: { updateEveryDays: 30 } } }),
    },
  },
  check(snapshot, ctx) {
    const every = snapshot.initiative.communication?.updateEveryDays
    if (!hasBegun(snapshot, ctx.now)) return every === undefined ? incomplete('unsaid') : pass('planned', { days: every })
    if (every === undefined) return incomplete('unsaid-begun')
    const start = toTime(snapshot.initiative.timeline?.start) ?? ctx.index.firstSessionAt
    if (start === undefined) return incomplete('no-start', 'initiative.timeline.start')
    const now = ctx.now.getTime()
    const published = snapshot.updates
      .map((u) => toTime(u.publishedAt))
      .filter((t): t is number => t !== undefined && t <= now)
      .sort((a, b) => a - b)
    const points = [start, ...published, now]
    let longest = 0
    for (let i = 1; i < points.length; i++) longest = Math.max(longest, daysBetween(points[i - 1] ?? start, points[i] ?? now))
    const result =
      longest > every * GRACE
        ? published.length
          ? fail('long-wait', { days: every, longest: Math.round(longest) })
          : fail('none-sent', { days: every, since: Math.round(daysBetween(start, now)) })
        : pass('kept', { days: every, count: published.length })
    return { ...result, basis: 'record' }
  },
})
