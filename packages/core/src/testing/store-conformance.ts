import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isCoproduceError } from '../errors/coproduce-error.js'
import { DEFAULT_ORGANISATION_ID } from '../schemas/organisation.js'
import type { DomainEvent } from '../schemas/events.js'
import type { Store, StoreTx } from '../store/store-port.js'
import { describeConsentConformance } from './consent-conformance.js'
import { uniqueId } from './fakes.js'
import { describeOrganisationIsolation } from './organisation-isolation.js'
import { describeOrganisationPurposes } from './organisation-purposes-conformance.js'
import { describeErasureConformance } from './store-erasure-conformance.js'
import { fixtures as f, minute } from './store-fixtures.js'

export interface StoreConformanceOptions {
  /** Called once; every test uses fresh ids, so one store serves the whole suite. */
  setup: () => Promise<Store>
  /** Called once at the end. Defaults to `store.close()`. */
  teardown?: (store: Store) => Promise<void>
}

class Rollback extends Error {}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => (globalThis as unknown as { setTimeout(f: () => void, ms: number): unknown }).setTimeout(resolve, ms))

const ids = <T extends { id: string }>(items: T[], mine: Set<string>) => items.filter((i) => mine.has(i.id)).map((i) => i.id)

/**
 * The behaviour every Store adapter must have. Run it from a test file:
 *
 * ```ts
 * describeStoreConformance('pglite', { setup: async () => pgliteStore(), teardown: (s) => s.close() })
 * ```
 */
