import { decisionById, howDecided } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

export const expectationsDefinedTogether = defineRule({
  meta: {
    id: 'expectations-defined-together',
    principles: ['trust-transparency', 'collaboration-mutuality'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Clear and transparent communication',
    quote:
      'People may have had a lot of experiences being let down by services... so it really is very important that communication is good, and expectations are clear and co-defined.',
    docs: docsFor('expectations-defined-together'),
    description: 'Checks that what the work is expected to achieve was worked out with the group, not only told to them.',
    guidance:
      'Talk with the group about what the work can and cannot change, and agree it together. Record it as a decision the group made.',
    inPlanFile: "The decision's id in `outcomes.decisionId`, or `outcomes.definedTogether: true`.",
    path: 'initiative.outcomes',
    messages: {
      'together-on-record': 'The expectations were agreed with the group, on record: "{question}".',
      'without-on-record': 'The decision on what to expect, "{question}", was taken without people with lived experience.',
      together: 'The expectations were worked out with the group.',
      staff: 'The expectations were set by staff and told to the group.',
      unsaid: 'The plan does not say who worked out what the work is expected to achieve.',
    },
    examples: {
      pass: plan({ initiative: { outcomes: { fixedInAdvance: false, description: 'Two changes this year.', definedTogether: true } } }),
      fail: plan({ initiative: { outcomes: { fixedInAdvance: false, description: 'Two changes this year.', definedTogether: false } } }),
    },
  },
  check(snapshot, ctx) {
    const outcomes = snapshot.initiative.outcomes
    const decision = decisionById(snapshot, outcomes?.decisionId)
    if (decision) {
      const how = howDecided(decision, ctx.index)
      if (how === 'together') return { ...pass('together-on-record', { question: String(decision.question) }), basis: 'record' }
      if (how !== 'not-decided')
        return {
          ...fail('without-on-record', { question: String(decision.question) }),
          basis: 'record',
        }
    }
    if (outcomes?.definedTogether === true) return pass('together')
    if (outcomes?.definedTogether === false) return fail('staff')
    return incomplete('unsaid')
  },
})
