import { weeksOf } from '../../messages/common.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'

/** News at least once a month, and at least three times over the work. */
const MONTH = 31
import { docsFor, fail, incomplete, pass } from '../result.js'

export const expectationsClear = defineRule({
  meta: {
    id: 'expectations-clear',
    principles: ['trust-transparency', 'safety'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Clear and transparent communication',
    quote:
      'Be realistic and manage expectations. Be clear and realistic about the outcomes and impact of the work. It really is very important that communication is good, and expectations are clear and co-defined.',
    docs: docsFor('expectations-clear'),
    description:
      'Checks that the plan says what the work can and cannot change, and how often people will hear back: at least once a month, and at least three times over the whole work.',
    guidance:
      'Say honestly what the work might change and what it will not: people have often been let down before. Describe the outcomes you hope for, and promise how often you will send news, then keep to it.',
    inPlanFile: '`outcomes.description`; how often news goes out in `communication.updateEveryDays`.',
    path: 'initiative.outcomes',
    messages: {
      'no-outcomes': 'The plan does not say what the work is expected to change.',
      'no-description': 'The plan does not describe what the work can realistically change.',
      described: 'The plan says what the work can realistically change.',
      'no-updates': 'The plan does not say how often people will hear back.',
      'rare-short-work':
        'People will hear back only every {days} days, on work that lasts {weeks}. Promise news at least every {most} days.',
      rare: 'People will hear back only every {days} days. Promise news at least once a month.',
      often: 'People will hear back at least every {days} days.',
    },
    examples: {
      pass: plan({
        initiative: {
          outcomes: { fixedInAdvance: false, description: 'We will choose two changes to try at the drop-in this year.' },
          communication: { updateEveryDays: 30 },
        },
      }),
      fail: plan({ initiative: { outcomes: { fixedInAdvance: true }, communication: { updateEveryDays: 30 } } }),
    },
  },
  check(snapshot, ctx) {
    const results: RuleResult[] = []
    const { outcomes, communication } = snapshot.initiative
    if (!outcomes) results.push(incomplete('no-outcomes', 'initiative.outcomes'))
    else if (!outcomes.description) results.push(fail('no-description', 'initiative.outcomes.description'))
    else results.push(pass('described', 'initiative.outcomes.description'))
    if (communication?.updateEveryDays === undefined) results.push(incomplete('no-updates', 'initiative.communication.updateEveryDays'))
    else {
      const every = communication.updateEveryDays
      const span = ctx.index.timelineDays
      const most = span === undefined ? MONTH : Math.min(MONTH, Math.max(7, Math.floor(span / 3)))
      if (every > most)
        results.push(
          span !== undefined && span / 3 < MONTH
            ? fail('rare-short-work', { days: every, weeks: weeksOf(span), most }, 'initiative.communication.updateEveryDays')
            : fail('rare', { days: every }, 'initiative.communication.updateEveryDays'),
        )
      else results.push(pass('often', { days: every }, 'initiative.communication.updateEveryDays'))
    }
    return results
  },
})
