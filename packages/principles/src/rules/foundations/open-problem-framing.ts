import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const PATH = 'initiative.problemFraming'

export const openProblemFraming = defineRule({
  meta: {
    id: 'open-problem-framing',
    principles: ['empowerment-voice-choice', 'cultural-historical-gender'],
    stage: 'foundations',
    severity: 'warning',
    source: 'Foundations: Forget what you think you know',
    quote:
      "If you begin with a clear idea of the problem that you're out to address, you will not get the real value of the wisdom of lived experience.",
    docs: docsFor('open-problem-framing'),
    description:
      'Checks that the work starts from an open question, not from a solution staff picked already: the problem is open and the outcomes are not fixed in advance.',
    guidance:
      'Start from the question, not the answer. Ask people with lived experience what the problem is before you decide what to fix, and say in the plan that you have.',
    inPlanFile: 'Set `problemFraming` to `open` on the initiative once people with lived experience have said what the problem is.',
    path: PATH,
    messages: {
      fixed: 'The work starts from a fixed idea of the problem, so you will only hear answers that fit it.',
      'outcomes-fixed':
        'The plan calls the problem open, but the outcomes are fixed in advance: people can only answer the question staff already chose.',
      unknown: 'The plan does not say if the problem is open or already decided.',
      'outcomes-unknown': 'The problem is open, but the plan does not say if the outcomes are fixed in advance.',
      open: 'The work starts from an open question, and the outcomes are not fixed in advance.',
    },
    examples: {
      pass: plan({ initiative: { problemFraming: 'open', outcomes: { fixedInAdvance: false } } }),
      fail: plan({ initiative: { problemFraming: 'fixed' } }),
    },
  },
  check(snapshot) {
    const framing = snapshot.initiative.problemFraming
    const fixedOutcomes = snapshot.initiative.outcomes?.fixedInAdvance
    if (framing === 'fixed') return fail('fixed')
    if (fixedOutcomes === true) return fail('outcomes-fixed', 'initiative.outcomes.fixedInAdvance')
    if (framing === undefined) return incomplete('unknown')
    if (fixedOutcomes === undefined) return incomplete('outcomes-unknown', 'initiative.outcomes')
    return pass('open')
  },
})
