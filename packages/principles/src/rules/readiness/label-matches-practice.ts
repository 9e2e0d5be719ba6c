import { phrase } from '../../messages/common.js'
import { LADDER_RUNGS } from '@coproduce/core'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, incomplete } from '../result.js'

/** A rung's name, in the report's language. */
const rung = (r: string) => phrase(`ladder/rung-${r}`)

export const labelMatchesPractice = defineRule({
  meta: {
    id: 'label-matches-practice',
    principles: ['trust-transparency', 'empowerment-voice-choice', 'collaboration-mutuality'],
    stage: 'readiness',
    severity: 'error',
    source: 'Introduction; Why not to? (For organisations)',
    quote:
      "The term has become very popular but there is a wide range of ideas about what that means, with varying levels of lived-experience involvement. Just because co-production sounds brilliant and important doesn't mean that now is the right time to embark upon the journey.",
    docs: docsFor('label-matches-practice'),
    description:
      'Checks that what the work is called (`label`) is no higher on the ladder (informing, consultation, engagement, co-design, co-production) than what it actually does. It fails only when records or the plan itself contradict the label; when facts are only missing it says "not enough to judge". The rungs are set out in docs/principles/ladder.md.',
    guidance:
      "Call the work what it is. If it is consultation, say consultation: people can trust that. To earn a higher name, change the practice: see the reasons in the report's ladder for what is missing.",
    path: 'initiative.label',
    messages: {
      'no-label': 'The plan does not say what the work is called.',
      ladder: '{reason}',
      'called-but-is': 'This work is called {claimed}, but what it does is {assessed}.',
      'not-shown-yet':
        "This work is called {claimed}. Nothing rules that out, but the plan and records do not yet show enough to say so: see the ladder's reasons.",
      matches: 'The work is called {claimed}, and that is what it does.',
      'does-more': 'The work is called {claimed}, and it does more: {assessed}.',
    },
    examples: {
      pass: plan({ initiative: { label: 'consultation' }, feedback: [{ id: 'f1', kind: 'rating', rating: 'good' }] }),
      fail: plan({
        initiative: { label: 'co-production', outcomes: { fixedInAdvance: true } },
        feedback: [{ id: 'f1', kind: 'rating', rating: 'good' }],
      }),
    },
  },
  check(_snapshot, ctx) {
    const { claimed, assessed, possible, reasonMessages, basis } = ctx.ladder
    if (claimed === null) return incomplete('no-label')
    const rank = (r: typeof claimed) => LADDER_RUNGS.indexOf(r)
    if (rank(claimed) > rank(possible))
      return {
        outcome: 'fail',
        basis: basis === 'none' ? 'statement' : basis,
        ...(reasonMessages?.[0]
          ? {
              messageId: 'ladder',
              data: { reason: { id: reasonMessages[0].messageId, ...(reasonMessages[0].data ? { data: reasonMessages[0].data } : {}) } },
            }
          : { messageId: 'called-but-is', data: { claimed: rung(claimed), assessed: rung(assessed) } }),
      }
    if (rank(claimed) > rank(assessed)) return incomplete('not-shown-yet', { claimed: rung(claimed) })
    return {
      outcome: 'pass',
      basis,
      ...(claimed === assessed
        ? { messageId: 'matches', data: { claimed: rung(claimed) } }
        : { messageId: 'does-more', data: { claimed: rung(claimed), assessed: rung(assessed) } }),
    }
  },
})
