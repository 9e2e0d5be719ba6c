import { stageMatches } from '../../facts/stages.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const WORDS = /\b(embed\w*|lasting|last\b|sustain\w*|legacy|keep going|mainstream\w*)\b/i

export const embeddingStage = defineRule({
  meta: {
    id: 'embedding-stage',
    principles: ['collaboration-mutuality', 'trust-transparency'],
    stage: 'actions',
    severity: 'info',
    source: 'Resources and Inspiration: the Poverty Truth Commissions',
    quote:
      'Embedding: the final stage (that has no end!). How can what has been seen, heard and learnt, be embedded in organisations, behaviours and cultures to bring about lasting change?',
    docs: docsFor('embedding-stage'),
    description:
      'Checks that the work plans how what was learned will last in organisations, behaviours and cultures, and that this stage is not cut off with an end date.',
    guidance:
      'Plan how what you learn together will last: who keeps it going, in which teams and meetings, and how the group stays part of it. Leave this stage open-ended.',
    path: 'initiative.stages',
    messages: {
      'no-stages': 'The plan does not list its stages yet.',
      none: 'No stage plans how what was learned will last once the project ends.',
      'has-end': '"{stage}" has an end date. Making change last is the stage that has no end.',
      lasts: '"{stage}" plans how the change will last.',
    },
    examples: {
      pass: plan({ initiative: { stages: [{ name: 'engagement' }, { name: 'embedding' }] } }),
      fail: plan({ initiative: { stages: [{ name: 'engagement' }, { name: 'final report' }] } }),
    },
  },
  check(snapshot) {
    const stages = snapshot.initiative.stages
    if (!stages?.length) return incomplete('no-stages')
    const i = stages.findIndex((s) => stageMatches(s, WORDS))
    if (i < 0) return fail('none')
    const stage = stages[i]
    if (stage?.end) return fail('has-end', { stage: stage.name }, `initiative.stages[${i}].end`)
    return pass('lasts', { stage: stage?.name ?? 'undefined' }, `initiative.stages[${i}]`)
  },
})
