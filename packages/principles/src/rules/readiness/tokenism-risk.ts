import { phrase, untilOf, weeksOf } from '../../messages/common.js'
import { assessPayPolicy } from '../../facts/pay.js'
import { daysAvailable, TIGHT_DAYS } from '../../facts/timing.js'
import type { InitiativeSnapshot } from '@coproduce/core'

/** The timeline has both ends, so its length is known rather than the time left. */
const index = (s: InitiativeSnapshot): boolean => !!(s.initiative.timeline?.start && s.initiative.timeline?.end)
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

export const tokenismRisk = defineRule({
  meta: {
    id: 'tokenism-risk',
    principles: ['safety', 'trust-transparency', 'empowerment-voice-choice'],
    stage: 'readiness',
    severity: 'error',
    source: 'Why not to? (For organisations)',
    quote:
      "If you're required to produce something very specific and have a tight timeframe, then there is an increased likelihood that the co-production process that you do undertake will be (and will feel to the co-producers with lived experience) tokenistic and actually produce a net harm.",
    docs: docsFor('tokenism-risk'),
    description: `Checks for the mix the briefing warns "produces a net harm": something very specific to produce (outcomes fixed in advance) and a tight timeframe (under ${TIGHT_DAYS / 7} weeks, with a deadline that cannot move). Fair pay does not make up for it.`,
    guidance:
      'Do not call this co-production yet. Either make room (open up the outcomes, move the deadline, pay people fairly) or be honest that this is consultation, and say so to the people you ask. Co-production that is rushed and squeezed does more harm than good.',
    path: 'initiative.outcomes.fixedInAdvance',
    messages: {
      open: 'The outcomes are not fixed in advance, so people can shape what the work produces.',
      'fixed-no-end': 'The outcomes are fixed in advance, and the plan does not say when the work must end.',
      unknown: 'The plan does not say if the outcomes are fixed or when the work must end.',
      'span-only': 'only {weeks}',
      'span-deadline': 'a deadline {until}',
      'span-deadline-passed': 'a deadline that {until}',
      'fixed-room': 'The outcomes are fixed, but the work has {weeks}: time for people to shape how it is done.',
      'fixed-unknown': 'The plan does not say if the outcomes are fixed in advance.',
      'fixed-movable': 'The outcomes are fixed and the plan gives {span}, but the end date can move. Move it before you start.',
      'tight-unknown': 'The work has {span}, and the plan does not say if the outcomes are fixed.',
      harm: 'The work must produce something fixed in advance, with {span}. The briefing warns this is very likely to feel tokenistic and do harm. Do not call this co-production yet.',
      'harm-unfair':
        'The work must produce something fixed in advance, with {span}. The briefing warns this is very likely to feel tokenistic and do harm. On top of that, {pay}. Do not call this co-production yet.',
      'harm-fair':
        'The work must produce something fixed in advance, with {span}. The briefing warns this is very likely to feel tokenistic and do harm. Fair pay does not change this. Do not call this co-production yet.',
    },
    examples: {
      pass: plan({
        initiative: {
          outcomes: { fixedInAdvance: false },
          timeline: { start: '2026-01-01', end: '2026-12-31', deadlineFixed: false },
          paymentPolicy: { method: 'cash', hourlyRate: 14, currency: 'GBP' },
        },
      }),
      fail: plan({
        initiative: {
          outcomes: { fixedInAdvance: true, description: 'Approve the new service model.' },
          timeline: { start: '2026-03-02', end: '2026-03-16', deadlineFixed: true },
          paymentPolicy: { method: 'none' },
        },
      }),
    },
  },
  check(snapshot, ctx) {
    const { outcomes, timeline, paymentPolicy } = snapshot.initiative
    const fixed = outcomes?.fixedInAdvance
    const days = daysAvailable(snapshot, ctx.index, ctx.now)
    const pay = assessPayPolicy(paymentPolicy, ctx.livingWage)
    if (fixed === false) return pass('open')
    if (days === undefined) {
      return fixed === true ? incomplete('fixed-no-end', 'initiative.timeline') : incomplete('unknown')
    }
    const span = index(snapshot)
      ? phrase('span-only', { weeks: weeksOf(days) })
      : phrase(days < 0 ? 'span-deadline-passed' : 'span-deadline', { until: untilOf(days) })
    if (days >= TIGHT_DAYS) return fixed === true ? pass('fixed-room', { weeks: weeksOf(days) }) : incomplete('fixed-unknown')
    if (timeline?.deadlineFixed === false)
      return fixed === true ? incomplete('fixed-movable', { span }, 'initiative.timeline.deadlineFixed') : incomplete('fixed-unknown')
    if (fixed === undefined) return incomplete('tight-unknown', { span })
    if (pay.verdict === 'unfair') return fail('harm-unfair', { span, pay: pay.problems[0]?.short ?? phrase('common/pay-unfair') })
    return fail(pay.verdict === 'fair' ? 'harm-fair' : 'harm', { span })
  },
})
