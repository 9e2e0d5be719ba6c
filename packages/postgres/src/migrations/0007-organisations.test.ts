import { PGlite } from '@electric-sql/pglite'
import { createCoproduction, DEFAULT_ORGANISATION_ID } from '@coproduce/core'
import { afterAll, describe, expect, it } from 'vitest'
import { freshDatabase, type FreshDatabase } from '../test-support/fresh-database.js'
import { pgliteStore } from '../pglite-store.js'
import { postgresStore } from '../postgres-store.js'
import type { SqlStore } from '../store/sql-store.js'
import { migrations } from './index.js'
import { migrate } from './migrate.js'

type Query = (text: string) => Promise<unknown[]>

/** The schema as it was before organisations, with a group, a member, named feedback, a consent and an event in it. */
const BEFORE = migrations.filter((m) => m.version < 7)

const seedOldData = async (q: Query) => {
  await q(`INSERT INTO old.initiatives (id, created_at, data) VALUES ('old-plan', '2026-01-01T00:00:00Z',
    '{"id":"old-plan","title":"Before organisations","purpose":"Stored before there were organisations.","createdAt":"2026-01-01T00:00:00.000Z"}')`)
  await q(`INSERT INTO old.members (id, initiative_id, host_ref, joined_at, data) VALUES ('old-sam', 'old-plan', 'crm-1', '2026-01-02T00:00:00Z',
    '{"id":"old-sam","initiativeId":"old-plan","displayName":"Sam Before","roles":["lived-experience"],"hostRef":"crm-1","joinedAt":"2026-01-02T00:00:00.000Z"}')`)
  await q(`INSERT INTO old.feedback (id, initiative_id, member_id, created_at, data) VALUES ('old-words', 'old-plan', 'old-sam', '2026-01-03T00:00:00Z',
    '{"id":"old-words","initiativeId":"old-plan","memberId":"old-sam","kind":"story","text":"Warm room please","anonymous":false,"createdAt":"2026-01-03T00:00:00.000Z"}')`)
  await q(`INSERT INTO old.consents (id, subject, purpose_id, at, data) VALUES ('old-consent', 'old-sam', 'store-contribution', '2026-01-02T00:00:00Z',
    '{"id":"old-consent","subject":"old-sam","purposeId":"store-contribution","purposeVersion":1,"status":"given","noticeText":"We keep what you tell us.","method":"widget","recordedBy":"old-sam","at":"2026-01-02T00:00:00.000Z"}')`)
  await q(`INSERT INTO old.decisions (id, initiative_id, opened_at, data) VALUES ('old-decision', 'old-plan', '2026-01-04T00:00:00Z',
    '{"id":"old-decision","initiativeId":"old-plan","kind":"risk","question":"How?","status":"open","openedAt":"2026-01-04T00:00:00.000Z","options":[],"views":[]}')`)
  await q(`INSERT INTO old.outbox (id, type, initiative_id, at, data) VALUES ('old-event', 'initiative.created', 'old-plan', '2026-01-01T00:00:00Z',
    '{"id":"old-event","type":"initiative.created","at":"2026-01-01T00:00:00.000Z","initiativeId":"old-plan","data":{"initiativeId":"old-plan"}}')`)
}

const checks = (
  name: string,
  open: () => Promise<{ q: Query; db: Parameters<typeof migrate>[0]; store: () => SqlStore; done: () => Promise<void> }>,
) =>
  describe(`migration 7, organisations (${name})`, () => {
    let done: (() => Promise<void>) | undefined
    afterAll(async () => done?.())

    it('moves data stored before organisations into the default organisation, and the service still reads it', async () => {
      const env = await open()
      done = env.done
      await migrate(env.db, { schema: 'old', migrations: BEFORE })
      await seedOldData(env.q)
      expect(await migrate(env.db, { schema: 'old', migrations })).toEqual({ applied: [7, 8] })

      for (const table of ['initiatives', 'members', 'feedback', 'consents', 'decisions', 'outbox'])
        expect(await env.q(`SELECT DISTINCT organisation_id FROM old.${table}`), table).toEqual([
          { organisation_id: DEFAULT_ORGANISATION_ID },
        ])
      const store = env.store()
      expect(await store.transaction((tx) => tx.organisations.list())).toEqual([{ id: 'default', name: 'Default organisation' }])
      expect((await store.transaction((tx) => tx.initiatives.get('old-plan')))?.organisationId).toBe(DEFAULT_ORGANISATION_ID)
      expect((await store.transaction((tx) => tx.events.list()))[0]).toMatchObject({
        id: 'old-event',
        organisationId: DEFAULT_ORGANISATION_ID,
      })

      // Staff of the default organisation (an actor with no organisation, as hosts sent before) still see it all.
      const cp = createCoproduction({
        store: { transaction: (w, scope) => store.transaction(w, scope), dump: () => store.dump(), close: async () => undefined },
      })
      const staff = { actor: { id: 'staff-1', roles: ['staff'] } }
      expect((await cp.members.list('old-plan', staff)).map((m) => m.id)).toEqual(['old-sam'])
      expect((await cp.consent.history('old-sam', staff)).map((c) => c.id)).toEqual(['old-consent'])
      // Staff of another organisation see none of it.
      const other = { actor: { id: 'staff-2', roles: ['staff'], organisationId: 'riverside' } }
      await expect(cp.members.list('old-plan', other)).rejects.toMatchObject({ code: 'not-found' })
      expect(await cp.initiatives.list(other)).toEqual([])

      // New rows take their initiative's organisation, whatever the writer says.
      const plan = await cp.initiatives.create({ title: 'Riverside group', purpose: 'A group of another organisation.' }, other)
      const m = await cp.members.join({ initiativeId: plan.id, displayName: 'Ali', roles: ['lived-experience'] }, other)
      await cp.consent.give(
        { subject: m.id, purposeId: 'store-contribution' },
        { actor: { id: m.id, roles: ['member'], organisationId: 'riverside' } },
      )
      expect(await env.q(`SELECT organisation_id FROM old.members WHERE id = '${m.id}'`)).toEqual([{ organisation_id: 'riverside' }])
      expect(await env.q(`SELECT DISTINCT organisation_id FROM old.consents WHERE subject = '${m.id}'`)).toEqual([
        { organisation_id: 'riverside' },
      ])
      expect(await env.q(`SELECT organisation_id FROM old.initiatives WHERE id = '${plan.id}'`)).toEqual([{ organisation_id: 'riverside' }])
      // Consent records stay append-only after the migration switched the trigger off and on again.
      await expect(env.q(`UPDATE old.consents SET purpose_id = 'x' WHERE id = 'old-consent'`)).rejects.toThrow(/append-only/)
      await store.close()
    })
  })

checks('PGlite', async () => {
  const db = await PGlite.create()
  return {
    db,
    q: async (text) => (await db.query(text)).rows,
    store: () => pgliteStore({ pglite: db, schema: 'old' }),
    done: () => db.close(),
  }
})

checks('PostgreSQL', async () => {
  const db: FreshDatabase = await freshDatabase()
  return {
    db: db.pool,
    q: async (text) => (await db.pool.query(text)).rows,
    store: () => postgresStore({ pool: db.pool, schema: 'old' }),
    done: () => db.drop(),
  }
})
