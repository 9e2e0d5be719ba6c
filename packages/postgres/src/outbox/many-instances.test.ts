import type { DomainEvent } from '@coproduce/core'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type FreshDatabase } from '../test-support/fresh-database.js'
import { waitFor } from '../test-support/wait-for.js'
import { postgresStore } from '../postgres-store.js'
import type { SqlStore } from '../store/sql-store.js'

let db: FreshDatabase
const pools: pg.Pool[] = []
const stores: SqlStore[] = []

beforeAll(async () => {
  db = await freshDatabase()
  for (let n = 0; n < 3; n++) {
    const pool = new pg.Pool({ connectionString: db.url, max: 4 })
    pool.on('error', () => undefined)
    pools.push(pool)
    stores.push(postgresStore({ pool, outbox: { batchSize: 10, pollMs: 50 } }))
  }
  await Promise.all(stores.map((s) => s.ready()))
})
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()))
  await Promise.all(pools.map((p) => p.end()))
  await db?.drop()
})

describe('the outbox with many instances', () => {
  it('shares the work: three instances on one database deliver every event, none twice', async () => {
    const count = 150
    const events: DomainEvent[] = Array.from({ length: count }, (_, n) => ({
      id: `shared-${n}`,
      organisationId: 'default',
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
      type: 'update.published',
      data: { updateId: `u-${n}` },
    }))
    for (let n = 0; n < count; n += 10)
      await stores[0]!.transaction(async (tx) => {
        for (const e of events.slice(n, n + 10)) await tx.events.append(e)
      })

    const deliveries = new Map<string, number>()
    const byInstance = [0, 0, 0]
    stores.forEach((store, instance) =>
      store.outbox.start(async (event) => {
        await new Promise((r) => setTimeout(r, 2))
        deliveries.set(event.id, (deliveries.get(event.id) ?? 0) + 1)
        byInstance[instance]! += 1
      }),
    )
    await waitFor(() => deliveries.size === count, 20_000, 'every event to be delivered')
    await Promise.all(stores.map((s) => s.outbox.stop()))

    expect([...deliveries.values()].every((n) => n === 1)).toBe(true)
    expect(byInstance.reduce((a, b) => a + b)).toBe(count)
    expect(byInstance.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2)
    const left = await db.pool.query(`SELECT count(*)::int AS n FROM coproduce.outbox WHERE delivered_at IS NULL`)
    expect(left.rows).toEqual([{ n: 0 }])
  })
})
