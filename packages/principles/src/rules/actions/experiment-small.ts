import { stageMatches } from '../../facts/stages.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const WORDS = /\b(experiment\w*|tr(y|ial|ied|ying)\w*|test\w*|pilot\w*|prototyp\w*|small change\w*)\b/i

export const experimentSmall = defineRule({
  meta: {
    id: 'experiment-small',
    principles: ['safety', 'empowerment-voice-choice'],
    stage: 'actions',
    severity: 'info',
    source: 'Resources and Inspiration: the Poverty Truth Commissions',
    quote:
      "Experimentation: from these new perspectives Commissioners are encouraged to improvise on a 'risk small, fail early, learn quickly' basis. Rather than coming up with THE PLAN, they ask, 'what might happen if we just tried doing this a bit differently?'",
    docs: docsFor('experiment-small'),
    description: 'Checks that the work tries small changes first ("risk small, fail early, learn quickly") before rolling anything out.',
    guidance:
      'Before rolling out a new way of working, plan a stage to try small changes, learn from what does not work, and change course together. Name it so that it says so, such as "try small changes".',
    path: 'initiative.stages',
    messages: {
      'no-stages': 'The plan does not list its stages yet.',
      none: 'No stage is for trying small changes first: "risk small, fail early, learn quickly".',
      'rollout-first': '"{stage}" comes before trying anything small.',
      'small-first': '"{stage}" tries small changes first.',
    },
    examples: {
      pass: plan({ initiative: { stages: [{ name: 'engagement' }, { name: 'experimentation' }, { name: 'embedding' }] } }),
      fail: plan({ initiative: { stages: [{ name: 'engagement' }, { name: 'roll out the new service' }] } }),
    },
  },
  check(snapshot) {
    const stages = snapshot.initiative.stages
    if (!stages?.length) return incomplete('no-stages')
    const trial = stages.findIndex((s) => stageMatches(s, WORDS))
    const rollout = stages.findIndex((s) => stageMatches(s, ROLLOUT))
    if (trial < 0) return fail('none')
    if (rollout >= 0 && rollout < trial)
      return fail('rollout-first', { stage: stages[rollout]?.name ?? 'undefined' }, `initiative.stages[${rollout}]`)
    return pass('small-first', { stage: stages[trial]?.name ?? 'undefined' }, `initiative.stages[${trial}]`)
  },
})

const ROLLOUT = /\b(roll\s?out|launch\w*|implement\w*|deliver\w*|go live)\b/i
