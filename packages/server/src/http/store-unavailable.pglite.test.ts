import { PGlite } from '@electric-sql/pglite'
import { pgliteStore } from '@coproduce/postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, staff, type Api } from '../test-support/api-harness.js'
import type { CallResult } from '../test-support/http-client.js'

/**
 * PGlite runs inside the host's process, so "the database is away" means the PGlite instance has stopped: the host
 * closed it (shutting down while requests still arrive) or it ended after a fault. Callers get the same 503 with
 * Retry-After as when a PostgreSQL server is away, never a 500.
 */
let db: PGlite
let api: Api
let initiativeId: string
let apiClosed = false

const expectUnavailable = (res: CallResult) => {
  expect(res.status, JSON.stringify(res.body)).toBe(503)
  expect(res.contentType).toBe('application/problem+json')
  expect(res.body).toMatchObject({ status: 503, code: 'unavailable' })
  expect(res.body.detail).toMatch(/try again/i)
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
}

beforeAll(async () => {
  db = await PGlite.create()
  const store = pgliteStore({ pglite: db })
  api = await startApi(store)
  const created = await api.call('POST', '/initiatives', {
    actor: staff,
    body: { title: 'Warm spaces', purpose: 'Places to keep warm in winter, run with the people who use them' },
  })
  expect(created.status).toBe(201)
  initiativeId = created.body.id
})
afterAll(async () => {
  if (!apiClosed) await api?.close()
  if (db && !db.closed) await db.close()
})

describe('when the PGlite database has stopped', () => {
  it('answers reads and writes 503 with Retry-After and a problem body, not 500', async () => {
    expect((await api.call('GET', `/initiatives/${initiativeId}`, { actor: staff })).status).toBe(200)
    await db.close()
    expectUnavailable(await api.call('GET', `/initiatives/${initiativeId}`, { actor: staff }))
    expectUnavailable(await api.call('GET', `/initiatives/${initiativeId}/updates`))
    expectUnavailable(await api.call('POST', `/initiatives/${initiativeId}/feedback`, { body: { kind: 'idea', text: 'More chairs' } }))
  })

  it('closing the host afterwards still stops the outbox and the store, and says the database is closed', async () => {
    apiClosed = true
    await expect(api.close()).rejects.toMatchObject({ name: 'PgliteClosedError', code: '08003' })
  })
})
