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
      'If you begin with a clear idea of the problem that you\'re out to address, you will not get the real value of the wisdom of lived experience.',
    docs: docsFor('open-problem-framing'),
    description: 'Checks that the work starts from an open question, not from a solution staff picked already.',
    guidance:
      'Start from the question, not the answer. Ask people with lived experience what the problem is before you decide what to fix. Set `problemFraming` to `open` when you have.',
    path: PATH,
    examples: {
      pass: plan({ initiative: { problemFraming: 'open' } }),
      fail: plan({ initiative: { problemFraming: 'fixed' } }),
    },
  },
  check(snapshot) {
    const framing = snapshot.initiative.problemFraming
    if (framing === undefined) return incomplete('The plan does not say if the problem is open or already decided.')
    if (framing === 'fixed')
      return fail('The work starts from a fixed idea of the problem, so you will only hear answers that fit it.')
    return pass('The work starts from an open question.')
  },
})