export function describeStoreConformance(name: string, options: StoreConformanceOptions): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store
    const tx = <T>(work: (tx: StoreTx) => Promise<T>) => store.transaction(work)
    /** Run `work`, then throw so the transaction rolls back. */
    const rolledBack = async (work: (tx: StoreTx) => Promise<void>) => {
      await expect(
        tx(async (t) => {
          await work(t)
          throw new Rollback('roll back')
        }),
      ).rejects.toBeInstanceOf(Rollback)
    }
    const dumpText = async () => JSON.stringify(await store.dump())

    beforeAll(async () => {
      store = await options.setup()
    })
    afterAll(async () => {
      if (!store) return
      if (options.teardown) await options.teardown(store)
      else await store.close()
    })

    describe('organisations table', () => {
      it('keeps organisations as given, replaces on put, and lists them by name then id', async () => {
        const [a, b, c] = [uniqueId('org'), uniqueId('org'), uniqueId('org')]
        const name = uniqueId('Name')
        await tx(async (t) => {
          await t.organisations.put(f.organisation(b, { name: `${name} Zed` }))
          await t.organisations.put(f.organisation(a, { name: `${name} Alder` }))
          await t.organisations.put(f.organisation(c, { name: `${name} Alder` }))
        })
        expect(await tx((t) => t.organisations.get(a))).toEqual({ id: a, name: `${name} Alder` })
        expect(await tx((t) => t.organisations.get(uniqueId('org')))).toBeUndefined()
        await tx((t) => t.organisations.put({ id: b, name: `${name} Beech` }))
        const mine = (await tx((t) => t.organisations.list())).filter((o) => o.name.startsWith(name))
        expect(mine).toEqual(
          [
            { id: a, name: `${name} Alder` },
            { id: c, name: `${name} Alder` },
            { id: b, name: `${name} Beech` },
          ].sort((x, y) => (x.name === y.name ? (x.id < y.id ? -1 : 1) : x.name < y.name ? -1 : 1)),
        )
      })

      it('keeps each initiative’s organisation and each event’s organisation', async () => {
        const org = uniqueId('org')
        const i = uniqueId('i')
        await tx(async (t) => {
          await t.organisations.put(f.organisation(org))
          await t.initiatives.put(f.initiative(i, { organisationId: org }))
          for (const event of f.events(uniqueId('e'), i, org)) await t.events.append(event)
        })
        expect((await tx((t) => t.initiatives.get(i)))?.organisationId).toBe(org)
        const events = (await tx((t) => t.events.list())).filter((e) => e.initiativeId === i)
        expect(events.length).toBe(12)
        expect(events.every((e) => e.organisationId === org)).toBe(true)
        expect((await tx((t) => t.events.list(org))).map((e) => e.id)).toEqual(events.map((e) => e.id))
        expect(await tx((t) => t.initiatives.list(org))).toEqual([f.initiative(i, { organisationId: org })])
        expect(await tx((t) => t.events.list(uniqueId('org')))).toEqual([])
        expect((await tx((t) => t.initiatives.list(DEFAULT_ORGANISATION_ID))).some((x) => x.id === i)).toBe(false)
      })
    })

    describe('transactions', () => {
      it('returns what the callback returns', async () => {
        expect(await tx(async () => ({ answer: 42 }))).toEqual({ answer: 42 })
      })

      it('sees its own writes before commit, and everyone sees them after', async () => {
        const id = uniqueId('i')
        await tx(async (t) => {
          await t.initiatives.put(f.initiative(id))
          expect(await t.initiatives.get(id)).toEqual(f.initiative(id))
        })
        expect(await tx((t) => t.initiatives.get(id))).toEqual(f.initiative(id))
      })

      it('keeps nothing from a callback that throws, and rethrows its error', async () => {
        const i = uniqueId('i')
        const m = uniqueId('m')
        const fb = uniqueId('f')
        const subject = uniqueId('subject')
        const events = f.events(uniqueId('e'), i)
        await rolledBack(async (t) => {
          await t.initiatives.put(f.initiative(i))
          await t.members.put(f.member(m, i))
          await t.sessions.put(f.session(uniqueId('s'), i))
          await t.feedback.put(f.feedback(fb, i, { memberId: m }))
          await t.updates.put(f.update(uniqueId('u'), i))
          await t.payments.put(f.payment(uniqueId('p'), i, m))
          await t.consents.append(f.consent(uniqueId('c'), subject))
          for (const e of events) await t.events.append(e)
        })
        await tx(async (t) => {
          expect(await t.initiatives.get(i)).toBeUndefined()
          expect(await t.members.get(m)).toBeUndefined()
          expect(await t.members.listByInitiative(i)).toEqual([])
          expect(await t.sessions.listByInitiative(i)).toEqual([])
          expect(await t.feedback.get(fb)).toBeUndefined()
          expect(await t.feedback.listByInitiative(i)).toEqual([])
          expect(await t.feedback.findByIdempotencyKey(i, `key-${fb}`)).toBeUndefined()
          expect(await t.updates.listByInitiative(i)).toEqual([])
          expect(await t.payments.listByInitiative(i)).toEqual([])
          expect(await t.consents.listBySubject(subject)).toEqual([])
          const eventIds = new Set(events.map((e) => e.id))
          expect((await t.events.list()).filter((e) => eventIds.has(e.id))).toEqual([])
        })
      })

      it('keeps the old version when a replacement is rolled back', async () => {
        const i = uniqueId('i')
        await tx((t) => t.initiatives.put(f.initiative(i, { title: 'Before' })))
        await rolledBack((t) => t.initiatives.put(f.initiative(i, { title: 'After' })))
        expect((await tx((t) => t.initiatives.get(i)))?.title).toBe('Before')
      })

      it('commits transactions that run at the same time', async () => {
        const i = uniqueId('i')
        await tx((t) => t.initiatives.put(f.initiative(i)))
        const members = Array.from({ length: 8 }, (_, n) => f.member(uniqueId(`m${n}`), i))
        await Promise.all(members.map((m) => tx((t) => t.members.put(m))))
        const listed = await tx((t) => t.members.listByInitiative(i))
        expect(listed.map((m) => m.id).sort()).toEqual(members.map((m) => m.id).sort())
      })

      it('hands out copies: changing a returned record changes nothing stored', async () => {
        const i = uniqueId('i')
        await tx((t) => t.initiatives.put(f.initiative(i)))
        const copy = await tx((t) => t.initiatives.get(i))
        copy!.title = 'Changed by the caller'
        copy!.scope!.negotiable.push('changed')
        expect(await tx((t) => t.initiatives.get(i))).toEqual(f.initiative(i))
      })
    })

    describe('initiatives', () => {
      it('returns undefined for an unknown id', async () => {
        expect(await tx((t) => t.initiatives.get(uniqueId('nobody')))).toBeUndefined()
      })

      it('stores every field and replaces on put', async () => {
        const i = uniqueId('i')
        const minimal = { id: i, title: 'Short plan', purpose: 'Just started.' }
        await tx((t) => t.initiatives.put(minimal))
        expect(await tx((t) => t.initiatives.get(i))).toEqual(minimal)
        await tx((t) => t.initiatives.put(f.initiative(i)))
        expect(await tx((t) => t.initiatives.get(i))).toEqual(f.initiative(i))
      })

      it('lists by creation time, then id', async () => {
        const [a, b, c] = [uniqueId('i'), uniqueId('i'), uniqueId('i')].sort()
        await tx(async (t) => {
          await t.initiatives.put(f.initiative(c!, { createdAt: minute(5) }))
          await t.initiatives.put(f.initiative(b!, { createdAt: minute(7) }))
          await t.initiatives.put(f.initiative(a!, { createdAt: minute(7) }))
        })
        const listed = await tx((t) => t.initiatives.list())
        expect(ids(listed, new Set([a!, b!, c!]))).toEqual([c, a, b])
      })
    })

    describe('members', () => {
      it('stores every field, and a member without optional fields gains none', async () => {
        const i = uniqueId('i')
        const full = f.member(uniqueId('m'), i)
        const minimal = { id: uniqueId('m'), initiativeId: i, displayName: 'Ali', roles: ['practitioner' as const], joinedAt: minute(3) }
        await tx(async (t) => {
          await t.members.put(full)
          await t.members.put(minimal)
        })
        expect(await tx((t) => t.members.get(full.id))).toEqual(full)
        expect(await tx((t) => t.members.get(minimal.id))).toEqual(minimal)
      })

      it('lists an initiative’s members by joining time, then id', async () => {
        const i = uniqueId('i')
        const [a, b, c] = [uniqueId('m'), uniqueId('m'), uniqueId('m')].sort()
        await tx(async (t) => {
          await t.members.put(f.member(c!, i, { joinedAt: minute(1) }))
          await t.members.put(f.member(b!, i, { joinedAt: minute(2) }))
          await t.members.put(f.member(a!, i, { joinedAt: minute(2) }))
          await t.members.put(f.member(uniqueId('other'), uniqueId('i')))
        })
        expect((await tx((t) => t.members.listByInitiative(i))).map((m) => m.id)).toEqual([c, a, b])
        expect(await tx((t) => t.members.listByInitiative(uniqueId('none')))).toEqual([])
      })

      it('reads a member for update as get does, and lets a second transaction in only after the first ends', async () => {
        const member = f.member(uniqueId('m'), uniqueId('i'))
        await tx((t) => t.members.put(member))
        expect(await tx((t) => t.members.getForUpdate(member.id))).toEqual(member)
        expect(await tx((t) => t.members.getForUpdate(uniqueId('nobody')))).toBeUndefined()
        const order: string[] = []
        let release!: () => void
        const held = new Promise<void>((resolve) => (release = resolve))
        let locked!: () => void
        const hasLock = new Promise<void>((resolve) => (locked = resolve))
        const first = tx(async (t) => {
          await t.members.getForUpdate(member.id)
          locked()
          await held
          await t.members.put({ ...member, displayName: 'Former member', erasedAt: minute(5) })
          order.push('first commits')
        })
        await hasLock
        const second = tx(async (t) => {
          const seen = await t.members.getForUpdate(member.id)
          order.push(`second reads ${seen?.displayName}`)
        })
        // Give the second transaction time to ask for the lock while the first still holds it.
        await sleep(50)
        release()
        await Promise.all([first, second])
        expect(order).toEqual(['first commits', 'second reads Former member'])
      })

      it('finds members by host reference across initiatives, and forgets a removed reference', async () => {
        const ref = uniqueId('crm')
        const one = f.member(uniqueId('m'), uniqueId('i'), { hostRef: ref, joinedAt: minute(1) })
        const two = f.member(uniqueId('m'), uniqueId('i'), { hostRef: ref, joinedAt: minute(2) })
        await tx(async (t) => {
          await t.members.put(two)
          await t.members.put(one)
        })
        expect((await tx((t) => t.members.findByHostRef(ref))).map((m) => m.id)).toEqual([one.id, two.id])
        const { hostRef: _removed, ...withoutRef } = one
        await tx((t) => t.members.put(withoutRef))
        expect((await tx((t) => t.members.findByHostRef(ref))).map((m) => m.id)).toEqual([two.id])
        expect(await tx((t) => t.members.findByHostRef(uniqueId('nobody')))).toEqual([])
      })
    })

    describe('sessions', () => {
      it('stores every field, replaces on put, and lists by start time, then id', async () => {
        const i = uniqueId('i')
        const [a, b, c] = [uniqueId('s'), uniqueId('s'), uniqueId('s')].sort()
        await tx(async (t) => {
          await t.sessions.put(f.session(c!, i, { startsAt: minute(1) }))
          await t.sessions.put(f.session(b!, i, { startsAt: minute(9) }))
          await t.sessions.put(f.session(a!, i, { startsAt: minute(9) }))
        })
        expect(await tx((t) => t.sessions.get(c!))).toEqual(f.session(c!, i, { startsAt: minute(1) }))
        expect((await tx((t) => t.sessions.listByInitiative(i))).map((s) => s.id)).toEqual([c, a, b])
        const held = f.session(c!, i, { startsAt: minute(1), heldAt: minute(2) })
        await tx((t) => t.sessions.put(held))
        expect(await tx((t) => t.sessions.get(c!))).toEqual(held)
        expect(await tx((t) => t.sessions.get(uniqueId('none')))).toBeUndefined()
      })
    })

    describe('feedback', () => {
      it('stores named and anonymous feedback with every field', async () => {
        const i = uniqueId('i')
        const named = f.feedback(uniqueId('f'), i)
        const { memberId: _none, ...anonymousFields } = f.feedback(uniqueId('f'), i, { anonymous: true })
        await tx(async (t) => {
          await t.feedback.put(named)
          await t.feedback.put(anonymousFields)
        })
        expect(await tx((t) => t.feedback.get(named.id))).toEqual(named)
        expect(await tx((t) => t.feedback.get(anonymousFields.id))).toEqual(anonymousFields)
      })

      it('lists by creation time, then id, per initiative and per member', async () => {
        const i = uniqueId('i')
        const m = uniqueId('m')
        const [a, b, c] = [uniqueId('f'), uniqueId('f'), uniqueId('f')].sort()
        const { memberId: _none, ...anonymous } = f.feedback(uniqueId('f'), i, { anonymous: true, createdAt: minute(0) })
        await tx(async (t) => {
          await t.feedback.put(f.feedback(c!, i, { memberId: m, createdAt: minute(1) }))
          await t.feedback.put(f.feedback(b!, i, { memberId: m, createdAt: minute(4) }))
          await t.feedback.put(f.feedback(a!, i, { memberId: m, createdAt: minute(4) }))
          await t.feedback.put(anonymous)
          await t.feedback.put(f.feedback(uniqueId('f'), uniqueId('i'), { memberId: uniqueId('m') }))
        })
        expect((await tx((t) => t.feedback.listByInitiative(i))).map((x) => x.id)).toEqual([anonymous.id, c, a, b])
        expect((await tx((t) => t.feedback.listByMember(m))).map((x) => x.id)).toEqual([c, a, b])
      })

      it('stops listing feedback under a member once it is stored without their id', async () => {
        const i = uniqueId('i')
        const m = uniqueId('m')
        const named = f.feedback(uniqueId('f'), i, { memberId: m })
        await tx((t) => t.feedback.put(named))
        const { memberId: _gone, text: _words, attachments: _files, ...rest } = named
        await tx((t) => t.feedback.put({ ...rest, anonymous: true }))
        expect(await tx((t) => t.feedback.listByMember(m))).toEqual([])
        expect(await tx((t) => t.feedback.get(named.id))).toEqual({ ...rest, anonymous: true })
      })

      it('finds feedback by idempotency key within one initiative only', async () => {
        const key = uniqueId('key')
        const [i1, i2] = [uniqueId('i'), uniqueId('i')]
        const one = f.feedback(uniqueId('f'), i1, { idempotencyKey: key })
        const two = f.feedback(uniqueId('f'), i2, { idempotencyKey: key })
        await tx(async (t) => {
          await t.feedback.put(one)
          await t.feedback.put(two)
        })
        expect(await tx((t) => t.feedback.findByIdempotencyKey(i1, key))).toEqual(one)
        expect(await tx((t) => t.feedback.findByIdempotencyKey(i2, key))).toEqual(two)
        expect(await tx((t) => t.feedback.findByIdempotencyKey(i1, uniqueId('key')))).toBeUndefined()
      })

      it('rejects a second feedback with the same key in the same initiative as a conflict, keeping the first', async () => {
        const i = uniqueId('i')
        const key = uniqueId('key')
        const first = f.feedback(uniqueId('f'), i, { idempotencyKey: key })
        const second = f.feedback(uniqueId('f'), i, { idempotencyKey: key, text: 'A second send.' })
        await tx((t) => t.feedback.put(first))
        const error = await tx((t) => t.feedback.put(second)).then(
          () => undefined,
          (e: unknown) => e,
        )
        expect(isCoproduceError(error) && error.code).toBe('conflict')
        expect(await tx((t) => t.feedback.findByIdempotencyKey(i, key))).toEqual(first)
        expect(await tx((t) => t.feedback.get(second.id))).toBeUndefined()
        // Replacing the same feedback (same id, same key) is not a clash.
        await tx((t) => t.feedback.put({ ...first, rating: 'poor' }))
        expect((await tx((t) => t.feedback.get(first.id)))?.rating).toBe('poor')
      })

      it('lets only one of two simultaneous sends with the same key commit', async () => {
        const i = uniqueId('i')
        const key = uniqueId('key')
        const sends = [f.feedback(uniqueId('f'), i, { idempotencyKey: key }), f.feedback(uniqueId('f'), i, { idempotencyKey: key })]
        const results = await Promise.allSettled(sends.map((fb) => tx((t) => t.feedback.put(fb))))
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
        const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
        expect(isCoproduceError(rejected.reason) && rejected.reason.code).toBe('conflict')
        expect(await tx((t) => t.feedback.listByInitiative(i))).toHaveLength(1)
      })

      it('deletes feedback from every read and from the dump', async () => {
        const i = uniqueId('i')
        const words = uniqueId('words-to-forget')
        const fb = f.feedback(uniqueId('f'), i, { memberId: uniqueId('m'), text: words })
        await tx((t) => t.feedback.put(fb))
        expect(await dumpText()).toContain(words)
        await tx((t) => t.feedback.delete(fb.id))
        await tx(async (t) => {
          expect(await t.feedback.get(fb.id)).toBeUndefined()
          expect(await t.feedback.listByInitiative(i)).toEqual([])
          expect(await t.feedback.listByMember(fb.memberId!)).toEqual([])
          expect(await t.feedback.findByIdempotencyKey(i, fb.idempotencyKey!)).toBeUndefined()
          await t.feedback.delete(uniqueId('never-existed'))
        })
        expect(await dumpText()).not.toContain(words)
      })
    })

    describe('updates', () => {
      it('stores every field, replaces on put, and lists by publishing time, then id', async () => {
        const i = uniqueId('i')
        const [a, b, c] = [uniqueId('u'), uniqueId('u'), uniqueId('u')].sort()
        await tx(async (t) => {
          await t.updates.put(f.update(c!, i, { publishedAt: minute(1) }))
          await t.updates.put(f.update(b!, i, { publishedAt: minute(8) }))
          await t.updates.put(f.update(a!, i, { publishedAt: minute(8) }))
        })
        expect(await tx((t) => t.updates.get(c!))).toEqual(f.update(c!, i, { publishedAt: minute(1) }))
        expect((await tx((t) => t.updates.listByInitiative(i))).map((u) => u.id)).toEqual([c, a, b])
        const { progress: _p, ...changed } = f.update(c!, i, { publishedAt: minute(1), status: 'not-possible', reason: 'No money left.' })
        await tx((t) => t.updates.put(changed))
        expect(await tx((t) => t.updates.get(c!))).toEqual(changed)
        expect(await tx((t) => t.updates.get(uniqueId('none')))).toBeUndefined()
      })
    })

    describe('decisions', () => {
      it('stores every field (options, views, outcome), replaces on put, and lists by opening time, then id', async () => {
        const i = uniqueId('i')
        const [a, b, c] = [uniqueId('d'), uniqueId('d'), uniqueId('d')].sort()
        await tx(async (t) => {
          await t.decisions.put(f.decision(c!, i, { openedAt: minute(1) }))
          await t.decisions.put(f.decision(b!, i, { openedAt: minute(9) }))
          await t.decisions.put(f.decision(a!, i, { openedAt: minute(9) }))
          await t.decisions.put(f.decision(uniqueId('d'), uniqueId('i')))
        })
        expect(await tx((t) => t.decisions.get(c!))).toEqual(f.decision(c!, i, { openedAt: minute(1) }))
        expect((await tx((t) => t.decisions.listByInitiative(i))).map((d) => d.id)).toEqual([c, a, b])
        const { outcome: _o, ...reopened } = f.decision(c!, i, {
          openedAt: minute(1),
          status: 'revisited',
          revisitReason: 'New people joined.',
          views: [{ memberId: 'm-3', text: 'Can we think again?', at: minute(600) }],
        })
        await tx((t) => t.decisions.put(reopened))
        expect(await tx((t) => t.decisions.get(c!))).toEqual(reopened)
        expect(await tx((t) => t.decisions.get(uniqueId('none')))).toBeUndefined()
      })

      it('keeps nothing from a transaction that rolls back', async () => {
        const i = uniqueId('i')
        const d = uniqueId('d')
        await tx((t) => t.decisions.put(f.decision(d, i, { status: 'open', views: [] })))
        await rolledBack(async (t) => {
          await t.decisions.put(f.decision(d, i))
          await t.decisions.put(f.decision(uniqueId('d'), i))
        })
        expect(await tx((t) => t.decisions.listByInitiative(i))).toEqual([f.decision(d, i, { status: 'open', views: [] })])
      })
    })

    describe('payments', () => {
      it('stores every field and lists by payment time, then id, per initiative and per member', async () => {
        const i = uniqueId('i')
        const m = uniqueId('m')
        const [a, b, c] = [uniqueId('p'), uniqueId('p'), uniqueId('p')].sort()
        const cash = f.payment(c!, i, m, { paidAt: minute(1), method: 'cash' })
        delete cash.voucherReason
        await tx(async (t) => {
          await t.payments.put(cash)
          await t.payments.put(f.payment(b!, i, m, { paidAt: minute(6) }))
          await t.payments.put(f.payment(a!, i, uniqueId('m'), { paidAt: minute(6) }))
        })
        const listed = await tx((t) => t.payments.listByInitiative(i))
        expect(listed.map((p) => p.id)).toEqual([c, a, b])
        expect(listed[0]).toEqual(cash)
        expect((await tx((t) => t.payments.listByMember(m))).map((p) => p.id)).toEqual([c, b])
        expect(await tx((t) => t.payments.get(c!))).toEqual(cash)
        expect(await tx((t) => t.payments.get(uniqueId('p')))).toBeUndefined()
      })
    })

    describe('consents (append-only)', () => {
      it('keeps every record for a subject, oldest first', async () => {
        const subject = uniqueId('m')
        const given = f.consent(uniqueId('c'), subject, { at: minute(1) })
        const { expiresAt: _e, ...withdrawn } = f.consent(uniqueId('c'), subject, { at: minute(2), status: 'withdrawn' })
        const givenAgain = f.consent(uniqueId('c'), subject, { at: minute(3), method: 'paper', recordedBy: 'staff-1' })
        await tx((t) => t.consents.append(givenAgain))
        await tx(async (t) => {
          await t.consents.append(withdrawn)
          await t.consents.append(given)
        })
        expect(await tx((t) => t.consents.listBySubject(subject))).toEqual([given, withdrawn, givenAgain])
      })

      it('keeps records made at the same moment in the order they were appended', async () => {
        const subject = uniqueId('m')
        const records = ['given', 'withdrawn', 'given', 'refused'].map((status) =>
          f.consent(uniqueId('c'), subject, { at: minute(9), status: status as 'given' }),
        )
        for (const record of records) await tx((t) => t.consents.append(record))
        expect((await tx((t) => t.consents.listBySubject(subject))).map((r) => r.id)).toEqual(records.map((r) => r.id))
      })

      it('lists many subjects at once, oldest first, and nothing for none', async () => {
        const [s1, s2, s3] = [uniqueId('m'), uniqueId('f'), uniqueId('m')]
        const a = f.consent(uniqueId('c'), s1, { at: minute(3) })
        const b = f.consent(uniqueId('c'), s2, { at: minute(1), purposeId: 'quote-anonymously' })
        const c = f.consent(uniqueId('c'), s3, { at: minute(2) })
        await tx(async (t) => {
          for (const r of [a, b, c]) await t.consents.append(r)
        })
        expect(await tx((t) => t.consents.listBySubjects([s1, s2]))).toEqual([b, a])
        expect(await tx((t) => t.consents.listBySubjects([]))).toEqual([])
        expect(await tx((t) => t.consents.listBySubject(uniqueId('nobody')))).toEqual([])
      })

      it('offers no way to remove a record, and no way to change one but erasing its notice words', async () => {
        await tx(async (t) => {
          expect(Object.keys(t.consents).sort()).toEqual(['append', 'eraseNoticeText', 'listBySubject', 'listBySubjects'])
        })
      })

      it('erases the notice words of one record and changes nothing else, there or in any other record', async () => {
        const subject = uniqueId('m')
        const [one, two] = [f.consent(uniqueId('c'), subject, { at: minute(1) }), f.consent(uniqueId('c'), subject, { at: minute(2) })]
        await tx(async (t) => {
          await t.consents.append(one)
          await t.consents.append(two)
        })
        await tx((t) => t.consents.eraseNoticeText(one.id, 'purpose quote-with-name version 1'))
        expect(await tx((t) => t.consents.listBySubject(subject))).toEqual([
          { ...one, noticeText: 'purpose quote-with-name version 1' },
          two,
        ])
        await rolledBack((t) => t.consents.eraseNoticeText(two.id, 'gone'))
        expect((await tx((t) => t.consents.listBySubject(subject)))[1]).toEqual(two)
      })
    })

    describe('events', () => {
      it('keeps events of every type in the order they were appended', async () => {
        const events = f.events(uniqueId('e'), uniqueId('i'))
        await tx(async (t) => {
          for (const e of events.slice(0, 6)) await t.events.append(e)
        })
        await tx(async (t) => {
          for (const e of events.slice(6)) await t.events.append(e)
        })
        const mine = new Set(events.map((e) => e.id))
        expect((await tx((t) => t.events.list())).filter((e) => mine.has(e.id))).toEqual(events)
      })
    })

    describe('dump', () => {
      it('is plain JSON holding what is stored now, and not what was replaced', async () => {
        const i = uniqueId('i')
        const name = uniqueId('Name')
        const notice = uniqueId('notice')
        const member = f.member(uniqueId('m'), i, { displayName: name })
        await tx(async (t) => {
          await t.initiatives.put(f.initiative(i))
          await t.members.put(member)
          await t.consents.append(f.consent(uniqueId('c'), member.id, { noticeText: notice }))
        })
        const dump = await store.dump()
        expect(JSON.parse(JSON.stringify(dump))).toEqual(dump)
        const text = JSON.stringify(dump)
        expect(text).toContain(name)
        expect(text).toContain(notice)
        expect(text).toContain(i)
        await tx((t) => t.members.put({ ...member, displayName: 'Former member' }))
        expect(await dumpText()).not.toContain(name)
      })
    })

    describeErasureConformance(() => store)

    describeOrganisationIsolation(() => store)
    // The service's consent rules, on this store.
    describeConsentConformance(name, () => store)
    describeOrganisationPurposes(() => store)

    describe('outbox', () => {
      it('delivers committed events at least once, and never events that were rolled back (stores with an outbox)', async () => {
        const prefix = uniqueId('o')
        const [kept, dropped] = [f.events(prefix, uniqueId('i')).slice(0, 3), f.events(`${prefix}-x`, uniqueId('i')).slice(0, 2)]
        await tx(async (t) => {
          for (const e of kept) await t.events.append(e)
        })
        await rolledBack(async (t) => {
          for (const e of dropped) await t.events.append(e)
        })
        const listed = (await tx((t) => t.events.list())).map((e) => e.id)
        expect(listed).toEqual(expect.arrayContaining(kept.map((e) => e.id)))
        for (const e of dropped) expect(listed).not.toContain(e.id)
        if (!store.outbox) return
        const delivered: DomainEvent[] = []
        store.outbox.start(async (event) => {
          delivered.push(event)
        })
        await store.outbox.flush()
        const seen = delivered.map((e) => e.id)
        const firstSeen = kept.map((e) => seen.indexOf(e.id))
        expect(firstSeen.every((n) => n >= 0)).toBe(true)
        expect([...firstSeen].sort((a, b) => a - b)).toEqual(firstSeen)
        for (const e of dropped) expect(seen).not.toContain(e.id)
        expect(delivered.find((e) => e.id === kept[0]!.id)).toEqual(kept[0])
        await store.outbox.stop()
      })
    })
  })
}
