/**
 * A process that commits events and dies before delivering them. Run by `outbox-crash.test.ts`:
 *   node outbox-crash-child.mjs <database url> <count> <prefix>
 * It starts the outbox with a delivery that never finishes (so the first event is claimed but never marked
 * delivered), commits `count` events one transaction each, prints `committed`, and waits to be killed.
 */
import { postgresStore } from '../postgres-store.js'

const [url, count, prefix] = process.argv.slice(2)
const store = postgresStore({ connectionString: url!, outbox: { leaseMs: 500, pollMs: 60_000 } })
store.outbox.start(async (event) => {
  process.stdout.write(`claimed ${event.id}\n`)
  await new Promise(() => undefined)
})
for (let n = 0; n < Number(count); n++) {
  await store.transaction((tx) =>
    tx.events.append({
      id: `${prefix}-${n}`,
      organisationId: 'default',
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
      type: 'session.held',
      data: { sessionId: `session-${n}` },
    }),
  )
}
process.stdout.write('committed\n')
setInterval(() => undefined, 1_000)
