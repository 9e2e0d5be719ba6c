import { postgresStore } from '@coproduce/postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, staff, type Api } from '../test-support/api-harness.js'
import type { CallResult } from '../test-support/http-client.js'
import { createTestDatabase } from '../test-support/postgres-database.js'
import { tcpProxy, type TcpProxy } from '../test-support/tcp-proxy.js'

let database: Awaited<ReturnType<typeof createTestDatabase>>
let proxy: TcpProxy
let api: Api
let initiativeId: string

const expectUnavailable = (res: CallResult) => {
  expect(res.status, JSON.stringify(res.body)).toBe(503)
  expect(res.contentType).toBe('application/problem+json')
  expect(res.body).toMatchObject({ status: 503, code: 'unavailable' })
  expect(res.body.detail).toMatch(/try again/i)
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
}

/** The store comes back by itself: keep asking (as a client honouring Retry-After would) until it answers. */
async function untilAnswered(ask: () => Promise<CallResult>): Promise<CallResult> {
  for (let i = 0; i < 50; i++) {
    const res = await ask()
    if (res.status !== 503) return res
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return ask()
}

beforeAll(async () => {
  database = await createTestDatabase('outage')
  const url = new URL(database.url)
  proxy = await tcpProxy({ host: url.hostname, port: Number(url.port) })
  url.hostname = '127.0.0.1'
  url.port = String(proxy.port)
  const store = postgresStore({ connectionString: url.toString(), schema: 'outage', max: 4 })
  await store.ready()
  api = await startApi(store)
  const created = await api.call('POST', '/initiatives', {
    actor: staff,
    body: { title: 'Warm spaces', purpose: 'Places to keep warm in winter, run with the people who use them' },
  })
  expect(created.status).toBe(201)
  initiativeId = created.body.id
})
afterAll(async () => {
  await proxy?.up().catch(() => undefined)
  await api?.close()
  await proxy?.close()
  await database?.drop()
})

describe('when PostgreSQL is unavailable', () => {
  it('answers 503 with Retry-After and a problem body while it is away, and serves again when it is back', async () => {
    await proxy.down()
    try {
      expectUnavailable(await api.call('GET', `/initiatives/${initiativeId}`, { actor: staff }))
      expectUnavailable(await api.call('POST', `/initiatives/${initiativeId}/feedback`, { body: { kind: 'idea', text: 'More chairs' } }))
    } finally {
      await proxy.up()
    }
    const back = await untilAnswered(() => api.call('GET', `/initiatives/${initiativeId}`, { actor: staff }))
    expect(back.status).toBe(200)
    expect(back.body.id).toBe(initiativeId)
  })

  it('answers 503 when the server ends the connection mid-request (57P01, as in a restart), and recovers', async () => {
    // Straight to the server this time, not through the relay.
    const store = postgresStore({ connectionString: database.url, schema: 'restart', max: 4 })
    await store.ready()
    const direct = await startApi(store)
    try {
      await whenTheServerEndsConnections(direct)
    } finally {
      await direct.close()
    }
  })
})

async function whenTheServerEndsConnections(api: Api) {
  const created = await api.call('POST', '/initiatives', {
    actor: staff,
    body: { title: 'Warm spaces', purpose: 'Places to keep warm in winter, run with the people who use them' },
  })
  expect(created.status).toBe(201)
  const initiativeId = created.body.id
  {
    const admin = new pg.Client({ connectionString: database.url })
    await admin.connect()
    try {
      // Hold the feedback table so the next submission waits inside the database, then end the API's connections.
      await admin.query('BEGIN')
      await admin.query('LOCK TABLE "restart".feedback IN ACCESS EXCLUSIVE MODE')
      const pending = api.call('POST', `/initiatives/${initiativeId}/feedback`, { body: { kind: 'idea', text: 'Longer hours' } })
      const early = await Promise.race([waitForLockWait(admin).then(() => undefined), pending])
      expect(early, `the submission answered before it reached the lock: ${JSON.stringify(early?.body)}`).toBeUndefined()
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      )
      expectUnavailable(await pending)
      await admin.query('ROLLBACK')
    } finally {
      await admin.end()
    }
    const again = await untilAnswered(() =>
      api.call('POST', `/initiatives/${initiativeId}/feedback`, { body: { kind: 'idea', text: 'Longer hours' } }),
    )
    expect(again.status).toBe(201)
  }
}

/**
 * `admin` is inside its own transaction (it holds the lock), and PostgreSQL keeps one snapshot of
 * `pg_stat_activity` for a whole transaction: clear it before each look, or a first look taken before the
 * submission arrived is all this loop would ever see.
 */
async function waitForLockWait(admin: pg.Client) {
  for (let i = 0; i < 400; i++) {
    await admin.query('SELECT pg_stat_clear_snapshot()')
    const { rows } = await admin.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    )
    if (rows[0].n > 0) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await admin.query('SELECT pg_stat_clear_snapshot()')
  const { rows } = await admin.query(
    'SELECT state, wait_event_type, wait_event, left(query, 120) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  )
  throw new Error(`the submission never waited for the lock; the other connections: ${JSON.stringify(rows)}`)
}
