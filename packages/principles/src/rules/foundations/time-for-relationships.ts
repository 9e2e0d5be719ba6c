import { untilOf, weeksOf } from '../../messages/common.js'
import { daysAvailable, TIGHT_DAYS } from '../../facts/timing.js'
import { buildsRelationships, RELATIONSHIP_DAYS, stageDays } from '../../facts/stages.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

export const timeForRelationships = defineRule({
  meta: {
    id: 'time-for-relationships',
    principles: ['trust-transparency', 'collaboration-mutuality', 'safety'],
    stage: 'foundations',
    severity: 'warning',
    source: 'Foundations: Building the co-producing community; Interactions: Relationships come first',
    quote:
      'Building much more time into timescales ensures enough flexibility for it to be workable. Building trusting relationships between all members is absolutely paramount to the success of the co-production work, and this will take time.',
    docs: docsFor('time-for-relationships'),
    description: `Checks that the first stage is for getting to know each other, before any problem solving, and that the timescale has room to spare (at least ${TIGHT_DAYS / 7} weeks).`,
    guidance:
      "Make the first stage about getting to know each other: share stories, eat together, agree what matters, and say so in the plan. Give the whole work more time than you think it needs, and plan times around people's lives.",
    inPlanFile: '`buildsRelationships: true` on the stage.',
    path: 'initiative.stages',
    messages: {
      'no-stages': 'The plan does not list its stages yet.',
      'first-stage': 'The first stage, "{stage}", is for getting to know each other.',
      'first-stage-short':
        'The first stage, "{stage}", is for getting to know each other, but it lasts only {weeks}. The Poverty Truth Commission spends 3 to 4 months on it.',
      'first-stage-long': 'The first stage, "{stage}", gives {weeks} to get to know each other.',
      'comes-later': 'Time to get to know each other comes after other stages. It needs to come first.',
      'no-stage': 'No stage is set aside for getting to know each other before problem solving.',
      'no-timeline': 'The plan does not say when the work starts and ends.',
      'end-passed': 'The end date {until}. Agree a new one with the group that leaves time to build trust.',
      tight: 'The work has only {weeks}. That leaves no room to build trust.',
      'tight-movable': 'The work has only {weeks}. That leaves no room to build trust: the end date can move, so move it.',
      room: 'The work has {weeks}, with room to spare.',
    },
    examples: {
      pass: plan({
        initiative: {
          stages: [{ name: 'engagement', buildsRelationships: true }, { name: 'exploration' }],
          timeline: { start: '2026-01-01', end: '2026-12-31' },
        },
      }),
      fail: plan({
        initiative: {
          stages: [{ name: 'workshop' }, { name: 'report' }],
          timeline: { start: '2026-01-01', end: '2026-01-21' },
        },
      }),
    },
  },
  check(snapshot, ctx) {
    const results: RuleResult[] = []
    const stages = snapshot.initiative.stages
    if (!stages || stages.length === 0) results.push(incomplete('no-stages', 'initiative.stages'))
    else if (stages[0] && buildsRelationships(stages[0])) {
      const first = stages[0]
      const days = stageDays(first)
      if (days === undefined) results.push(pass('first-stage', { stage: first.name }, 'initiative.stages[0]'))
      else if (days < RELATIONSHIP_DAYS)
        results.push(fail('first-stage-short', { stage: first.name, weeks: weeksOf(days) }, 'initiative.stages[0]'))
      else results.push(pass('first-stage-long', { stage: first.name, weeks: weeksOf(days) }, 'initiative.stages[0]'))
    } else {
      const later = stages.findIndex((s) => buildsRelationships(s))
      results.push(later > 0 ? fail('comes-later', `initiative.stages[${later}]`) : fail('no-stage', 'initiative.stages'))
    }
    const days = daysAvailable(snapshot, ctx.index, ctx.now)
    const movable = snapshot.initiative.timeline?.deadlineFixed === false
    if (days === undefined) results.push(incomplete('no-timeline', 'initiative.timeline'))
    else if (days < 0) results.push(fail('end-passed', { until: untilOf(days) }, 'initiative.timeline'))
    else if (days < TIGHT_DAYS) results.push(fail(movable ? 'tight-movable' : 'tight', { weeks: weeksOf(days) }, 'initiative.timeline'))
    else results.push(pass('room', { weeks: weeksOf(days) }, 'initiative.timeline'))
    return results
  },
})
