import { RuleTester } from '../../testing/index.js'
import { embeddingStage } from './embedding-stage.js'

new RuleTester().run(embeddingStage, {
  valid: [
    { name: 'the default stages', snapshot: { initiative: { stages: [{ name: 'engagement' }, { name: 'embedding' }] } } },
    {
      name: "false fail: in the group's own words",
      snapshot: { initiative: { stages: [{ name: 'Making it last', description: 'How teams keep doing it.' }] } },
    },
  ],
  invalid: [
    { name: 'stops at a report', snapshot: { initiative: { stages: [{ name: 'engagement' }, { name: 'final report' }] } } },
    {
      name: 'false pass: embedding with an end date',
      snapshot: { initiative: { stages: [{ name: 'embedding', start: '2026-09-01', end: '2026-10-01' }] } },
      path: 'initiative.stages[0].end',
    },
  ],
  incomplete: [{ name: 'no stages', snapshot: {} }],
})
