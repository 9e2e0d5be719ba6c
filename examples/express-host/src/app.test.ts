import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { createCoproduction, memoryStore } from '@coproduce/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, MOUNT } from './app.js'
import { hostIdentity } from './identity-plugin.js'
import { createSessions } from './session.js'
import { DEMO_USERS } from './users.js'

let server: Server
let base: string
const coproduction = createCoproduction({ store: memoryStore(), plugins: [hostIdentity] })

beforeAll(async () => {
  const app = createApp({ coproduction, sessions: createSessions(DEMO_USERS) })
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await coproduction.close()
})

async function signIn(email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(res.status).toBe(200)
  const cookie = res.headers.get('set-cookie')
  expect(cookie).toMatch(/^acme_sid=[^;]+; HttpOnly/)
  return cookie!.split(';')[0]!
}

const api = (path: string, init: RequestInit & { cookie?: string } = {}) =>
  fetch(`${base}${MOUNT}${path}`, {
    ...init,
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...init.headers,
    },
  })

describe('Coproduce mounted in Express 5 under /api/coproduce', () => {
  let staff: string
  let sam: string
  let initiativeId: string
  let samMemberId: string

  it('answers public routes to anyone', async () => {
    const res = await api('/consent-purposes')
    expect(res.status).toBe(200)
    const purposes = (await res.json()) as { id: string }[]
    expect(purposes.map((p) => p.id)).toContain('quote-anonymously')
  })

  it('serves the OpenAPI document under the mount', async () => {
    const res = await api('/openapi.json')
    expect(res.status).toBe(200)
    expect(((await res.json()) as { openapi: string }).openapi).toMatch(/^3\.1/)
  })

  it('needs the host login for staff routes: 401 with no session', async () => {
    const res = await api('/initiatives', { method: 'POST', body: JSON.stringify({ title: 'Repairs', purpose: 'Faster repairs.' }) })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/)
  })

  it('rejects a wrong password at the host login', async () => {
    const res = await fetch(`${base}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'kim@acme.example', password: 'nope' }),
    })
    expect(res.status).toBe(401)
  })

  it('lets a signed-in caseworker create an initiative and add a member with the host id as hostRef', async () => {
    staff = await signIn('kim@acme.example', 'caseworker-demo')
    const created = await api('/initiatives', {
      method: 'POST',
      cookie: staff,
      body: JSON.stringify({ title: 'Repairs', purpose: 'Make repairs faster, together.', problemFraming: 'open' }),
    })
    expect(created.status).toBe(201)
    initiativeId = ((await created.json()) as { id: string }).id

    const joined = await api(`/initiatives/${initiativeId}/members`, {
      method: 'POST',
      cookie: staff,
      body: JSON.stringify({ displayName: 'Sam', roles: ['lived-experience'], hostRef: 'user-sam' }),
    })
    expect(joined.status).toBe(201)
    const member = (await joined.json()) as { id: string; hostRef: string }
    expect(member.hostRef).toBe('user-sam')
    samMemberId = member.id
  })

  it("maps the member's host login onto their member record, so they can give feedback and consent", async () => {
    sam = await signIn('sam@example.org', 'member-demo')
    const feedback = await api(`/initiatives/${initiativeId}/feedback`, {
      method: 'POST',
      cookie: sam,
      headers: { 'idempotency-key': 'sam-1' },
      body: JSON.stringify({ kind: 'idea', text: 'Text me before you come round.' }),
    })
    expect(feedback.status).toBe(201)
    expect(((await feedback.json()) as { memberId?: string }).memberId).toBe(samMemberId)

    const consent = await api(`/members/${samMemberId}/consents`, {
      method: 'POST',
      cookie: sam,
      body: JSON.stringify({ purposeId: 'quote-anonymously', decision: 'give' }),
    })
    expect(consent.status).toBe(201)
    expect(((await consent.json()) as { status: string }).status).toBe('given')
  })

  it('returns the first feedback when the same Idempotency-Key is sent again', async () => {
    const again = await api(`/initiatives/${initiativeId}/feedback`, {
      method: 'POST',
      cookie: sam,
      headers: { 'idempotency-key': 'sam-1' },
      body: JSON.stringify({ kind: 'idea', text: 'Text me before you come round.' }),
    })
    expect(again.status).toBe(200)
    const all = await api(`/initiatives/${initiativeId}/feedback`, { cookie: staff })
    expect(((await all.json()) as unknown[]).length).toBe(1)
  })

  it('keeps staff routes from members: 403', async () => {
    const res = await api(`/initiatives/${initiativeId}/feedback`, { cookie: sam })
    expect(res.status).toBe(403)
  })

  it('answers bad input with a 422 problem naming the field, never a 5xx', async () => {
    const res = await api(`/initiatives/${initiativeId}/feedback`, {
      method: 'POST',
      cookie: sam,
      body: JSON.stringify({ kind: 'rating' }),
    })
    expect(res.status).toBe(422)
    const problem = (await res.json()) as { code: string; errors: { path: string[] }[] }
    expect(problem.code).toBe('validation')
    expect(problem.errors.map((e) => e.path.join('.'))).toContain('rating')
  })

  it('forgets the session after logout', async () => {
    const out = await fetch(`${base}/logout`, { method: 'POST', headers: { cookie: staff } })
    expect(out.status).toBe(204)
    const res = await api(`/initiatives/${initiativeId}/feedback`, { cookie: staff })
    expect(res.status).toBe(401)
  })
})
