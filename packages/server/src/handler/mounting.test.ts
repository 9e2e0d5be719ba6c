import { createCoproduction, memoryStore } from '@coproduce/core'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, toNodeListener } from '../node/serve.js'
import { authenticateFromHeader } from '../test-support/http-client.js'
import { createHandler, type FetchHandler } from './create-handler.js'

const coproduction = createCoproduction({ store: memoryStore() })
const handlerWith = (basePath?: string): FetchHandler =>
  createHandler({ coproduction, authenticate: authenticateFromHeader, ...(basePath ? { basePath } : {}) })

afterAll(() => coproduction.close())

describe('mounting under a base path', () => {
  it('works when the host passes the full address (Next, Node http)', async () => {
    for (const handler of [handlerWith(), handlerWith('/api/coproduce')]) {
      const server = await serve(handler)
      try {
        const res = await fetch(`${server.url}/api/coproduce/consent-purposes`)
        expect(res.status).toBe(200)
        expect((await res.json()).length).toBeGreaterThanOrEqual(7)
        const doc = await (await fetch(`${server.url}/api/coproduce/openapi.json`)).json()
        expect(doc.servers).toEqual([{ url: '/api/coproduce' }])
        expect((await fetch(`${server.url}/api/coproduce/initiatives/nope`)).status).toBe(404)
        // Every route root is found under the mount, the organisations' ones too.
        const operator = { 'x-test-actor': 'op-1;operator' }
        const organisations = await fetch(`${server.url}/api/coproduce/organisations`, { headers: operator })
        expect(organisations.status).toBe(200)
        expect(Array.isArray(await organisations.json())).toBe(true)
        const mine = await fetch(`${server.url}/api/coproduce/organisations/mine/consent-purposes`, {
          headers: { 'x-test-actor': 's-1;staff' },
        })
        expect(mine.status).toBe(200)
      } finally {
        await server.close()
      }
    }
  })

  describe('when the host strips the mount first (Express `app.use(path, …)`)', () => {
    let server: Server
    let url: string
    beforeAll(async () => {
      const listener = toNodeListener(handlerWith('/api/coproduce'))
      server = createServer((req, res) => {
        if (!req.url?.startsWith('/api/coproduce/')) return void res.writeHead(404).end()
        req.url = req.url.slice('/api/coproduce'.length)
        void listener(req, res)
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/coproduce`
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it('serves every route relative to the mount, writes included', async () => {
      const staff = { 'x-test-actor': 'staff-1;staff', 'content-type': 'application/json' }
      const created = await fetch(`${url}/initiatives`, {
        method: 'POST',
        headers: staff,
        body: JSON.stringify({ title: 'Warm spaces', purpose: 'Places to keep warm in winter, run with the people who use them' }),
      })
      expect(created.status).toBe(201)
      const { id } = await created.json()
      const feedback = await fetch(`${url}/initiatives/${id}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'rating', rating: 'very-good' }),
      })
      expect(feedback.status).toBe(201)
      const doc = await (await fetch(`${url}/openapi.json`)).json()
      expect(doc.openapi).toBe('3.1.0')
    })
  })
})

describe('serve with a basePath', () => {
  it('answers under the base path only', async () => {
    const server = await serve(handlerWith(), { basePath: '/api/coproduce' })
    try {
      expect((await fetch(`${server.url}/api/coproduce/consent-purposes`)).status).toBe(200)
      const outside = await fetch(`${server.url}/consent-purposes`)
      expect(outside.status).toBe(404)
      expect(outside.headers.get('content-type')).toBe('application/problem+json')
    } finally {
      await server.close()
    }
  })
})
