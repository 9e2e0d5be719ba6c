import type { Store } from '@coproduce/core'
import { evaluate } from '@coproduce/principles'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALL_ROUTES } from '../routes/all-routes.js'
import { operator, startApi, staff, type Api } from './api-harness.js'
import { expectProblem } from './expect-problem.js'
import { fuzzWriteRoute, WRITE_ROUTES } from './fuzz-write-routes.js'
import { seed, type Seeded } from './seed.js'

export interface StoreUnderTest {
  store: Store
}

/** Fill `:id`-style params with ids that exist (or a made-up one). */
const fill = (path: string, s: Seeded, extra: Record<string, string> = {}) =>
  path
    .replace(':updateId', extra.updateId ?? 'no-such-update')
    .replace(':memberId', s.ben.id)
    .replace(
      ':id',
      path.startsWith('/decisions/') ? (extra.decisionId ?? 'no-such-decision') : path.startsWith('/members') ? s.ben.id : s.initiativeId,
    )

/**
 * The HTTP contract, through real HTTP, over one store. Run once per store: memory, PostgreSQL, PGlite.
 */
export function describeRoutes(label: string, openStore: () => Promise<StoreUnderTest>): void {
  describe(`HTTP routes over ${label}`, () => {
    let api: Api
    let s: Seeded

    beforeAll(async () => {
      const { store } = await openStore()
      api = await startApi(store)
      s = await seed(api.call)
    })
    afterAll(async () => {
      await api?.close()
    })

    describe('who may call what', () => {
      it('answers 401 on every staff route when no one is signed in', async () => {
        const staffRoutes = ALL_ROUTES.filter((r) => r.access === 'staff')
        expect(staffRoutes.length).toBeGreaterThanOrEqual(12)
        for (const route of staffRoutes) {
          const res = await api.call(route.method.toUpperCase(), fill(route.path, s), route.request ? { body: {} } : {})
          expectProblem(res, 401, 'unauthorized', `${route.method} ${route.path}`)
        }
      })

      it('answers 403 on every staff route for a member who is not staff', async () => {
        for (const route of ALL_ROUTES.filter((r) => r.access === 'staff')) {
          const res = await api.call(route.method.toUpperCase(), fill(route.path, s), {
            actor: s.ada.actor,
            ...(route.request ? { body: {} } : {}),
          })
          expectProblem(res, 403, 'forbidden', `${route.method} ${route.path}`)
        }
      })

      it('answers 401 on every member route when no one is signed in', async () => {
        for (const route of ALL_ROUTES.filter((r) => r.access === 'self-or-staff')) {
          const res = await api.call(route.method.toUpperCase(), fill(route.path, s), route.request ? { body: {} } : {})
          expectProblem(res, 401, 'unauthorized', `${route.method} ${route.path}`)
        }
      })

      it('stops a member reading or changing another member’s consents, receipt or data (403), and changes nothing', async () => {
        const before = await api.records()
        const asAda = { actor: s.ada.actor }
        expectProblem(await api.call('GET', `/members/${s.ben.id}/consents`, asAda), 403, 'forbidden')
        expectProblem(await api.call('GET', `/members/${s.ben.id}/consents/receipt`, asAda), 403, 'forbidden')
        expectProblem(await api.call('GET', `/members/${s.ben.id}/export`, asAda), 403, 'forbidden')
        expectProblem(
          await api.call('POST', `/members/${s.ben.id}/consents`, { ...asAda, body: { purposeId: 'quote-with-name', decision: 'give' } }),
          403,
          'forbidden',
        )
        expectProblem(await api.call('DELETE', `/members/${s.ben.id}`, asAda), 403, 'forbidden')
        expect(await api.records()).toEqual(before)
      })

      it('lets a member read their own consents, receipt and data, and lets staff read anyone’s', async () => {
        for (const actor of [s.ada.actor, staff]) {
          const consents = await api.call('GET', `/members/${s.ada.id}/consents`, { actor })
          expect(consents.status).toBe(200)
          expect(consents.body.purposes.map((p: { id: string }) => p.id)).toContain('quote-with-name')
          expect(Array.isArray(consents.body.current)).toBe(true)
          expect(Array.isArray(consents.body.history)).toBe(true)
          expect((await api.call('GET', `/members/${s.ada.id}/consents/receipt`, { actor })).body.subject).toBe(s.ada.id)
          expect((await api.call('GET', `/members/${s.ada.id}/export`, { actor })).body.member.displayName).toBe(s.ada.name)
        }
      })

      it('serves the public reads to anyone', async () => {
        expect((await api.call('GET', '/consent-purposes')).status).toBe(200)
        expect((await api.call('GET', `/initiatives/${s.initiativeId}`)).body.title).toBe('Better buses')
        expect((await api.call('GET', `/initiatives/${s.initiativeId}/updates`)).status).toBe(200)
        expect((await api.call('GET', `/initiatives/${s.initiativeId}/impact`)).body.initiativeId).toBe(s.initiativeId)
      })

      it('takes anonymous feedback only where the initiative allows it, and stores no identity with it', async () => {
        const closed = await seed(api.call, { allowAnonymousFeedback: false })
        const body = { kind: 'idea', text: 'Put a shelter at the school stop' }
        expectProblem(await api.call('POST', `/initiatives/${closed.initiativeId}/feedback`, { body }), 401, 'unauthorized')
        const signedIn = await api.call('POST', `/initiatives/${closed.initiativeId}/feedback`, { actor: closed.ada.actor, body })
        expect(signedIn.status).toBe(201)
        expect(signedIn.body.memberId).toBe(closed.ada.id)

        const open = await api.call('POST', `/initiatives/${s.initiativeId}/feedback`, { body })
        expect(open.status).toBe(201)
        expect(open.body.anonymous).toBe(true)
        expect(open.body).not.toHaveProperty('memberId')
      })
    })

    describe('bad input gets a 4xx problem, never a 5xx', () => {
      const cases: { route: string; body: unknown; paths: (string | number)[][] }[] = [
        { route: 'POST /initiatives', body: { title: '', purpose: 7 }, paths: [['title'], ['purpose']] },
        { route: 'PATCH /initiatives/:id', body: { problemFraming: 'sideways' }, paths: [['problemFraming']] },
        { route: 'POST /initiatives/:id/feedback', body: { kind: 'rating' }, paths: [['rating']] },
        {
          route: 'POST /initiatives/:id/updates',
          body: { youSaid: 'More buses', weDid: 'Asked', status: 'not-possible' },
          paths: [['reason']],
        },
        { route: 'PATCH /initiatives/:id/updates/:updateId', body: { progress: 250 }, paths: [['progress']] },
        { route: 'POST /initiatives/:id/updates/:updateId/withdraw', body: { reason: '   ' }, paths: [['reason']] },
        { route: 'POST /initiatives/:id/members', body: { displayName: 'Cy', roles: [] }, paths: [['roles']] },
        {
          route: 'POST /initiatives/:id/sessions',
          body: { startsAt: 'next week', durationMinutes: 90, format: 'online' },
          paths: [['startsAt']],
        },
        { route: 'PUT /sessions/:id/attendance', body: { attendees: 'everyone' }, paths: [['attendees']] },
        { route: 'POST /initiatives/:id/report', body: { problemFraming: 'sideways' }, paths: [['problemFraming']] },
        {
          route: 'POST /initiatives/:id/payments',
          body: { memberId: 'm', hours: 2, amount: 30, currency: 'GBP', method: 'voucher' },
          paths: [['voucherReason']],
        },
        { route: 'POST /members/:id/consents', body: { purposeId: 'quote-with-name', decision: 'maybe' }, paths: [['decision']] },
        { route: 'PATCH /members/:id', body: { displayName: null, roles: ['boss'] }, paths: [['displayName'], ['roles', 0]] },
        { route: 'POST /initiatives/:id/decisions', body: { kind: 'wishes', question: '' }, paths: [['kind'], ['question']] },
        { route: 'POST /decisions/:id/options', body: { text: '' }, paths: [['text']] },
        { route: 'PUT /decisions/:id/views/:memberId', body: {}, paths: [['optionId']] },
        {
          route: 'POST /decisions/:id/outcome',
          body: { text: 'Agreed', method: 'shrug', decidedBy: 'everyone', useInPlan: 'yes' },
          paths: [['method'], ['decidedBy'], ['useInPlan']],
        },
        { route: 'POST /decisions/:id/revisit', body: { reason: 7 }, paths: [['reason']] },
        { route: 'PUT /decisions/:id/agreement/:memberId', body: { response: 'suggest-change' }, paths: [['text']] },
        { route: 'POST /organisations', body: { name: '' }, paths: [['name']] },
        {
          route: 'POST /organisations/mine/consent-purposes',
          body: { id: 'Not An Id', title: 'Can we?', version: 0 },
          paths: [['id'], ['version']],
        },
        { route: 'POST /text-check', body: { texts: [] }, paths: [['texts']] },
      ]

      it.each(cases)('$route with a bad body → 422 naming each field', async ({ route, body, paths }) => {
        const [method, path] = route.split(' ') as [string, string]
        let updateId: string | undefined
        if (path.includes(':updateId')) {
          const made = await api.call('POST', `/initiatives/${s.initiativeId}/updates`, {
            actor: staff,
            body: { youSaid: 'The timetable is hard to read', weDid: 'We asked the bus company for a bigger print' },
          })
          updateId = made.body.id
        }
        let decisionId: string | undefined
        if (path.startsWith('/decisions/')) {
          const made = await api.call('POST', `/initiatives/${s.initiativeId}/decisions`, {
            actor: staff,
            body: { kind: 'ground-rules', question: 'Can we all live with these ground rules?' },
          })
          decisionId = made.body.id
        }
        const res = await api.call(method, fill(path, s, { ...(updateId ? { updateId } : {}), ...(decisionId ? { decisionId } : {}) }), {
          actor: path === '/organisations' ? operator : staff,
          body,
        })
        expectProblem(res, 422, 'validation')
        expect(res.body.errors.map((e: { path: unknown }) => e.path)).toEqual(expect.arrayContaining(paths))
        for (const e of res.body.errors) expect(typeof e.message).toBe('string')
      })

      it('every write route is covered above', () => {
        const writes = ALL_ROUTES.filter((r) => r.request).map((r) => `${r.method.toUpperCase()} ${r.path}`)
        expect(cases.map((c) => c.route).sort()).toEqual(writes.sort())
      })

      it('malformed JSON → 400; not JSON → 415; a body for another initiative → 422', async () => {
        const url = `/initiatives/${s.initiativeId}/feedback`
        expectProblem(await api.call('POST', url, { raw: '{"kind": "idea", ' }), 400, 'validation')
        expectProblem(
          await api.call('POST', url, { raw: 'kind=idea', contentType: 'application/x-www-form-urlencoded' }),
          415,
          'unsupported-media-type',
        )
        expectProblem(await api.call('POST', url, { raw: '{}', contentType: null }), 415, 'unsupported-media-type')
        expectProblem(await api.call('POST', url, { body: ['idea'] }), 422, 'validation')
        const other = await api.call('POST', url, { body: { initiativeId: 'another', kind: 'idea', text: 'Hello' } })
        expectProblem(other, 422, 'validation')
        expect(other.body.errors[0].path).toEqual(['initiativeId'])
        const same = await api.call('POST', url, { body: { initiativeId: s.initiativeId, kind: 'idea', text: 'Hello' } })
        expect(same.status).toBe(201)
      })

      it('a body over the limit → 413, whether it says its length or is streamed', async () => {
        const big = JSON.stringify({ kind: 'story', text: 'x'.repeat(70 * 1024) })
        const url = `${api.url}/initiatives/${s.initiativeId}/feedback`
        const sized = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big })
        expect(sized.status).toBe(413)
        expect(sized.headers.get('content-type')).toBe('application/problem+json')
        expect((await sized.json()).code).toBe('payload-too-large')
        const stream = new ReadableStream({
          start(controller) {
            for (let i = 0; i < 8; i++) controller.enqueue(new TextEncoder().encode(big.slice(i * 10_000, (i + 1) * 10_000)))
            controller.enqueue(new TextEncoder().encode(big.slice(80_000)))
            controller.close()
          },
        })
        const streamed = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: stream,
          duplex: 'half',
        } as RequestInit)
        expect(streamed.status).toBe(413)
        expect((await streamed.json()).code).toBe('payload-too-large')
      })

      it('unknown addresses and records → 404 problems', async () => {
        expectProblem(await api.call('GET', '/nothing-here'), 404, 'not-found')
        expectProblem(await api.call('GET', '/initiatives/no-such-initiative'), 404, 'not-found')
        expectProblem(await api.call('GET', `/initiatives/${s.initiativeId}/report?preset=lenient`, { actor: staff }), 422, 'validation')
      })

      it('300 random ids and odd addresses on every route → no 5xx, always a problem or an answer', async () => {
        const segment = fc.oneof(
          fc.string({ maxLength: 40 }).map(encodeURIComponent),
          fc.constantFrom('%', '%ZZ', '%E0%A4%A', '..', '%2F', '%00', 'x'.repeat(300), ' '),
        )
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...ALL_ROUTES), segment, segment, fc.boolean(), async (route, a, b, asStaff) => {
            const path = route.path
              .replace(':updateId', b)
              .replace(':memberId', b)
              .replace(':id', a || 'x')
            const res = await api.call(route.method.toUpperCase(), path, {
              ...(asStaff ? { actor: staff } : {}),
              ...(route.request ? { raw: '{}' } : {}),
            })
            expect(res.status, `${route.method} ${path} → ${JSON.stringify(res.body).slice(0, 200)}`).toBeLessThan(500)
            if (res.status >= 400) expect(res.contentType).toBe('application/problem+json')
          }),
          { numRuns: 300 },
        )
      })

      it('fuzzes every write route', () => expect(WRITE_ROUTES).toHaveLength(22))

      it.each(WRITE_ROUTES.map((route) => ({ route, name: `${route.method.toUpperCase()} ${route.path}` })))(
        '$name: 1,000 random bodies → no 5xx, always a problem, and no rows added or removed',
        async ({ route }) => {
          await fuzzWriteRoute(api, s, route, 1000)
        },
        300_000,
      )
    })

    describe('feedback', () => {
      it('stores one feedback per Idempotency-Key: 201 the first time, 200 with the same one after', async () => {
        const url = `/initiatives/${s.initiativeId}/feedback`
        const options = { actor: s.ada.actor, body: { kind: 'rating', rating: 'good' }, headers: { 'idempotency-key': 'k-ada-1' } }
        const first = await api.call('POST', url, options)
        const again = await api.call('POST', url, options)
        expect(first.status).toBe(201)
        expect(again.status).toBe(200)
        expect(again.body.id).toBe(first.body.id)
        const all = await api.call('GET', url, { actor: staff })
        expect(all.body.filter((f: { idempotencyKey?: string }) => f.idempotencyKey === 'k-ada-1')).toHaveLength(1)
        expectProblem(await api.call('POST', url, { ...options, headers: { 'idempotency-key': 'k'.repeat(201) } }), 422, 'validation')
      })

      it('refuses the same Idempotency-Key with a different body (422 idempotency-mismatch) and stores nothing of it', async () => {
        const url = `/initiatives/${s.initiativeId}/feedback`
        const headers = { 'idempotency-key': 'k-ada-mismatch' }
        expect((await api.call('POST', url, { actor: s.ada.actor, body: { kind: 'idea', text: 'Later buses' }, headers })).status).toBe(201)
        const before = await api.records()
        const changed = { kind: 'idea', text: 'Earlier buses', consents: [{ purposeId: 'quote-with-name', decision: 'give' }] }
        const res = await api.call('POST', url, { actor: s.ada.actor, body: changed, headers })
        expectProblem(res, 422, 'idempotency-mismatch')
        expect(res.body.errors).toEqual([{ path: ['idempotencyKey'], message: expect.any(String) }])
        expect(await api.records()).toEqual(before)
      })

      it('answers an anonymous replay with ids only, never the words, and only to the same device key', async () => {
        const url = `/initiatives/${s.initiativeId}/feedback`
        const words = 'The driver shouted at my son'
        const device = { 'idempotency-key': 'anon-replay-1', 'coproduce-device-key': 'device-0123456789abcdef' }
        const first = await api.call('POST', url, { body: { kind: 'story', text: words }, headers: device })
        expect(first.status).toBe(201)
        expect(first.body.text).toBe(words)
        const again = await api.call('POST', url, { body: { kind: 'story', text: words }, headers: device })
        expect(again.status).toBe(200)
        expect(again.body).toEqual({
          id: first.body.id,
          initiativeId: s.initiativeId,
          kind: 'story',
          anonymous: true,
          createdAt: first.body.createdAt,
          idempotencyKey: 'anon-replay-1',
        })
        const other = await api.call('POST', url, {
          body: { kind: 'story', text: words },
          headers: { ...device, 'coproduce-device-key': 'another-device-000000' },
        })
        expectProblem(other, 409, 'conflict')
        expect(JSON.stringify(other.body)).not.toContain(words)
        expectProblem(
          await api.call('POST', url, { body: { kind: 'story', text: words }, headers: { 'idempotency-key': 'anon-replay-1' } }),
          409,
          'conflict',
        )
        expectProblem(
          await api.call('POST', url, { body: { kind: 'story', text: words }, headers: { ...device, 'coproduce-device-key': 'short' } }),
          422,
          'validation',
        )
      })
    })

    describe('erasure', () => {
      it('is final: afterwards the person’s session gets 410 erased with erasedAt everywhere, and erasing again is safe', async () => {
        const joined = await api.call('POST', `/initiatives/${s.initiativeId}/members`, {
          actor: staff,
          body: { displayName: 'Cara Erased', roles: ['lived-experience'] },
        })
        const cara = { id: joined.body.id as string, actor: { id: joined.body.id as string, roles: [] } }
        const feedbackUrl = `/initiatives/${s.initiativeId}/feedback`
        expect((await api.call('POST', feedbackUrl, { actor: cara.actor, body: { kind: 'idea', text: 'Before I left' } })).status).toBe(201)
        expect((await api.call('DELETE', `/members/${cara.id}`, { actor: cara.actor })).status).toBe(204)

        const before = await api.records()
        const gone = [
          await api.call('POST', feedbackUrl, { actor: cara.actor, body: { kind: 'idea', text: 'After I left' } }),
          await api.call('POST', feedbackUrl, { actor: staff, body: { kind: 'idea', text: 'After they left', memberId: cara.id } }),
          await api.call('POST', `/members/${cara.id}/consents`, {
            actor: cara.actor,
            body: { purposeId: 'quote-with-name', decision: 'give' },
          }),
          await api.call('POST', `/members/${cara.id}/consents`, {
            actor: staff,
            body: { purposeId: 'quote-with-name', decision: 'give' },
          }),
          await api.call('GET', `/members/${cara.id}/consents`, { actor: cara.actor }),
          await api.call('GET', `/members/${cara.id}/consents`, { actor: staff }),
          await api.call('GET', `/members/${cara.id}/export`, { actor: staff }),
          await api.call('DELETE', `/members/${cara.id}`, { actor: cara.actor }),
          await api.call('PATCH', `/members/${cara.id}`, { actor: staff, body: { displayName: 'Cara Erased' } }),
          await api.call('POST', `/members/${cara.id}/leave`, { actor: staff }),
        ]
        for (const res of gone) {
          expectProblem(res, 410, 'erased')
          expect(res.body.erasedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
        }
        expect(await api.records()).toEqual(before)
        expect((await api.call('DELETE', `/members/${cara.id}`, { actor: staff })).status).toBe(204)
        expect(JSON.stringify(await api.store.dump())).not.toContain('Before I left')
      })
    })

    describe('consent, end to end', () => {
      it('after a member withdraws quote-with-name, the public updates show neither their words nor their name', async () => {
        const words = 'The 47 bus never stops at the hospital after six'
        const given = await api.call('POST', `/initiatives/${s.initiativeId}/feedback`, {
          actor: s.ada.actor,
          body: { kind: 'story', text: words, consents: [{ purposeId: 'quote-with-name', decision: 'give', scope: 'everything' }] },
        })
        expect(given.status).toBe(201)
        const update = await api.call('POST', `/initiatives/${s.initiativeId}/updates`, {
          actor: staff,
          body: {
            youSaid: 'Buses skip the hospital in the evening',
            weDid: 'The 47 now stops there until midnight',
            linkedFeedback: [given.body.id],
          },
        })
        expect(update.status).toBe(201)

        const shown = JSON.stringify((await api.call('GET', `/initiatives/${s.initiativeId}/updates`)).body)
        expect(shown).toContain(words)
        expect(shown).toContain(s.ada.name)

        const withdrawn = await api.call('POST', `/members/${s.ada.id}/consents`, {
          actor: s.ada.actor,
          body: { purposeId: 'quote-with-name', decision: 'withdraw' },
        })
        expect(withdrawn.status).toBe(201)
        expect(withdrawn.body.status).toBe('withdrawn')

        const after = await api.call('GET', `/initiatives/${s.initiativeId}/updates`)
        expect(after.status).toBe(200)
        const text = JSON.stringify(after.body)
        expect(text).toContain('The 47 now stops there until midnight')
        expect(text).not.toContain(words)
        expect(text).not.toContain(s.ada.name)

        const history = await api.call('GET', `/members/${s.ada.id}/consents`, { actor: s.ada.actor })
        expect(history.body.history.map((r: { status: string }) => r.status)).toEqual(expect.arrayContaining(['given', 'withdrawn']))
        expect(history.body.current.find((c: { purposeId: string }) => c.purposeId === 'quote-with-name').status).toBe('withdrawn')
      })
    })

    describe('consent purposes in the language the person reads', () => {
      it('answers in Welsh or Urdu to Accept-Language, says which language each purpose is in, and sends no other language', async () => {
        const welsh = await api.call('GET', '/consent-purposes', { headers: { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' } })
        expect(welsh.status).toBe(200)
        const quote = welsh.body.find((p: { id: string }) => p.id === 'quote-with-name')
        expect(quote).toMatchObject({ lang: 'cy', title: 'Gawn ni rannu eich geiriau gyda’ch enw?' })
        expect(welsh.body.every((p: { lang: string; translations?: unknown }) => p.lang === 'cy' && p.translations === undefined)).toBe(
          true,
        )

        const mine = await api.call('GET', `/members/${s.ada.id}/consents`, { actor: s.ada.actor, headers: { 'accept-language': 'ur' } })
        expect(mine.status).toBe(200)
        expect(mine.body.purposes.every((p: { lang: string }) => p.lang === 'ur')).toBe(true)
        expect(mine.body.purposes[0].title).toMatch(/[\u0600-\u06FF]/)
      })

      it('answers in English, marked en, to no Accept-Language, to English, and to a language it does not have', async () => {
        for (const headers of <Record<string, string>[]>[
          {},
          { 'accept-language': 'en-GB' },
          { 'accept-language': 'fr, de;q=0.5' },
          { 'accept-language': 'cy;q=0' },
        ]) {
          const shown = await api.call('GET', '/consent-purposes', { headers })
          expect(shown.body.find((p: { id: string }) => p.id === 'quote-with-name')).toMatchObject({
            lang: 'en',
            title: 'Can we share your words with your name?',
          })
        }
      })

      it('keeps every language for staff, who look after the purposes', async () => {
        const mine = await api.call('GET', '/organisations/mine/consent-purposes', { actor: staff, headers: { 'accept-language': 'cy' } })
        expect(mine.status).toBe(200)
        const quote = mine.body.find((p: { id: string }) => p.id === 'quote-with-name')
        expect(quote.title).toBe('Can we share your words with your name?')
        expect(Object.keys(quote.translations)).toEqual(['cy', 'ur'])
      })
    })

    describe('staff screens', () => {
      it('serves the inbox newest first, filtered, counted and paged with a cursor; a bad filter is a 422 naming it', async () => {
        const base = `/initiatives/${s.initiativeId}/feedback`
        for (const text of ['First idea for the inbox', 'Second idea for the inbox', 'Third idea for the inbox'])
          expect((await api.call('POST', base, { actor: s.ben.actor, body: { kind: 'idea', text } })).status).toBe(201)
        const first = await api.call('GET', `${base}/inbox?kind=idea&who=named&limit=2`, { actor: staff })
        expect(first.status, JSON.stringify(first.body)).toBe(200)
        expect(first.body.items.map((f: { text: string }) => f.text).slice(0, 2)).toEqual([
          'Third idea for the inbox',
          'Second idea for the inbox',
        ])
        expect(first.body.counts.total).toBeGreaterThanOrEqual(3)
        const next = await api.call(
          'GET',
          `${base}/inbox?kind=idea&who=named&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
          { actor: staff },
        )
        expect(next.body.items[0].text).toBe('First idea for the inbox')
        expectProblem(await api.call('GET', `${base}/inbox?limit=500`, { actor: staff }), 422, 'validation')
        expectProblem(await api.call('GET', `${base}/inbox?who=someone`, { actor: staff }), 422, 'validation')
      })

      it('lists every update for staff, who may be thanked by name, and checks words before publishing', async () => {
        expect((await api.call('GET', `/initiatives/${s.initiativeId}/updates/all`, { actor: staff })).status).toBe(200)
        const options = await api.call('GET', `/initiatives/${s.initiativeId}/updates/credit-options`, { actor: staff })
        expect(options.body).toEqual(expect.arrayContaining([expect.objectContaining({ memberId: s.ben.id, credit: expect.any(Boolean) })]))
        const checked = await api.call('POST', '/text-check', {
          actor: staff,
          body: { texts: [{ field: 'weDid', text: 'We will leverage synergies with hard to reach groups.' }] },
        })
        expect(checked.status).toBe(200)
        expect(checked.body.flags.map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(['label', 'jargon']))
        expect(checked.body.flags.every((f: { field: string }) => f.field === 'weDid')).toBe(true)
      })
    })

    describe('the rest of the contract', () => {
      it('creates, reads and changes an initiative; sessions and payments are recorded and listed', async () => {
        const patched = await api.call('PATCH', `/initiatives/${s.initiativeId}`, {
          actor: staff,
          body: { communication: { updateEveryDays: 14 } },
        })
        expect(patched.status).toBe(200)
        expect(patched.body.communication.updateEveryDays).toBe(14)
        const session = await api.call('POST', `/initiatives/${s.initiativeId}/sessions`, {
          actor: staff,
          body: {
            startsAt: '2026-03-02T18:00:00Z',
            durationMinutes: 120,
            format: 'in-person',
            venue: { name: 'Library', kind: 'community' },
          },
        })
        expect(session.status).toBe(201)
        const payment = await api.call('POST', `/initiatives/${s.initiativeId}/payments`, {
          actor: staff,
          body: { memberId: s.ben.id, sessionId: session.body.id, hours: 2, amount: 30, currency: 'GBP', method: 'cash' },
        })
        expect(payment.status, JSON.stringify(payment.body)).toBe(201)
        expect((await api.call('GET', `/initiatives/${s.initiativeId}/sessions`, { actor: staff })).body).toHaveLength(1)
        expect((await api.call('GET', `/initiatives/${s.initiativeId}/payments`, { actor: staff })).body).toHaveLength(1)
        expect((await api.call('GET', `/initiatives/${s.initiativeId}/members`, { actor: staff })).body.length).toBeGreaterThanOrEqual(2)
      })

      it('checks a draft of the plan without storing it; members may not', async () => {
        const url = `/initiatives/${s.initiativeId}/report`
        const before = (await api.call('GET', `/initiatives/${s.initiativeId}`, { actor: staff })).body
        const fixed = await api.call('POST', url, {
          actor: staff,
          body: { problemFraming: 'fixed', purpose: 'We will roll out the new app.' },
        })
        expect(fixed.status, JSON.stringify(fixed.body)).toBe(200)
        const open = await api.call('POST', url, { actor: staff, body: { problemFraming: 'open' } })
        const outcome = (r: typeof fixed) => r.body.findings.find((f: { path: string }) => f.path === 'initiative.problemFraming')?.outcome
        expect(outcome(fixed)).toBe('fail')
        expect(outcome(open)).not.toBe('fail')
        expect((await api.call('GET', `/initiatives/${s.initiativeId}`, { actor: staff })).body).toEqual(before)
        expect((await api.call('POST', url, { actor: s.ada.actor, body: {} })).status).toBe(403)
      })

      it('records who came to a session, staff only, once it has started; a stranger to the group is refused and nothing changes', async () => {
        const session = await api.call('POST', `/initiatives/${s.initiativeId}/sessions`, {
          actor: staff,
          body: { startsAt: '2026-01-05T18:00:00Z', durationMinutes: 60, format: 'online', venue: { name: 'Video call', kind: 'online' } },
        })
        const path = `/sessions/${session.body.id}/attendance`
        const attendees = [
          { memberId: s.ada.id, attended: true },
          { memberId: s.ben.id, attended: false },
        ]
        const asMember = await api.call('PUT', path, { actor: s.ada.actor, body: { attendees } })
        expect(asMember.status).toBe(403)
        const stranger = await api.call('PUT', path, { actor: staff, body: { attendees: [{ memberId: 'nobody-here', attended: true }] } })
        expect(stranger.status).toBeGreaterThanOrEqual(400)
        expect(stranger.status).toBeLessThan(500)
        const recorded = await api.call('PUT', path, { actor: staff, body: { attendees } })
        expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
        expect(recorded.body.attendees).toEqual(attendees)
        const listed = (await api.call('GET', `/initiatives/${s.initiativeId}/sessions`, { actor: staff })).body
        expect(listed.find((x: { id: string }) => x.id === session.body.id).attendees).toEqual(attendees)
      })

      it('changes an update only through its own initiative', async () => {
        const made = await api.call('POST', `/initiatives/${s.initiativeId}/updates`, {
          actor: staff,
          body: { youSaid: 'Fares are confusing', weDid: 'We are writing one simple price list' },
        })
        const changed = await api.call('PATCH', `/initiatives/${s.initiativeId}/updates/${made.body.id}`, {
          actor: staff,
          body: { status: 'done', progress: 100 },
        })
        expect(changed.status).toBe(200)
        expect(changed.body.status).toBe('done')
        const other = await seed(api.call)
        expectProblem(
          await api.call('PATCH', `/initiatives/${other.initiativeId}/updates/${made.body.id}`, { actor: staff, body: { progress: 5 } }),
          404,
          'not-found',
        )
      })

      it('takes an update down: off the public list, kept for staff with the reason, then no more changes', async () => {
        const made = await api.call('POST', `/initiatives/${s.initiativeId}/updates`, {
          actor: staff,
          body: { youSaid: 'The ramp is steep', weDid: 'We put in a handrail on the wrong side' },
        })
        const withdraw = `/initiatives/${s.initiativeId}/updates/${made.body.id}/withdraw`
        const other = await seed(api.call)
        expectProblem(
          await api.call('POST', `/initiatives/${other.initiativeId}/updates/${made.body.id}/withdraw`, {
            actor: staff,
            body: { reason: 'Wrong side' },
          }),
          404,
          'not-found',
        )
        expectProblem(await api.call('POST', withdraw, { body: { reason: 'Wrong side' } }), 401, 'unauthorized')
        expectProblem(await api.call('POST', withdraw, { actor: staff, body: {} }), 422, 'validation')
        const publicIds = async () =>
          ((await api.call('GET', `/initiatives/${s.initiativeId}/updates`)).body as { id: string }[]).map((u) => u.id)
        expect(await publicIds()).toContain(made.body.id)
        const down = await api.call('POST', withdraw, { actor: staff, body: { reason: 'It named the wrong side' } })
        expect(down.status).toBe(200)
        expect(down.body.withdrawn).toMatchObject({ reason: 'It named the wrong side' })
        expect(await publicIds()).not.toContain(made.body.id)
        const all = await api.call('GET', `/initiatives/${s.initiativeId}/updates/all`, { actor: staff })
        expect(all.body.find((u: { id: string }) => u.id === made.body.id)).toEqual(down.body)
        const again = await api.call('POST', withdraw, { actor: staff, body: { reason: 'Another reason' } })
        expect(again.status).toBe(200)
        expect(again.body).toEqual(down.body)
        expectProblem(
          await api.call('PATCH', `/initiatives/${s.initiativeId}/updates/${made.body.id}`, { actor: staff, body: { progress: 5 } }),
          409,
          'conflict',
        )
      })

      it('gives staff the principles report, for either preset', async () => {
        for (const preset of ['recommended', 'strict']) {
          const res = await api.call('GET', `/initiatives/${s.initiativeId}/report?preset=${preset}`, { actor: staff })
          expect(res.status).toBe(200)
          expect(res.body.initiativeId).toBe(s.initiativeId)
          expect(res.body.preset).toBe(preset)
          expect(Array.isArray(res.body.findings)).toBe(true)
          expect(res.body.ladder.assessed).toEqual(expect.any(String))
        }
      })

      it('judges the snapshot the store gives without parsing it again, with the same findings as a parse', async () => {
        const res = await api.call('GET', `/initiatives/${s.initiativeId}/report`, { actor: staff })
        const parsed = evaluate(await api.coproduction.initiatives.snapshot(s.initiativeId, { actor: staff }))
        expect(res.body.findings).toEqual(parsed.findings)
        expect(res.body.ladder).toEqual(parsed.ladder)
      })

      it('answers the report in the language asked for: ?lang=, else Accept-Language, else English', async () => {
        const url = `/initiatives/${s.initiativeId}/report`
        const snapshot = await api.coproduction.initiatives.snapshot(s.initiativeId, { actor: staff })
        const english = await api.call('GET', url, { actor: staff })
        expect(english.headers.get('content-language')).toBe('en')
        expect(english.headers.get('vary')).toContain('Accept-Language')
        const asked: [string, { status: number; headers: Headers; body: any }, 'cy' | 'ur'][] = [
          ['?lang=cy', await api.call('GET', `${url}?lang=cy`, { actor: staff, headers: { 'accept-language': 'ur' } }), 'cy'],
          [
            'Accept-Language',
            await api.call('GET', url, { actor: staff, headers: { 'accept-language': 'fr;q=1, ur-PK;q=0.9, en;q=0.5' } }),
            'ur',
          ],
          ['a draft, ?lang=cy', await api.call('POST', `${url}?lang=cy`, { actor: staff, body: { problemFraming: 'fixed' } }), 'cy'],
        ]
        for (const [how, res, locale] of asked) {
          expect(res.status, how).toBe(200)
          expect(res.headers.get('content-language'), how).toBe(locale)
          expect(res.body.lang, how).toBe(locale)
          const draft = how.startsWith('a draft')
          const expected = evaluate(draft ? { ...snapshot, initiative: { ...snapshot.initiative, problemFraming: 'fixed' } } : snapshot, {
            locale,
          })
          expect(res.body.findings, how).toEqual(expected.findings)
          expect(res.body.ladder, how).toEqual(expected.ladder)
          const before = draft ? evaluate({ ...snapshot, initiative: { ...snapshot.initiative, problemFraming: 'fixed' } }) : english.body
          res.body.findings.forEach((f: { message: string; messageId: string }, i: number) => {
            expect(f.messageId, how).toBe(before.findings[i].messageId)
            expect(f.message, `${how}: ${f.messageId}`).not.toBe(before.findings[i].message)
          })
        }
        expectProblem(await api.call('GET', `${url}?lang=fr`, { actor: staff }), 422, 'validation')
      })

      it('sums up impact for a range of days, and names a day it cannot read', async () => {
        const url = `/initiatives/${s.initiativeId}/impact`
        const today = new Date().toISOString().slice(0, 10)
        const all = await api.call('GET', url)
        const upToToday = await api.call('GET', `${url}?from=2020-01-01&to=${today}`)
        expect(upToToday.status).toBe(200)
        expect(upToToday.body).toEqual({ ...all.body, range: { from: '2020-01-01', to: today } })
        const before = await api.call('GET', `${url}?to=2020-01-01`)
        expect(before.body).toMatchObject({ feedback: 0, answered: 0, byMonth: [], range: { to: '2020-01-01' } })
        const bad = await api.call('GET', `${url}?from=yesterday&to=2020-01-01`)
        expectProblem(bad, 422, 'validation')
        expect(bad.body.errors.map((e: { path: unknown }) => e.path)).toEqual([['from']])
        expectProblem(await api.call('GET', `${url}?from=2026-03-01&to=2026-02-01`), 422, 'validation')
      })

      it('lets staff correct a member’s details and record that they left; members may not', async () => {
        const other = await seed(api.call)
        const url = `/members/${other.ben.id}`
        expectProblem(await api.call('PATCH', url, { actor: other.ben.actor, body: { displayName: 'Me' } }), 403, 'forbidden')
        expectProblem(await api.call('POST', `${url}/leave`, { actor: other.ben.actor }), 403, 'forbidden')
        const changed = await api.call('PATCH', url, { actor: staff, body: { accessNeeds: ['hearing loop'], notes: null } })
        expect(changed.status).toBe(200)
        expect(changed.body).toMatchObject({ id: other.ben.id, displayName: other.ben.name, accessNeeds: ['hearing loop'] })
        expect(changed.body).not.toHaveProperty('notes')
        const left = await api.call('POST', `${url}/leave`, { actor: staff })
        expect(left.status).toBe(200)
        expect(left.body.leftAt).toMatch(/^\d{4}-\d\d-\d\dT/)
        const listed = await api.call('GET', `/initiatives/${other.initiativeId}/members`, { actor: staff })
        expect(listed.body.find((m: { id: string }) => m.id === other.ben.id)).toMatchObject({
          accessNeeds: ['hearing loop'],
          leftAt: left.body.leftAt,
        })
      })

      it('erases a member on request (204): and their name leaves the staff list of members', async () => {
        const other = await seed(api.call)
        const res = await api.call('DELETE', `/members/${other.ben.id}`, { actor: other.ben.actor })
        expect(res.status).toBe(204)
        const members = await api.call('GET', `/initiatives/${other.initiativeId}/members`, { actor: staff })
        expect(JSON.stringify(members.body)).not.toContain(other.ben.name)
      })
    })
  })
}
