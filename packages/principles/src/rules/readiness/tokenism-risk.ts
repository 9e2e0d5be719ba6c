import { assessPayPolicy } from '../../facts/pay.js'
import { daysAvailable, TIGHT_DAYS, weeks } from '../../facts/timing.js'
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
      'If you\'re required to produce something very specific and have a tight timeframe, then there is an increased likelihood that the co-production process that you do undertake will be (and will feel to the co-producers with lived experience) tokenistic and actually produce a net harm.',
    docs: docsFor('tokenism-risk'),
    description: `Checks for the mix the briefing warns "produces a net harm": outcomes fixed in advance, a fixed deadline under ${TIGHT_DAYS / 7} weeks away, and people not paid fairly for their time (no pay, vouchers with no reason, or less than the living wage).`,
    guidance:
      'Do not call this co-production yet. Either make room (open up the outcomes, move the deadline, pay people fairly) or be honest that this is consultation, and say so to the people you ask. Co-production that is rushed and squeezed does more harm than good.',
    path: 'initiative.outcomes.fixedInAdvance',
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
    const tight =
      timeline?.deadlineFixed === false || (days !== undefined && days >= TIGHT_DAYS)
        ? false
        : timeline?.deadlineFixed === true && days !== undefined
          ? true
          : undefined
    const pay = assessPayPolicy(paymentPolicy, ctx.livingWage)
    const unpaid = pay.verdict === 'unknown' ? undefined : pay.verdict === 'unfair'

    if (fixed === true && tight === true && unpaid === true)
      return fail(
        `The outcomes are fixed in advance, the deadline is fixed ${weeks(days ?? 0)} away, and ${pay.problems[0]?.short ?? 'people are not paid fairly'}. This is very likely to feel tokenistic and do harm. Do not call this co-production yet.`,
      )
    if (fixed === false) return pass('The outcomes are not fixed in advance.')
    if (tight === false) return pass('The timescale has room to spare.')
    if (unpaid === false) return pass('People are paid fairly for their time.')
    return incomplete('The plan does not say enough about outcomes, deadline and pay to judge the risk of tokenism.')
  },
})
