import { RuleTester } from '../../testing/index.js'
import { experimentSmall } from './experiment-small.js'

new RuleTester().run(experimentSmall, {
  valid: [
    {
      name: 'the default stages',
      snapshot: { initiative: { stages: [{ name: 'engagement' }, { name: 'experimentation' }, { name: 'embedding' }] } },
    },
    {
      name: 'false fail: a pilot before rolling out',
      snapshot: { initiative: { stages: [{ name: 'Pilot at one drop-in' }, { name: 'Roll out' }] } },
    },
  ],
  invalid: [
    { name: 'no trial', snapshot: { initiative: { stages: [{ name: 'design' }, { name: 'roll out' }] } } },
    {
      name: 'false pass: a trial after the launch',
      snapshot: { initiative: { stages: [{ name: 'Launch' }, { name: 'Test what works' }] } },
      path: 'initiative.stages[0]',
    },
  ],
  incomplete: [{ name: 'no stages', snapshot: {} }],
})
