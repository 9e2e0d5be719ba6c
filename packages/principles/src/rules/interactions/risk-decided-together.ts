import { phrase } from '../../messages/common.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { decisionById, howDecided } from '../../facts/evidence.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

export const riskDecidedTogether = defineRule({
  meta: {
    id: 'risk-decided-together',
    principles: ['safety', 'empowerment-voice-choice', 'trust-transparency'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Co-production environments (Practical considerations)',
    quote:
      "How will you decide what constitutes 'risk' as part of your work together? How will you balance risk against trust? Notions of what people can't/shouldn't do are often couched in stigma.",
    docs: docsFor('risk-decided-together'),
    description: 'Checks that decisions about risk (lone working, ethics, safety) were made with the group, not for it.',
    guidance:
      'Talk about risk as a group: what could go wrong, and what rules would keep people out without need. Weigh risk against trust. Record each decision, and say the group made it only when it did.',
    inPlanFile: 'Each entry of `riskDecisions` with the decision on record in `decisionId`, or marked `decidedTogether: true`.',
    path: 'initiative.riskDecisions',
    messages: {
      none: 'The plan does not record any decisions about risk yet.',
      'together-on-record': 'The group decided about {topic} together, on record.',
      'without-on-record': 'The record shows {topic} was decided without people with lived experience.',
      together: 'The group decided together about {topic}.',
      staff: 'Staff decided about {topic} without the group.',
    },
    examples: {
      pass: plan({
        initiative: {
          riskDecisions: [{ topic: 'Lone working', decision: 'Peer researchers work in pairs they choose.', decidedTogether: true }],
        },
      }),
      fail: plan({
        initiative: { riskDecisions: [{ topic: 'Lone working', decision: 'Only staff may do interviews.', decidedTogether: false }] },
      }),
    },
  },
  check(snapshot, ctx) {
    const decisions = snapshot.initiative.riskDecisions
    if (!decisions || decisions.length === 0) return incomplete('none')
    return decisions.map((d): RuleResult => {
      const record = decisionById(snapshot, d.decisionId)
      const how = record ? howDecided(record, ctx.index) : 'not-decided'
      const place = [phrase('common/decision-about', { topic: d.topic })]
      if (how === 'together')
        return { outcome: 'pass', basis: 'record', messageId: 'together-on-record', data: { topic: d.topic }, places: place }
      if (how === 'staff-only' || how === 'without-lived-experience')
        return {
          outcome: 'fail',
          basis: 'record',
          messageId: 'without-on-record',
          data: { topic: d.topic },
          places: place,
        }
      return d.decidedTogether
        ? { ...pass('together', { topic: d.topic }), places: place }
        : { ...fail('staff', { topic: d.topic }), places: place }
    })
  },
})
