import { serve } from '@hono/node-server'
import { request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from './config.js'
import { casebookTestApp, ORIGIN } from './test-support/casebook-test-app.js'

describe('Casebook configuration for hosting', () => {
  it('listens on 127.0.0.1 unless HOST is set', () => {
    expect(readConfig({}).host).toBe('127.0.0.1')
    expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0')
  })

  it('offers the password-less demo picker only when CASEBOOK_DEMO=1 or not in production', () => {
    expect(readConfig({}).demo).toBe(true)
    expect(readConfig({ NODE_ENV: 'production' }).demo).toBe(false)
    expect(readConfig({ NODE_ENV: 'production', CASEBOOK_DEMO: '1' }).demo).toBe(true)
  })

  it('uses Secure cookies in production and trusts X-Forwarded-Proto only when TRUST_PROXY=1', () => {
    expect(readConfig({}).secureCookies).toBe(false)
    expect(readConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true)
    expect(readConfig({}).trustProxy).toBe(false)
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true)
  })

  it('has one body limit for forms and the API, 64 kB unless BODY_LIMIT says otherwise', () => {
    expect(readConfig({}).bodyLimit).toBe(64 * 1024)
    expect(readConfig({ BODY_LIMIT: '10000' }).bodyLimit).toBe(10000)
    expect(() => readConfig({ BODY_LIMIT: 'lots' })).toThrow('BODY_LIMIT must be a number of bytes, not "lots"')
  })
})

describe('the session cookie', () => {
  const cookieFrom = async (app: Awaited<ReturnType<typeof casebookTestApp>>, url: string, headers: Record<string, string> = {}) => {
    const res = await app.app.request(url, {
      method: 'POST',
      body: new URLSearchParams({ who: 'sam' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin, ...headers },
    })
    expect(res.status).toBe(303)
    return res.headers.get('set-cookie') ?? ''
  }

  it('is Secure when the request came over HTTPS', async () => {
    const t = await casebookTestApp()
    expect(await cookieFrom(t, 'https://casebook.example/login')).toMatch(/; Secure/)
    expect(await cookieFrom(t, `${ORIGIN}/login`)).not.toMatch(/; Secure/)
  })

  it('believes X-Forwarded-Proto only behind a trusted proxy', async () => {
    const untrusted = await casebookTestApp()
    expect(await cookieFrom(untrusted, `${ORIGIN}/login`, { 'x-forwarded-proto': 'https' })).not.toMatch(/; Secure/)
    const trusted = await casebookTestApp(undefined, { trustProxy: true })
    expect(await cookieFrom(trusted, `${ORIGIN}/login`, { 'x-forwarded-proto': 'https' })).toMatch(/; Secure/)
  })

  it('is always Secure in production', async () => {
    const t = await casebookTestApp(undefined, { secureCookies: true })
    expect(await cookieFrom(t, `${ORIGIN}/login`)).toMatch(/; Secure/)
  })
})

describe('the demo picker', () => {
  it('says plainly that it is a demo, where anyone can be anyone', async () => {
    const t = await casebookTestApp()
    const page = await (await t.request('/login')).text()
    expect(page).toMatch(/This is a demo/)
    expect(page).toMatch(/not how real sign-in works/)
  })

  it('is off when demo is off: no picker, and choosing a person by hand does nothing', async () => {
    const t = await casebookTestApp(undefined, { demo: false })
    const page = await t.request('/login')
    expect(page.status).toBe(404)
    const html = await page.text()
    expect(html).not.toContain('name="who"')
    expect(html).toContain('CASEBOOK_DEMO=1')
    const posted = await t.post('/login', { who: 'sam' })
    expect(posted.status).toBe(404)
    expect(posted.headers.get('set-cookie')).toBeNull()
  })
})

describe('next after choosing who you are', () => {
  it('goes only to a path on this site, and never answers 500', async () => {
    const t = await casebookTestApp()
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      '/%09/evil.example',
      '/caseload%0a',
      '/caseload%0d%0aX: 1',
      'https://evil.example',
    ]) {
      const res = await t.post('/login', { who: 'sam', next })
      expect(res.status, next).toBe(303)
      expect(res.headers.get('location'), next).toBe('/caseload')
      const shown = await t.request(`/login?next=${encodeURIComponent(next)}`)
      expect(shown.status, next).toBe(200)
      expect(await shown.text(), next).not.toContain('name="next"')
    }
    const kept = await t.post('/login', { who: 'sam', next: '/take-part' })
    expect(kept.headers.get('location')).toBe('/take-part')
  })
})

describe('body limits on forms', () => {
  let server: Server
  let port: number
  beforeAll(async () => {
    const t = await casebookTestApp(undefined, { bodyLimit: 64 * 1024 })
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }) as Server
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  /** Starts a 100 MB POST to /login, sends at most `sendAtMost` bytes, and resolves with the answer and how much was sent. */
  const hugePost = (sendAtMost: number, chunked: boolean) =>
    new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0
      let answered = false
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/login',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: `http://127.0.0.1:${port}`,
          ...(chunked ? {} : { 'content-length': String(100 * 1024 * 1024) }),
        },
      })
      req.on('response', (res) => {
        answered = true
        let body = ''
        res.on('data', (d) => (body += d))
        res.on('end', () => {
          resolve({ status: res.statusCode!, body, sent })
          req.destroy()
        })
      })
      req.on('error', (e) => (sent > 0 ? undefined : reject(e)))
      const chunk = Buffer.alloc(64 * 1024, 'a')
      const pump = () => {
        while (sent < sendAtMost && !req.destroyed && !answered) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
      }
      pump()
    })

  it('refuses a 100 MB POST to /login from someone not signed in with 413, from its length alone', async () => {
    const { status, body, sent } = await hugePost(1024 * 1024, false)
    expect(status).toBe(413)
    expect(body).toContain('too big')
    expect(sent).toBeLessThanOrEqual(1024 * 1024)
  })

  it('stops reading a body with no length once it passes the limit', async () => {
    const { status, sent } = await hugePost(8 * 1024 * 1024, true)
    expect(status).toBe(413)
    expect(sent).toBeLessThan(8 * 1024 * 1024)
  })
})
