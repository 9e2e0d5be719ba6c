import { LADDER_RUNGS } from '@coproduce/core'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

export const labelMatchesPractice = defineRule({
  meta: {
    id: 'label-matches-practice',
    principles: ['trust-transparency', 'empowerment-voice-choice', 'collaboration-mutuality'],
    stage: 'readiness',
    severity: 'error',
    source: 'Introduction; Why not to? (For organisations)',
    quote:
      'The term has become very popular but there is a wide range of ideas about what that means, with varying levels of lived-experience involvement. Just because co-production sounds brilliant and important doesn\'t mean that now is the right time to embark upon the journey.',
    docs: docsFor('label-matches-practice'),
    description:
      'Checks that what the work is called (`label`) is no higher on the ladder (informing, consultation, engagement, co-design, co-production) than what it actually does.',
    guidance:
      'Call the work what it is. If it is consultation, say consultation: people can trust that. To earn a higher name, change the practice: see the reasons in the report\'s ladder for what is missing.',
    path: 'initiative.label',
    examples: {
      pass: plan({ initiative: { label: 'consultation' }, feedback: [{ id: 'f1', kind: 'rating', rating: 'good' }] }),
      fail: plan({ initiative: { label: 'co-production' }, feedback: [{ id: 'f1', kind: 'rating', rating: 'good' }] }),
    },
  },
  check(_snapshot, ctx) {
    const { claimed, assessed, reasons } = ctx.ladder
    if (claimed === null) return incomplete('The plan does not say what the work is called.')
    if (LADDER_RUNGS.indexOf(claimed) > LADDER_RUNGS.indexOf(assessed))
      return fail(reasons[0] ?? `This work is called ${claimed}, but what it does is ${assessed}.`)
    return pass(
      claimed === assessed ? `The work is called ${claimed}, and that is what it does.` : `The work is called ${claimed}, and it does more: ${assessed}.`,
    )
  },
})
