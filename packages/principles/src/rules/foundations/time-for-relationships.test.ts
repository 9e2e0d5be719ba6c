import { RuleTester } from '../../testing/index.js'
import { timeForRelationships } from './time-for-relationships.js'

const longTimeline = { start: '2026-01-01', end: '2026-12-31' }

new RuleTester({ now: '2026-01-01T00:00:00Z' }).run(timeForRelationships, {
  valid: [
    {
      name: 'false fail: a four-month stage named "engagement", as in core\'s default stages',
      snapshot: {
        initiative: {
          stages: [{ name: 'engagement', start: '2026-01-01', end: '2026-05-01' }, { name: 'exploration' }],
          timeline: longTimeline,
        },
      },
    },
    {
      name: 'relationship stage first and a year',
      snapshot: { initiative: { stages: [{ name: 'engagement', buildsRelationships: true }], timeline: longTimeline } },
    },
    {
      name: 'only an end date, far enough away',
      snapshot: { initiative: { stages: [{ name: 'meet', buildsRelationships: true }], timeline: { end: '2026-09-01' } } },
    },
  ],
  invalid: [
    {
      name: 'false pass: a two-week "getting to know you" stage',
      snapshot: {
        initiative: {
          stages: [{ name: 'meet', buildsRelationships: true, start: '2026-01-01', end: '2026-01-15' }],
          timeline: longTimeline,
        },
      },
      message: 'only 2 weeks',
    },
    {
      name: 'an end date already past',
      snapshot: { initiative: { stages: [{ name: 'engagement' }], timeline: { end: '2025-12-01' } } },
      message: 'passed',
    },
    {
      name: 'no relationship stage',
      snapshot: { initiative: { stages: [{ name: 'solve' }], timeline: longTimeline } },
      path: 'initiative.stages',
    },
    {
      name: 'relationship stage comes later',
      snapshot: { initiative: { stages: [{ name: 'solve' }, { name: 'meet', buildsRelationships: true }], timeline: longTimeline } },
      path: 'initiative.stages[1]',
    },
    {
      name: 'three weeks',
      snapshot: {
        initiative: { stages: [{ name: 'meet', buildsRelationships: true }], timeline: { start: '2026-01-01', end: '2026-01-22' } },
      },
      message: 'only 3 weeks',
    },
  ],
  incomplete: [
    { name: 'nothing said', snapshot: {} },
    {
      name: 'stages but no timeline',
      snapshot: { initiative: { stages: [{ name: 'meet', buildsRelationships: true }] } },
      path: 'initiative.timeline',
    },
  ],
})
