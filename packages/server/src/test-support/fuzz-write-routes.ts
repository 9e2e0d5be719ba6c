import fc from 'fast-check'
import { expect } from 'vitest'
import { ALL_ROUTES } from '../routes/all-routes.js'
import type { RouteSpec } from '../routes/route-spec.js'
import { operator, staff, type Api } from './api-harness.js'
import { rowCounts } from './row-counts.js'
import type { Seeded } from './seed.js'

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The field names a route's body schema knows, so random bodies often look nearly right. */
const knownKeys = (route: RouteSpec): string[] => {
  const shape = (route.request!.schema as unknown as { shape?: Record<string, unknown> }).shape
  return shape ? Object.keys(shape) : []
}

/** A random body: any JSON, an object of the route's own fields with random values, or text that is not JSON. */
const bodyArbitrary = (route: RouteSpec) => {
  const keys = knownKeys(route)
  const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string(), fc.constantFrom('', ' ', 'good', 'rating', 'give', 'quote-with-name'))
  const nearlyRight = fc.dictionary(fc.constantFrom(...keys, 'extra', '__proto__', 'constructor'), value, { maxKeys: 6 })
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => ({ raw: JSON.stringify(v) ?? 'null' })),
    nearlyRight.map((v) => ({ raw: JSON.stringify(v) })),
    fc.string({ maxLength: 200 }).map((raw) => ({ raw })),
  )
}

/** Is this body valid as the route's schema sees it (with the id from the address put in)? */
const isValid = (route: RouteSpec, raw: string, pathId: string): boolean => {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return false
  }
  const from = route.request!.fromPath
  if (from) {
    if (!isPlainObject(body) || (from in body && body[from] !== pathId)) return false
    body = { ...body, [from]: pathId }
  }
  return route.request!.schema.safeParse(body).success
}

/** The routes that take a body. */
export const WRITE_ROUTES = ALL_ROUTES.filter((r) => r.request)

/**
 * Send `runs` random bodies to one write route, through HTTP. Invalid bodies must get a 4xx problem; no
 * response may be a 5xx; and the store must hold exactly as many rows afterwards as before. For routes that
 * create, valid bodies are left out (they would rightly add a row); for changes they may pass.
 */
export async function fuzzWriteRoute(api: Api, s: Seeded, route: RouteSpec, runs: number): Promise<void> {
  let path = route.path
  if (path.includes(':updateId')) {
    const update = await api.call('POST', `/initiatives/${s.initiativeId}/updates`, {
      actor: staff,
      body: { youSaid: 'The stop has no seat', weDid: 'We asked for a bench' },
    })
    expect(update.status).toBe(201)
    path = path.replace(':updateId', update.body.id)
  }
  let pathId = route.path.startsWith('/members') ? s.ada.id : s.initiativeId
  if (route.path === '/initiatives/:id' && route.method === 'patch') {
    // Valid changes may pass here, so they go to a group of their own, never the one the other tests share.
    const own = await api.call('POST', '/initiatives', {
      actor: staff,
      body: { title: 'Fuzzed group', purpose: 'Only for random changes' },
    })
    expect(own.status).toBe(201)
    pathId = own.body.id
  }
  if (route.path === '/members/:id' && route.method === 'patch') {
    // Valid corrections may pass here, so they go to a person in a group of their own, never one the other tests share.
    const group = await api.call('POST', '/initiatives', {
      actor: staff,
      body: { title: 'Fuzzed people', purpose: 'Only for random corrections' },
    })
    const own = await api.call('POST', `/initiatives/${group.body.id}/members`, {
      actor: staff,
      body: { displayName: 'Fuzzed person', roles: ['practitioner'] },
    })
    expect(own.status).toBe(201)
    pathId = own.body.id
  }
  if (route.path.startsWith('/decisions/')) {
    // A ground-rules decision takes every decision write: options, views, answers to the rules, outcome.
    const opened = await api.call('POST', `/initiatives/${s.initiativeId}/decisions`, {
      actor: staff,
      body: { kind: 'ground-rules', question: 'Can we all live with these ground rules?' },
    })
    expect(opened.status).toBe(201)
    pathId = opened.body.id
    path = path.replace(':memberId', s.ada.id)
  }
  if (route.path.startsWith('/sessions/')) {
    // A session of a group of its own, so the shared group's list of sessions stays as the other tests expect.
    const own = await api.call('POST', '/initiatives', {
      actor: staff,
      body: { title: 'Fuzzed attendance', purpose: 'Only for random attendance' },
    })
    const session = await api.call('POST', `/initiatives/${own.body.id}/sessions`, {
      actor: staff,
      body: { startsAt: '2026-01-05T18:00:00Z', durationMinutes: 60, format: 'online', venue: { name: 'Video call', kind: 'online' } },
    })
    expect(session.status).toBe(201)
    pathId = session.body.id
  }
  path = path.replace(':id', pathId)
  // Valid bodies for these rightly add rows (or events), so only invalid ones are sent.
  const creates = route.method === 'post' || route.method === 'put'
  // Feedback is public: send it as nobody, as a stranger's browser would. The rest as staff, to reach validation.
  const actor = route.path.endsWith('/feedback') ? null : route.access === 'operator' ? operator : staff
  const before = rowCounts(await api.store.dump())
  const shared = await api.call('GET', `/initiatives/${s.initiativeId}`, { actor: staff })
  await fc.assert(
    fc.asyncProperty(bodyArbitrary(route), async ({ raw }) => {
      const valid = isValid(route, raw, pathId)
      fc.pre(!(creates && valid))
      const res = await api.call(route.method.toUpperCase(), path, { actor, raw })
      const label = `${route.method} ${route.path} ${raw.slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`
      expect(res.status, label).toBeLessThan(500)
      if (!valid) {
        expect(res.status, label).toBeGreaterThanOrEqual(400)
        expect(res.contentType, label).toBe('application/problem+json')
        expect(Array.isArray(res.body.errors), label).toBe(true)
      }
    }),
    { numRuns: runs, maxSkipsPerRun: 1000 },
  )
  expect(rowCounts(await api.store.dump()), `${route.method} ${route.path}`).toEqual(before)
  // The group the other tests share must be as it was: a valid change here would leak into them.
  expect(
    (await api.call('GET', `/initiatives/${s.initiativeId}`, { actor: staff })).body,
    `${route.method} ${route.path} changed the shared group`,
  ).toEqual(shared.body)
}
