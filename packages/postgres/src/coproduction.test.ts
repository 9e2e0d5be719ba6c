import { createCoproduction, definePlugin, type DomainEvent } from '@coproduce/core'
import { manualClock } from '@coproduce/core/testing'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type FreshDatabase } from './test-support/fresh-database.js'
import { postgresStore } from './postgres-store.js'
import type { SqlStore } from './store/sql-store.js'

let db: FreshDatabase
const pools: pg.Pool[] = []
const stores: SqlStore[] = []
const staff = { actor: { id: 'staff-1', roles: ['staff'] } }
const anonymous = { actor: null }

/** One "server instance": its own pool, store and service, on the shared database. */
function instance(seen: DomainEvent[]) {
  const pool = new pg.Pool({ connectionString: db.url, max: 5 })
  // When the test database is dropped with FORCE, idle clients get an error: it must not fail the run.
  pool.on('error', () => undefined)
  pools.push(pool)
  const store = postgresStore({ pool })
  stores.push(store)
  const crm = definePlugin({
    name: 'crm',
    hooks: {
      'feedback.submitted': async (event) => {
        seen.push(event)
      },
    },
  })
  return createCoproduction({ store, plugins: [crm], clock: manualClock('2026-04-01T09:00:00.000Z') })
}

beforeAll(async () => {
  db = await freshDatabase()
})
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()))
  await Promise.all(pools.map((p) => p.end()))
  await db?.drop()
})

describe('createCoproduction on postgresStore', () => {
  it('keeps one feedback per key across two instances, delivers its event through the outbox, and stores no identity for it', async () => {
    const seenA: DomainEvent[] = []
    const seenB: DomainEvent[] = []
    const [a, b] = [instance(seenA), instance(seenB)]
    const initiative = await a.initiatives.create({ title: 'Drop-in', purpose: 'Make the drop-in welcoming.' }, staff)
    const input = { initiativeId: initiative.id, kind: 'idea' as const, text: 'Warmer room, please.', anonymous: true }
    const send = (cp: typeof a) =>
      cp.feedback.submitOnce(input, { ...anonymous, idempotencyKey: 'phone-42' }).catch((e: unknown) => e as { code: string })
    const outcomes = await Promise.all([send(a), send(b), send(a)])
    const answered = outcomes.flatMap((o) => ('feedback' in o ? [o] : []))
    const sends = answered.map((o) => o.feedback)
    expect(new Set(sends.map((f) => f.id)).size).toBe(1)
    // Exactly one of the three stored it; each other one found it stored, or was told the key is still in use (409).
    expect(answered.filter((o) => !o.replayed)).toHaveLength(1)
    for (const o of outcomes) if (!('feedback' in o)) expect(o).toMatchObject({ code: 'conflict' })
    expect(await b.feedback.list(initiative.id, staff)).toHaveLength(1)
    // Sent again after the first finished, it is a replay with ids only.
    expect(await send(b)).toMatchObject({ replayed: true, feedback: { id: sends[0]!.id } })

    await Promise.all([a.flush(), b.flush()])
    const delivered = [...seenA, ...seenB].filter((e) => e.type === 'feedback.submitted')
    expect(delivered.map((e) => e.data)).toEqual([{ feedbackId: sends[0]!.id, kind: 'idea', anonymous: true }])
    const [row] = (await db.pool.query('SELECT member_id, data FROM coproduce.feedback')).rows
    expect(row.member_id).toBeNull()
    expect(row.data.memberId).toBeUndefined()
  })

  it('keeps the full consent history of a member in the database after a withdrawal', async () => {
    const cp = instance([])
    const initiative = await cp.initiatives.create({ title: 'Food bank', purpose: 'Shape the food bank together.' }, staff)
    const member = await cp.members.join({ initiativeId: initiative.id, displayName: 'Ria', roles: ['lived-experience'] }, staff)
    const self = { actor: { id: member.id, roles: [] } }
    await cp.consent.give({ subject: member.id, purposeId: 'quote-with-name' }, self)
    await cp.consent.withdraw({ subject: member.id, purposeId: 'quote-with-name' }, self)
    const current = await cp.consent.current(member.id, self)
    expect(current.find((c) => c.purposeId === 'quote-with-name')?.status).toBe('withdrawn')
    const rows = (
      await db.pool.query(`SELECT data->>'status' AS status FROM coproduce.consents WHERE subject = $1 ORDER BY seq`, [member.id])
    ).rows
    expect(rows).toEqual([{ status: 'given' }, { status: 'withdrawn' }])
  })

  it('erases every one of 20 named sends in flight around the erasure, or refuses it as erased: no row keeps their words', async () => {
    const [a, b] = [instance([]), instance([])]
    const initiative = await a.initiatives.create({ title: 'Library', purpose: 'Shape the library together.' }, staff)
    const member = await a.members.join(
      { id: 'member-0042', initiativeId: initiative.id, displayName: 'Noor Q', roles: ['lived-experience'] },
      staff,
    )
    const self = { actor: { id: member.id, roles: ['member'] } }
    const send = (cp: typeof a, n: number) =>
      cp.feedback
        .submit(
          {
            initiativeId: initiative.id,
            kind: 'story',
            text: `Noor's words, send ${n}`,
            context: `Noor at the desk ${n}`,
            consents: [
              { purposeId: 'quote-with-name', decision: n === 0 ? 'give' : 'refuse', noticeText: `Noor, may we quote send ${n}?` },
            ],
          },
          { ...self, idempotencyKey: `noor-${n}` },
        )
        .then(
          () => 'stored',
          (e: { code?: string }) => e.code,
        )
    const first = Array.from({ length: 10 }, (_, n) => send(n % 2 ? a : b, n))
    const erasing = b.erase(member.id, staff)
    const after = Array.from({ length: 10 }, (_, n) => send(n % 2 ? b : a, n + 10))
    const outcomes = await Promise.all([...first, erasing.then(() => 'erased it'), ...after])
    expect(outcomes).toContain('erased it')
    for (const o of outcomes) expect(['stored', 'erased', 'erased it']).toContain(o)
    expect(outcomes.filter((o) => o === 'erased').length).toBeGreaterThan(0)
    const rows = (await db.pool.query(`SELECT count(*)::int AS n FROM coproduce.feedback WHERE data::text LIKE '%Noor%'`)).rows
    expect(rows).toEqual([{ n: 0 }])
    const dump = JSON.stringify(await stores.at(-1)!.dump())
    expect(dump).not.toContain('Noor')
    expect(dump).toContain('member-0042')
  })
})
