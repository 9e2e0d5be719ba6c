import { stageMatches } from '../../facts/stages.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const WORDS = /\b(explor\w*|what do we see|see the city|each other's eyes|understand\w*|discover\w*|listen\w*)\b/i

export const explorationStage = defineRule({
  meta: {
    id: 'exploration-stage',
    principles: ['collaboration-mutuality', 'cultural-historical-gender'],
    stage: 'actions',
    severity: 'info',
    source: 'Resources and Inspiration: the Poverty Truth Commissions',
    quote:
      "Exploration: working with the questions, 'What do I see? What do you see? Now what do we see?' They begin to see the city through each other's eyes and experience.",
    docs: docsFor('exploration-stage'),
    description:
      "Checks that the work has a stage for looking at the problem together, through each other's eyes, before deciding what to try.",
    guidance:
      'After getting to know each other, plan time to look at the problem together before anyone proposes a fix: what do I see, what do you see, now what do we see?',
    path: 'initiative.stages',
    messages: {
      'no-stages': 'The plan does not list its stages yet.',
      none: 'No stage is set aside for looking at the problem together before deciding what to do.',
      explores: '"{stage}" is time to look at the problem together.',
    },
    examples: {
      pass: plan({ initiative: { stages: [{ name: 'engagement' }, { name: 'exploration' }, { name: 'experimentation' }] } }),
      fail: plan({ initiative: { stages: [{ name: 'engagement' }, { name: 'delivery' }] } }),
    },
  },
  check(snapshot) {
    const stages = snapshot.initiative.stages
    if (!stages?.length) return incomplete('no-stages')
    const i = stages.findIndex((s) => stageMatches(s, WORDS))
    if (i < 0) return fail('none')
    return pass('explores', { stage: stages[i]?.name ?? 'undefined' }, `initiative.stages[${i}]`)
  },
})
