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
      'Talk about risk as a group: what could go wrong, and what rules would keep people out without need. Weigh risk against trust. Record each decision and mark it `decidedTogether: true` only when the group made it.',
    path: 'initiative.riskDecisions',
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
    if (!decisions || decisions.length === 0) return incomplete('The plan does not record any decisions about risk yet.')
    return decisions.map((d): RuleResult => {
      const record = decisionById(snapshot, d.decisionId)
      const how = record ? howDecided(record, ctx.index) : 'not-decided'
      const place = [`the decision about ${d.topic}`]
      if (how === 'together')
        return { outcome: 'pass', basis: 'record', message: `The group decided about ${d.topic} together, on record.`, places: place }
      if (how === 'staff-only' || how === 'without-lived-experience')
        return {
          outcome: 'fail',
          basis: 'record',
          message: `The record shows ${d.topic} was decided without people with lived experience.`,
          places: place,
        }
      return d.decidedTogether
        ? { ...pass(`The group decided together about ${d.topic}.`), places: place }
        : { ...fail(`Staff decided about ${d.topic} without the group.`), places: place }
    })
  },
})
