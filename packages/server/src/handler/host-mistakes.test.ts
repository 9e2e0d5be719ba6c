import { createCoproduction, memoryStore } from '@coproduce/core'
import express from 'express'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toNodeListener } from '../node/serve.js'
import { authenticateFromHeader } from '../test-support/http-client.js'
import { createHandler } from './create-handler.js'
import type { HandlerOptions } from './options.js'

const coproduction = createCoproduction({ store: memoryStore() })
afterAll(() => coproduction.close())

describe('mistakes a host can make, each explained', () => {
  it('refuses to start without an authenticate function (plain JavaScript callers), saying what it is for', () => {
    const withoutAuthenticate = { coproduction } as unknown as HandlerOptions
    expect(() => createHandler(withoutAuthenticate)).toThrow(/createHandler needs an `authenticate` function.*return null/s)
    const notAFunction = { coproduction, authenticate: 'cookie' } as unknown as HandlerOptions
    expect(() => createHandler(notAFunction)).toThrow(/createHandler needs an `authenticate` function/)
  })

  it('refuses to start without a coproduction service', () => {
    const withoutService = { authenticate: authenticateFromHeader } as unknown as HandlerOptions
    expect(() => createHandler(withoutService)).toThrow(/createHandler needs `coproduction`/)
  })

  describe('Express with express.json() before the mount', () => {
    let server: Server
    let url: string
    beforeAll(async () => {
      const app = express()
      app.use(express.json())
      app.use('/api/coproduce', toNodeListener(createHandler({ coproduction, authenticate: authenticateFromHeader })))
      server = app.listen(0, '127.0.0.1')
      await new Promise<void>((resolve) => server.once('listening', () => resolve()))
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/coproduce`
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it('says a body parser already read the body, naming express.json(), instead of "not valid JSON"', async () => {
      const staff = { 'x-test-actor': 'staff-1;staff', 'content-type': 'application/json' }
      const res = await fetch(`${url}/initiatives`, {
        method: 'POST',
        headers: staff,
        body: JSON.stringify({ title: 'Warm spaces', purpose: 'Places to keep warm in winter, run with the people who use them' }),
      })
      expect(res.status).toBe(500)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      const body = await res.json()
      expect(body.code).toBe('internal')
      expect(body.detail).toMatch(/already read.*express\.json\(\).*before/s)
      expect(body.detail).not.toMatch(/not valid JSON/)
    })

    it('gives the real mount path in openapi.json servers, from Express’s baseUrl', async () => {
      const doc = await (await fetch(`${url}/openapi.json`)).json()
      expect(doc.servers).toEqual([{ url: '/api/coproduce' }])
    })
  })
})
