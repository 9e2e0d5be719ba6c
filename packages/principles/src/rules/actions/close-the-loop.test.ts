import { RuleTester } from '../../testing/index.js'
import { closeTheLoop } from './close-the-loop.js'

const initiative = { communication: { updateEveryDays: 14 } }
const fb = (id: string, createdAt?: string) => ({ id, kind: 'idea' as const, text: 'An idea.', ...(createdAt ? { createdAt } : {}) })
const answer = (linked: string[], publishedAt: string, extra: object = {}) => ({
  id: `u-${linked[0]}`,
  youSaid: 'x',
  weDid: 'y',
  status: 'done' as const,
  linkedFeedback: linked,
  publishedAt,
  ...extra,
})

new RuleTester({ now: '2026-06-01T12:00:00Z' }).run(closeTheLoop, {
  valid: [
    {
      name: 'answered in time',
      snapshot: { initiative, feedback: [fb('f1', '2026-05-01T10:00:00Z')], updates: [answer(['f1'], '2026-05-10T10:00:00Z')] },
    },
    {
      name: '"not possible, because" counts',
      snapshot: {
        initiative,
        feedback: [fb('f1', '2026-05-01T10:00:00Z')],
        updates: [answer(['f1'], '2026-05-03T10:00:00Z', { status: 'not-possible', reason: 'No money this year.' })],
      },
    },
    { name: 'recent feedback still within the time', snapshot: { initiative, feedback: [fb('f1', '2026-05-25T10:00:00Z')] } },
  ],
  invalid: [
    {
      name: 'never answered',
      snapshot: { initiative, feedback: [fb('f1', '2026-05-25T10:00:00Z'), fb('f2', '2026-04-01T10:00:00Z')] },
      path: 'feedback[1]',
      message: '1 of 2',
    },
    {
      name: 'answered late',
      snapshot: { initiative, feedback: [fb('f1', '2026-04-01T10:00:00Z')], updates: [answer(['f1'], '2026-05-20T10:00:00Z')] },
    },
    {
      name: '"not possible" without a reason does not count',
      snapshot: {
        initiative,
        feedback: [fb('f1', '2026-04-01T10:00:00Z')],
        updates: [answer(['f1'], '2026-04-03T10:00:00Z', { status: 'not-possible' })],
      },
    },
  ],
  incomplete: [
    {
      name: 'no promise of how soon',
      snapshot: { feedback: [fb('f1', '2026-04-01T10:00:00Z')] },
      path: 'initiative.communication.updateEveryDays',
    },
    { name: 'no dates', snapshot: { initiative, feedback: [fb('f1')] } },
  ],
  inapplicable: [{ name: 'no feedback', snapshot: { initiative } }],
})
