import { phrase } from '../../messages/common.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { groundRulesFact } from '../../engine/ladder.js'
import { decisionById } from '../../facts/evidence.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const PATH = 'initiative.agreements'

export const groundRulesTogether = defineRule({
  meta: {
    id: 'ground-rules-together',
    principles: ['safety', 'trust-transparency', 'collaboration-mutuality'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Co-production environments (Practical considerations)',
    quote: 'When developing the co-producing environment it is worth deciding together the rules and parameters of your work together.',
    docs: docsFor('ground-rules-together'),
    description: 'Checks that the group decided its ground rules together, rather than being handed them.',
    guidance:
      "At an early session, agree together how you will work: how you listen, how you keep each other's stories safe, what happens if someone is upset. Write them down in the group's own words, and say that the group made them.",
    inPlanFile: 'Each agreement with the decision on record in `decisionId`, or marked `decidedTogether: true`.',
    path: PATH,
    messages: {
      'on-record': 'The ground rules were decided on record, with people with lived experience taking part.',
      'not-together': 'The ground rules were not decided together: {why}.',
      'none-yet': 'The plan does not list any ground rules yet.',
      none: 'The group has no ground rules.',
      staff: 'The ground rules were set by staff, not decided together.',
      some: 'Only {together} of {all} ground rules were decided together; staff set the rest.',
      all: 'All {count} ground rules were decided together.',
    },
    examples: {
      pass: plan({ initiative: { agreements: [{ text: 'We listen without jumping in.', decidedTogether: true }] } }),
      fail: plan({ initiative: { agreements: [{ text: 'Phones off. Keep to the agenda.', decidedTogether: false }] } }),
    },
  },
  check(snapshot, ctx) {
    const agreements = snapshot.initiative.agreements
    const fact = groundRulesFact({ s: snapshot, ix: ctx.index, wage: ctx.livingWage, now: ctx.now, begun: false })
    // Several agreements can come from one decision: each decision is named once.
    const records = [...new Set((agreements ?? []).map((a) => decisionById(snapshot, a.decisionId)).filter((d) => d !== undefined))]
    const places = records.map((d) => phrase('common/decision-asking', { question: d.question ?? '' }))
    if (fact.ok === true && fact.basis === 'record')
      return {
        outcome: 'pass',
        basis: 'record',
        messageId: 'on-record',
        places,
      }
    if (fact.ok === false && fact.basis === 'record')
      return { outcome: 'fail', basis: 'record', messageId: 'not-together', data: { why: fact.why ?? '' }, places }
    if (agreements === undefined) return incomplete('none-yet')
    if (agreements.length === 0) return fail('none')
    const together = agreements.filter((a) => a.decidedTogether).length
    if (together === 0) return fail('staff')
    if (together < agreements.length) return fail('some', { together, all: agreements.length })
    return pass('all', { count: agreements.length })
  },
})
