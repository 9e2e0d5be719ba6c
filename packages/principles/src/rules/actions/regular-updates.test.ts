import { RuleTester } from '../../testing/index.js'
import { regularUpdates } from './regular-updates.js'

const update = (id: string, publishedAt: string) => ({ id, youSaid: 'You said.', weDid: 'We did.', publishedAt })
const promise = (start: string) => ({ timeline: { start }, communication: { updateEveryDays: 30 } })

new RuleTester({ now: '2026-06-01T00:00:00Z' }).run(regularUpdates, {
  valid: [
    {
      name: 'monthly news',
      snapshot: {
        initiative: promise('2026-03-01'),
        updates: [update('a', '2026-03-25T10:00:00Z'), update('b', '2026-04-20T10:00:00Z'), update('c', '2026-05-15T10:00:00Z')],
      },
      basis: 'record',
    },
    {
      name: 'false fail: no feedback given is no reason to fail, when news went out anyway',
      snapshot: { initiative: promise('2026-05-10'), updates: [update('a', '2026-05-20T10:00:00Z')] },
    },
    { name: 'before it starts, the promise is planned', snapshot: { initiative: promise('2026-09-01') }, basis: 'statement' },
  ],
  invalid: [
    {
      name: 'false pass: updates long ago, silence since',
      snapshot: { initiative: promise('2026-01-01'), updates: [update('a', '2026-01-20T10:00:00Z'), update('b', '2026-02-10T10:00:00Z')] },
      message: 'longest wait for news was 111 days',
      basis: 'record',
    },
    { name: 'nothing published since the start', snapshot: { initiative: promise('2026-03-01') }, message: 'none has gone out' },
  ],
  incomplete: [{ name: 'no promise', snapshot: { initiative: { timeline: { start: '2026-03-01' } } } }],
})
