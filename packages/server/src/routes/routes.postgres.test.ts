import { postgresStore } from '@coproduce/postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, type Api } from '../test-support/api-harness.js'
import { createTestDatabase } from '../test-support/postgres-database.js'
import { describeConsentRoutes } from '../test-support/consent-route-suite.js'
import { describeRoutes } from '../test-support/route-suite.js'
import { seed } from '../test-support/seed.js'

let database: Awaited<ReturnType<typeof createTestDatabase>>
let pool: pg.Pool

beforeAll(async () => {
  database = await createTestDatabase('routes')
  pool = new pg.Pool({ connectionString: database.url, max: 10 })
})
afterAll(async () => {
  await pool?.end()
  await database?.drop()
})

/** Each suite gets its own schema in this file's database, so the stores never see each other's rows. */
let schemas = 0
const openStore = async () => {
  const store = postgresStore({ pool, schema: `routes_${++schemas}` })
  await store.ready()
  return { store }
}

describeRoutes('PostgreSQL', openStore)
describeConsentRoutes('PostgreSQL', openStore)

describe('feedback over HTTP on PostgreSQL, under load', () => {
  let api: Api
  beforeAll(async () => {
    api = await startApi((await openStore()).store)
  })
  afterAll(async () => {
    await api?.close()
  })

  it('200 submissions sent at once, each twice with its Idempotency-Key, store exactly 200 rows', async () => {
    const s = await seed(api.call)
    const send = (i: number) =>
      api.call('POST', `/initiatives/${s.initiativeId}/feedback`, {
        body: { kind: 'idea', text: `Idea number ${i}` },
        headers: { 'idempotency-key': `load-${i}` },
      })
    const results = await Promise.all(Array.from({ length: 400 }, (_, n) => send(n % 200)))
    for (const res of results) expect([200, 201], JSON.stringify(res.body)).toContain(res.status)
    for (let i = 0; i < 200; i++) {
      expect(results[i]!.body.id).toBe(results[i + 200]!.body.id)
      // Of each pair, exactly one stored the feedback (201) and the other found it stored (200).
      expect([results[i]!.status, results[i + 200]!.status].sort()).toEqual([200, 201])
    }

    const { rows } = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM "routes_${schemas}".feedback WHERE initiative_id = $1`,
      [s.initiativeId],
    )
    expect(Number(rows[0]!.n)).toBe(200)
    const listed = await api.call('GET', `/initiatives/${s.initiativeId}/feedback`, { actor: { id: 'staff-1', roles: ['staff'] } })
    expect(listed.body).toHaveLength(200)
    expect(new Set(listed.body.map((f: { idempotencyKey: string }) => f.idempotencyKey)).size).toBe(200)
  }, 180_000)
})
