import { serve as serveNode } from '@hono/node-server'
import { createCoproduction, memoryStore } from '@coproduce/core'
import { Hono } from 'hono'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createHandler } from '../handler/create-handler.js'
import { startApi, staff, type Api } from '../test-support/api-harness.js'
import { httpClient, authenticateFromHeader, type CallResult } from '../test-support/http-client.js'
import { seed } from '../test-support/seed.js'

const idea = (text: string, ip?: string) => ({ body: { kind: 'idea', text }, ...(ip ? { headers: { 'x-test-ip': ip } } : {}) })

function expectLimited(res: CallResult, limit: number) {
  expect(res.status, JSON.stringify(res.body)).toBe(429)
  expect(res.contentType).toBe('application/problem+json')
  expect(res.body).toMatchObject({ status: 429, code: 'too-many-requests' })
  expect(res.headers.get('ratelimit-limit')).toBe(String(limit))
  expect(res.headers.get('ratelimit-remaining')).toBe('0')
  expect(res.headers.get('ratelimit-policy')).toBe(`${limit};w=60`)
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
}

let api: Api | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const storedFeedback = async (a: Api, initiativeId: string) =>
  (await a.call('GET', `/initiatives/${initiativeId}/feedback`, { actor: staff })).body.length as number

describe('rate limits on anonymous writes', () => {
  it('limits anonymous writes per address: 429 with RateLimit-* and Retry-After, and nothing more is stored', async () => {
    api = await startApi(memoryStore(), { rateLimit: { perIp: 3, perInitiative: 100 } })
    const s = await seed(api.call)
    for (let i = 0; i < 3; i++) {
      const ok = await api.call('POST', `/initiatives/${s.initiativeId}/feedback`, idea(`Idea ${i}`))
      expect(ok.status).toBe(201)
      expect(ok.headers.get('ratelimit-remaining')).toBe(String(2 - i))
    }
    expectLimited(await api.call('POST', `/initiatives/${s.initiativeId}/feedback`, idea('One too many')), 3)
    expect(await storedFeedback(api, s.initiativeId)).toBe(3)
  })

  it('does not limit signed-in callers unless asked to', async () => {
    api = await startApi(memoryStore(), { rateLimit: { perIp: 1, perInitiative: 1 } })
    const s = await seed(api.call)
    for (let i = 0; i < 4; i++)
      expect((await api.call('POST', `/initiatives/${s.initiativeId}/feedback`, { actor: s.ada.actor, ...idea(`Idea ${i}`) })).status).toBe(
        201,
      )
    await api.close()

    const clientIp = (request: Request) => request.headers.get('x-test-ip') ?? undefined
    api = await startApi(memoryStore(), { rateLimit: { perIp: 3, perInitiative: 100, signedIn: true, clientIp } })
    const t = await seed(api.call) // three writes by staff, from an unknown address
    const asAda = (text: string) => ({ actor: t.ada.actor, ...idea(text, '10.0.0.1') })
    for (let i = 0; i < 3; i++)
      expect((await api.call('POST', `/initiatives/${t.initiativeId}/feedback`, asAda(`Idea ${i}`))).status).toBe(201)
    expectLimited(await api.call('POST', `/initiatives/${t.initiativeId}/feedback`, asAda('One too many')), 3)
    expectLimited(await api.call('POST', `/initiatives/${t.initiativeId}/members`, { actor: staff, body: { displayName: 'Cy' } }), 3)
  })

  it('limits anonymous writes per initiative, whatever the address, and leaves other initiatives alone', async () => {
    const clientIp = (request: Request) => request.headers.get('x-test-ip') ?? undefined
    api = await startApi(memoryStore(), { rateLimit: { perIp: 100, perInitiative: 4, clientIp } })
    const s = await seed(api.call)
    const other = await seed(api.call, { title: 'Warm spaces' })
    for (let i = 0; i < 4; i++)
      expect((await api.call('POST', `/initiatives/${s.initiativeId}/feedback`, idea(`Idea ${i}`, `10.0.0.${i}`))).status).toBe(201)
    expectLimited(await api.call('POST', `/initiatives/${s.initiativeId}/feedback`, idea('From a new address', '10.0.0.99')), 4)
    expect((await api.call('POST', `/initiatives/${other.initiativeId}/feedback`, idea('Elsewhere', '10.0.0.99'))).status).toBe(201)
  })

  it('is on by default, so a flood of anonymous posts is stopped', async () => {
    api = await startApi(memoryStore(), { rateLimit: undefined })
    const s = await seed(api.call)
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => api!.call('POST', `/initiatives/${s.initiativeId}/feedback`, idea(`Flood ${i}`))),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((st) => st === 201).length).toBeGreaterThan(0)
    expect(statuses.filter((st) => st === 429).length).toBeGreaterThan(0)
    expect(statuses.every((st) => st === 201 || st === 429)).toBe(true)
  })

  describe('behind a host’s mount, with the default address', () => {
    let server: Server | undefined
    afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

    it('keys on the connection’s address and ignores a forged X-Forwarded-For', async () => {
      const coproduction = createCoproduction({ store: memoryStore() })
      const host = new Hono()
      host.mount('/api/coproduce', createHandler({ coproduction, authenticate: authenticateFromHeader, rateLimit: { perIp: 2 } }))
      server = serveNode({ fetch: host.fetch, port: 0, hostname: '127.0.0.1' }) as Server
      await new Promise<void>((resolve) => server!.once('listening', () => resolve()))
      const call = httpClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/coproduce`)
      const s = await seed(call)
      const forged = (n: number) => ({ body: { kind: 'idea', text: `Idea ${n}` }, headers: { 'x-forwarded-for': `203.0.113.${n}` } })
      expect((await call('POST', `/initiatives/${s.initiativeId}/feedback`, forged(1))).status).toBe(201)
      expect((await call('POST', `/initiatives/${s.initiativeId}/feedback`, forged(2))).status).toBe(201)
      expectLimited(await call('POST', `/initiatives/${s.initiativeId}/feedback`, forged(3)), 2)
      await coproduction.close()
    })
  })
})
