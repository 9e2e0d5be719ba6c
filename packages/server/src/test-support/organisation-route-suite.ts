import type { Actor } from '@coproduce/core'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALL_ROUTES } from '../routes/all-routes.js'
import type { RouteSpec } from '../routes/route-spec.js'
import { operator, startApi, type Api } from './api-harness.js'
import type { HttpCall } from './http-client.js'
import type { StoreUnderTest } from './route-suite.js'

interface Org {
  organisation: string
  name: string
  initiative: string
  member: string
  update: string
  decision: string
}

const kinds = ['staff', 'member', 'operator'] as const
type Kind = (typeof kinds)[number]

let n = 0
const fresh = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(n++).toString(36)}`

const actorOf = (org: Org, kind: Kind): Actor =>
  kind === 'staff'
    ? { id: `staff-of-${org.organisation}`, roles: ['staff'], organisationId: org.organisation }
    : kind === 'member'
      ? { id: org.member, roles: ['member'], organisationId: org.organisation }
      : { id: `operator-in-${org.organisation}`, roles: ['operator'], organisationId: org.organisation }

/** One organisation through the API: a group, a member who said yes and gave feedback, anonymous feedback, an update, a decision. */
async function seedOrganisation(call: HttpCall, organisation: string, name: string): Promise<Org> {
  const staff: Actor = { id: `staff-of-${organisation}`, roles: ['staff'], organisationId: organisation }
  const ok = async (method: string, path: string, body: unknown, actor: Actor | null = staff) => {
    const res = await call(method, path, { actor, body })
    expect(res.status, `${method} ${path} ${JSON.stringify(res.body)}`).toBeLessThan(300)
    return res.body
  }
  const initiative = (await ok('POST', '/initiatives', { title: `${name} group`, purpose: 'Work out together what would help' }))
    .id as string
  const member = (await ok('POST', `/initiatives/${initiative}/members`, { displayName: `${name} Person`, roles: ['lived-experience'] }))
    .id as string
  const asMember: Actor = { id: member, roles: ['member'], organisationId: organisation }
  await ok('POST', `/members/${member}/consents`, { purposeId: 'store-contribution', decision: 'give' }, asMember)
  await ok('POST', `/initiatives/${initiative}/feedback`, { kind: 'story', text: `${name} story` }, asMember)
  await ok('POST', `/initiatives/${initiative}/feedback`, { kind: 'rating', rating: 'good', anonymous: true }, null)
  const update = (await ok('POST', `/initiatives/${initiative}/updates`, { youSaid: 'The room felt cold', weDid: 'We fixed the heating' }))
    .id as string
  const decision = (await ok('POST', `/initiatives/${initiative}/decisions`, { kind: 'ground-rules', question: `${name} rules?` }))
    .id as string
  return { organisation, name, initiative, member, update, decision }
}

const ghostOf = (org: Org): Org => ({
  organisation: org.organisation,
  name: org.name,
  initiative: fresh('ghost-initiative'),
  member: fresh('ghost-member'),
  update: fresh('ghost-update'),
  decision: fresh('ghost-decision'),
})

/** A body that is valid for the route, so the call gets past validation to the lookup. */
const bodyFor = (route: RouteSpec, t: Org): unknown => {
  const key = `${route.method.toUpperCase()} ${route.path}`
  const bodies: Record<string, unknown> = {
    'PATCH /initiatives/:id': { title: 'Taken over' },
    'POST /initiatives/:id/feedback': { kind: 'rating', rating: 'poor' },
    'POST /initiatives/:id/updates': { youSaid: 'Buses are late', weDid: 'We asked' },
    'PATCH /initiatives/:id/updates/:updateId': { progress: 50 },
    'POST /initiatives/:id/updates/:updateId/withdraw': { reason: 'Taken down' },
    'POST /initiatives/:id/members': { displayName: 'Intruder', roles: ['lived-experience'] },
    'POST /initiatives/:id/sessions': { startsAt: '2026-03-01T10:00:00Z', durationMinutes: 30, format: 'online' },
    'POST /initiatives/:id/payments': { memberId: t.member, hours: 1, amount: 13, currency: 'GBP', method: 'cash' },
    'POST /members/:id/consents': { purposeId: 'store-contribution', decision: 'give' },
    'PATCH /members/:id': { displayName: 'Renamed by an intruder' },
    'POST /initiatives/:id/decisions': { kind: 'risk', question: 'Ours now?' },
    'POST /decisions/:id/options': { text: 'Another way' },
    'PUT /decisions/:id/views/:memberId': { optionId: 'any-option' },
    'POST /decisions/:id/outcome': { text: 'Agreed', method: 'consensus', decidedBy: [t.member] },
    'POST /decisions/:id/revisit': { reason: 'Things changed' },
    'PUT /decisions/:id/agreement/:memberId': { response: 'agree' },
    'PUT /sessions/:id/attendance': { attendees: [{ memberId: t.member, attended: true }] },
    'POST /initiatives/:id/report': { title: 'Taken over' },
  }
  return route.request ? (bodies[key] ?? {}) : undefined
}

const pathFor = (route: RouteSpec, t: Org): string =>
  route.path
    .replace(':updateId', t.update)
    .replace(':memberId', t.member)
    .replace(':id', route.path.startsWith('/decisions/') ? t.decision : route.path.startsWith('/members') ? t.member : t.initiative)

/** The answer with the target's ids named (`<member>`), so answers about different ids compare. */
const named = (body: unknown, t: Org): unknown => {
  let text = JSON.stringify(body ?? null)
  for (const key of ['initiative', 'member', 'update', 'decision'] as const) text = text.split(t[key]).join(`<${key}>`)
  // Moments differ between two calls (a receipt says when it was made); nothing else may.
  return JSON.parse(text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>'))
}

/** Routes that name a record of an organisation (not the platform-wide ones, nor starting a new initiative). */
export const SCOPED_ROUTES = ALL_ROUTES.filter((r) => r.path.includes(':'))

/**
 * Two organisations behind one API. Every route that names a record, called by every kind of caller of one
 * organisation with the other's ids, answers exactly what it answers for ids that name nothing (404 where the
 * caller may use the route at all), and nothing of the other organisation comes back or changes.
 */
export function describeOrganisationRoutes(label: string, openStore: () => Promise<StoreUnderTest>): void {
  describe(`organisations over HTTP, ${label}`, () => {
    let api: Api
    let orgs: { a: Org; b: Org }

    beforeAll(async () => {
      const { store } = await openStore()
      api = await startApi(store)
      orgs = {
        a: await seedOrganisation(api.call, fresh('advice'), fresh('Advice')),
        b: await seedOrganisation(api.call, fresh('housing'), fresh('Housing')),
      }
    })
    afterAll(async () => {
      await api?.close()
    })

    it('answers another organisation’s ids exactly as ids that name nothing, on every route, for every caller (property)', async () => {
      expect(SCOPED_ROUTES.length).toBeGreaterThanOrEqual(30)
      const before = {
        a: (await api.call('GET', `/initiatives/${orgs.a.initiative}/members`, { actor: actorOf(orgs.a, 'staff') })).body,
        b: (await api.call('GET', `/initiatives/${orgs.b.initiative}/members`, { actor: actorOf(orgs.b, 'staff') })).body,
      }
      const statuses = new Set<number>()
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<'a' | 'b'>('a', 'b'),
          fc.constantFrom(...kinds),
          fc.constantFrom(...SCOPED_ROUTES.map((r) => r.operationId)),
          async (from, kind, operationId) => {
            const route = SCOPED_ROUTES.find((r) => r.operationId === operationId)!
            const target = orgs[from === 'a' ? 'b' : 'a']
            const ghost = ghostOf(target)
            const actor = actorOf(orgs[from], kind)
            const method = route.method.toUpperCase()
            const real = await api.call(method, pathFor(route, target), { actor, body: bodyFor(route, target) })
            const none = await api.call(method, pathFor(route, ghost), { actor, body: bodyFor(route, ghost) })
            const what = `${kind} of ${from}: ${method} ${route.path}`
            expect(real.status, `${what} ${JSON.stringify(real.body)}`).toBe(none.status)
            expect(named(real.body, target), what).toEqual(named(none.body, ghost))
            expect(JSON.stringify(real.body ?? null), what).not.toContain(target.name)
            statuses.add(real.status)
            if (kind === 'staff' && route.access === 'staff') expect(real.status, what).toBe(404)
          },
        ),
        { numRuns: 150 },
      )
      expect(statuses.has(404)).toBe(true)
      // Nothing changed on either side.
      expect((await api.call('GET', `/initiatives/${orgs.a.initiative}/members`, { actor: actorOf(orgs.a, 'staff') })).body).toEqual(
        before.a,
      )
      expect((await api.call('GET', `/initiatives/${orgs.b.initiative}/members`, { actor: actorOf(orgs.b, 'staff') })).body).toEqual(
        before.b,
      )
    }, 120_000)

    it('lets a platform operator list and add organisations, and nobody else', async () => {
      const id = fresh('riverside')
      const made = await api.call('POST', '/organisations', { actor: operator, body: { id, name: 'Riverside Housing' } })
      expect(made.status).toBe(201)
      expect(made.body).toEqual({ id, name: 'Riverside Housing' })
      const listed = await api.call('GET', '/organisations', { actor: operator })
      expect(listed.status).toBe(200)
      expect(listed.body).toContainEqual({ id, name: 'Riverside Housing' })
      expect(listed.body).toContainEqual(expect.objectContaining({ id: orgs.a.organisation }))
      expect((await api.call('GET', '/organisations', { actor: actorOf(orgs.a, 'staff') })).status).toBe(403)
      expect((await api.call('GET', '/organisations')).status).toBe(401)
      // An operator reads no one's data.
      expect(
        (
          await api.call('GET', `/initiatives/${orgs.a.initiative}/members`, {
            actor: { ...operator, organisationId: orgs.a.organisation },
          })
        ).status,
      ).toBe(403)
    })

    it('puts a new initiative in the caller’s organisation and says so', async () => {
      const res = await api.call('POST', '/initiatives', {
        actor: actorOf(orgs.a, 'staff'),
        body: { title: 'New group', purpose: 'Check where it lands' },
      })
      expect(res.status).toBe(201)
      expect(res.body.organisationId).toBe(orgs.a.organisation)
      expect((await api.call('GET', `/initiatives/${res.body.id}`, { actor: actorOf(orgs.b, 'staff') })).status).toBe(404)
    })

    it('lets an organisation’s staff add a consent purpose its own members are asked, and the other’s are not', async () => {
      const purpose = {
        id: fresh('housing-calls')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-'),
        title: 'Can we pass your name to the housing team?',
        description: 'We pass your name to the housing team so they can call you about repairs.',
        audience: 'The housing team of this organisation.',
        dataCategories: ['your name'],
        retention: { description: 'Until the repair is done.' },
        thirdParties: [],
        version: 1,
      }
      const staffA = actorOf(orgs.a, 'staff')
      expect(
        (await api.call('POST', '/organisations/mine/consent-purposes', { actor: actorOf(orgs.a, 'member'), body: purpose })).status,
      ).toBe(403)
      expect((await api.call('POST', '/organisations/mine/consent-purposes', { body: purpose })).status).toBe(401)
      const bad = await api.call('POST', '/organisations/mine/consent-purposes', { actor: staffA, body: { ...purpose, version: 0 } })
      expect(bad.status).toBe(422)
      const added = await api.call('POST', '/organisations/mine/consent-purposes', { actor: staffA, body: purpose })
      expect(added.status).toBe(201)
      expect(added.body).toEqual(purpose)
      expect((await api.call('POST', '/organisations/mine/consent-purposes', { actor: staffA, body: purpose })).status).toBe(409)

      const ids = (body: { id: string }[]) => body.map((p) => p.id)
      expect(ids((await api.call('GET', '/organisations/mine/consent-purposes', { actor: staffA })).body)).toContain(purpose.id)
      expect(ids((await api.call('GET', '/organisations/mine/consent-purposes', { actor: actorOf(orgs.b, 'staff') })).body)).not.toContain(
        purpose.id,
      )
      expect(ids((await api.call('GET', '/consent-purposes')).body)).not.toContain(purpose.id)
      // A's member is asked it (and can answer); B's member is not, and cannot.
      const mineA = await api.call('GET', `/members/${orgs.a.member}/consents`, { actor: actorOf(orgs.a, 'member') })
      expect(ids(mineA.body.purposes)).toContain(purpose.id)
      const mineB = await api.call('GET', `/members/${orgs.b.member}/consents`, { actor: actorOf(orgs.b, 'member') })
      expect(ids(mineB.body.purposes)).not.toContain(purpose.id)
      const give = { purposeId: purpose.id, decision: 'give' }
      expect((await api.call('POST', `/members/${orgs.a.member}/consents`, { actor: actorOf(orgs.a, 'member'), body: give })).status).toBe(
        201,
      )
      expect((await api.call('POST', `/members/${orgs.b.member}/consents`, { actor: actorOf(orgs.b, 'member'), body: give })).status).toBe(
        404,
      )
    })
  })
}
