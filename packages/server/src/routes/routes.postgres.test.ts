import { migrate, postgresStore } from '@coproduce/postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, type Api } from '../test-support/api-harness.js'
import { createTestDatabase } from '../test-support/postgres-database.js'
import { describeConsentRoutes } from '../test-support/consent-route-suite.js'
import { describeDecisionRoutes } from '../test-support/decision-route-suite.js'
import { describeOrganisationRoutes } from '../test-support/organisation-route-suite.js'
import { describeRoutes } from '../test-support/route-suite.js'
import { seed } from '../test-support/seed.js'

let database: Awaited<ReturnType<typeof createTestDatabase>>
let pool: pg.Pool
let appPool: pg.Pool

beforeAll(async () => {
  database = await createTestDatabase('routes')
  pool = new pg.Pool({ connectionString: database.url, max: 10 })
  pool.on('error', () => undefined)
  appPool = new pg.Pool({ connectionString: database.appUrl, max: 10 })
  appPool.on('error', () => undefined)
})
afterAll(async () => {
  await appPool?.end()
  await pool?.end()
  await database?.drop()
})

/**
 * Each suite gets its own schema in this file's database, so the stores never see each other's rows. The schema
 * is migrated as a deploy step would, and the server runs as the application role: the row-level security
 * policies hold for every route, behind the core's own scoping.
 */
let schemas = 0
const openStore = async () => {
  const schema = `routes_${++schemas}`
  await migrate(pool, { schema, grantTo: database.appRole })
  const store = postgresStore({ pool: appPool, schema })
  await store.ready()
  return { store }
}

describeRoutes('PostgreSQL', openStore)
describeDecisionRoutes('PostgreSQL', openStore)
describeConsentRoutes('PostgreSQL', openStore)
describeOrganisationRoutes('PostgreSQL', openStore)

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
    for (const res of results) expect([200, 201, 409], JSON.stringify(res.body)).toContain(res.status)
    for (let i = 0; i < 200; i++) {
      const pair = [results[i]!, results[i + 200]!]
      // Of each pair, exactly one stored the feedback (201); the other found it stored (200, same id) or, sent
      // while the first was still being stored, was told to try again (409).
      expect(pair.filter((r) => r.status === 201)).toHaveLength(1)
      const [stored, other] = pair[0]!.status === 201 ? pair : [pair[1]!, pair[0]!]
      if (other!.status === 200) expect(other!.body.id).toBe(stored!.body.id)
      else expect(other!.body.code).toBe('conflict')
    }

    const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "routes_${schemas}".feedback WHERE initiative_id = $1`, [
      s.initiativeId,
    ])
    expect(Number(rows[0]!.n)).toBe(200)
    const listed = await api.call('GET', `/initiatives/${s.initiativeId}/feedback`, { actor: { id: 'staff-1', roles: ['staff'] } })
    expect(listed.body).toHaveLength(200)
    expect(new Set(listed.body.map((f: { idempotencyKey: string }) => f.idempotencyKey)).size).toBe(200)
  }, 180_000)
})

describe('erasure over HTTP on PostgreSQL, with sends in flight', () => {
  let api: Api
  beforeAll(async () => {
    api = await startApi((await openStore()).store)
  })
  afterAll(async () => {
    await api?.close()
  })

  it('after the 204, no row holds text from the member, of 20 named sends in flight around the DELETE', async () => {
    const s = await seed(api.call)
    const joined = await api.call('POST', `/initiatives/${s.initiativeId}/members`, {
      actor: { id: 'staff-1', roles: ['staff'] },
      body: { id: 'member-0099', displayName: 'Dana Inflight', roles: ['lived-experience'], hostRef: 'crm-dana-inflight' },
    })
    expect(joined.status).toBe(201)
    const dana = { id: 'member-0099', roles: [] }
    const send = (n: number) =>
      api.call('POST', `/initiatives/${s.initiativeId}/feedback`, {
        actor: dana,
        body: {
          kind: 'story',
          text: `Dana's story ${n}`,
          context: `Dana on the bus ${n}`,
          consents: [{ purposeId: 'quote-with-name', decision: 'give', noticeText: `Dana, quote ${n}?` }],
        },
        headers: { 'idempotency-key': `dana-${n}` },
      })
    const before = Array.from({ length: 10 }, (_, n) => send(n))
    const erase = api.call('DELETE', `/members/${dana.id}`, { actor: { id: 'staff-1', roles: ['staff'] } })
    const after = Array.from({ length: 10 }, (_, n) => send(n + 10))
    const [erased, ...sends] = await Promise.all([erase, ...before, ...after])
    expect(erased!.status).toBe(204)
    for (const res of sends) expect([201, 410], JSON.stringify(res.body)).toContain(res.status)
    // Which sends came before the erasure depends on the machine's load; one sent after the 204 is always refused.
    expect((await send(99)).status).toBe(410)
    const { rows } = await pool.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM "routes_${schemas}".feedback WHERE data::text LIKE '%Dana%')
            + (SELECT count(*) FROM "routes_${schemas}".consents WHERE data::text LIKE '%Dana%')
            + (SELECT count(*) FROM "routes_${schemas}".members WHERE data::text LIKE '%Dana%' OR data::text LIKE '%crm-dana%') AS n`,
    )
    expect(Number(rows[0]!.n)).toBe(0)
    const dump = JSON.stringify(await api.store.dump())
    expect(dump).not.toContain('Dana')
    expect(dump).not.toContain('crm-dana')
  }, 120_000)
})
