import { createCoproduction, memoryStore } from '@coproduce/core'
import { afterAll, describe, expect, it } from 'vitest'
import { createHandler } from '../handler/create-handler.js'
import { serve } from '../node/serve.js'
import { authenticateFromHeader } from '../test-support/http-client.js'
import type { CorsOptions } from './cors.js'

const coproduction = createCoproduction({ store: memoryStore() })
afterAll(() => coproduction.close())

async function withServer(cors: CorsOptions | undefined, run: (url: string) => Promise<void>) {
  const server = await serve(createHandler({ coproduction, authenticate: authenticateFromHeader, ...(cors ? { cors } : {}) }))
  try {
    await run(server.url)
  } finally {
    await server.close()
  }
}

const preflight = (url: string, origin: string) =>
  fetch(`${url}/initiatives/i1/feedback`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
  })

describe('CORS, for widgets on another origin', () => {
  it('allows listed origins with cookies: preflight, answers and error answers all say so', async () => {
    await withServer({ origins: ['https://crm.example.org'], credentials: true }, async (url) => {
      const pre = await preflight(url, 'https://crm.example.org')
      expect(pre.status).toBe(204)
      expect(pre.headers.get('access-control-allow-origin')).toBe('https://crm.example.org')
      expect(pre.headers.get('access-control-allow-credentials')).toBe('true')
      expect(pre.headers.get('access-control-allow-methods')).toContain('POST')
      expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key')
      expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('coproduce-device-key')

      const ok = await fetch(`${url}/consent-purposes`, { headers: { origin: 'https://crm.example.org' } })
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://crm.example.org')
      const problem = await fetch(`${url}/initiatives/nope`, { headers: { origin: 'https://crm.example.org' } })
      expect(problem.status).toBe(404)
      expect(problem.headers.get('access-control-allow-origin')).toBe('https://crm.example.org')
      expect(problem.headers.get('access-control-allow-credentials')).toBe('true')
    })
  })

  it('does not allow an origin that is not listed', async () => {
    await withServer({ origins: ['https://crm.example.org'], credentials: true }, async (url) => {
      const pre = await preflight(url, 'https://evil.example')
      expect(pre.headers.get('access-control-allow-origin')).toBeNull()
      const res = await fetch(`${url}/consent-purposes`, { headers: { origin: 'https://evil.example' } })
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
    })
  })

  it("refuses '*' with cookies at start-up, with a message that says what to do instead", () => {
    expect(() => createHandler({ coproduction, authenticate: authenticateFromHeader, cors: { origins: '*', credentials: true } })).toThrow(
      /origins: '\*' cannot be used with credentials: true.*List the origins/s,
    )
  })

  it("with '*' and no cookies, says '*' and never allows credentials", async () => {
    await withServer({ origins: '*' }, async (url) => {
      const res = await fetch(`${url}/consent-purposes`, { headers: { origin: 'https://any.example' } })
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    })
  })

  it("never reflects the 'null' origin (sandboxed frames, file: pages), even when it is listed", async () => {
    await withServer({ origins: ['https://crm.example.org', 'null'], credentials: true }, async (url) => {
      const pre = await preflight(url, 'null')
      expect(pre.headers.get('access-control-allow-origin')).toBeNull()
      const res = await fetch(`${url}/consent-purposes`, { headers: { origin: 'null' } })
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
    })
  })

  it('sends no CORS headers unless asked to', async () => {
    await withServer(undefined, async (url) => {
      const res = await fetch(`${url}/consent-purposes`, { headers: { origin: 'https://crm.example.org' } })
      expect(res.status).toBe(200)
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
    })
  })
})
