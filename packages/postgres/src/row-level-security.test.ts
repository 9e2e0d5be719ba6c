import { randomBytes } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { createCoproduction } from '@coproduce/core'
import { describeStoreConformance, manualClock, seedOrganisation, uniqueId, type OrganisationIds } from '@coproduce/core/testing'
import fc from 'fast-check'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type FreshDatabase } from './test-support/fresh-database.js'
import { SPEC_OUTBOX } from './test-support/sql-store-spec.js'
import { ORGANISATION_TABLES } from './migrations/0008-row-level-security.js'
import { migrate } from './migrations/migrate.js'
import { pgliteStore, PGLITE_APPLICATION_ROLE } from './pglite-store.js'
import { postgresStore } from './postgres-store.js'
import type { SqlStore } from './store/sql-store.js'

/** Raw SQL as the application role: `scoped` runs statements in one transaction after `SET LOCAL`-ing the scope. */
interface AppSql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>
  scoped<T>(setting: Record<string, string>, work: (q: AppSql['query']) => Promise<T>): Promise<T>
}

interface Env {
  store: SqlStore
  app: AppSql
  /** The roles that must be held to the policies: the application's, and on PostgreSQL the tables' owner too. */
  heldRoles: { name: string; sql: AppSql }[]
  done(): Promise<void>
}

const tables = ORGANISATION_TABLES.map(([table]) => table)
const columnOf = Object.fromEntries(ORGANISATION_TABLES) as Record<(typeof tables)[number], string>

/** Two organisations with a group, a member, consent, feedback (named and not), a session, an update, a decision, a payment. */
async function seedTwo(store: SqlStore): Promise<{ a: OrganisationIds; b: OrganisationIds }> {
  const cp = createCoproduction({
    store: { transaction: (work, scope) => store.transaction(work, scope), dump: () => store.dump(), close: async () => undefined },
    clock: manualClock(),
  })
  const operator = { actor: { id: 'operator', roles: ['operator'], organisationId: 'platform' } }
  const seed = async (name: string) => {
    const organisation = uniqueId(`org-${name}`)
    await cp.organisations.create({ id: organisation, name }, operator)
    const ids = await seedOrganisation(cp, organisation, name)
    await cp.payments.record(
      { initiativeId: ids.initiative, memberId: ids.member, hours: 2, amount: 26, currency: 'GBP', method: 'cash' },
      { actor: { id: `staff-of-${organisation}`, roles: ['staff'], organisationId: organisation } },
    )
    return ids
  }
  return { a: await seed('Advice'), b: await seed('Housing') }
}

function describeRowLevelSecurity(name: string, open: () => Promise<Env>) {
  describe(`row-level security (${name})`, () => {
    let env: Env
    let seeded: { a: OrganisationIds; b: OrganisationIds }
    beforeAll(async () => {
      env = await open()
      await env.store.ready()
      seeded = await seedTwo(env.store)
    })
    afterAll(async () => env?.done())

    it('holds every table but the migrations list to one forced policy', async () => {
      const found = await env.app.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
        `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
           (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'coproduce' AND c.relkind = 'r' ORDER BY c.relname`,
      )
      // A table added later without a policy would show here and fail.
      expect(found.map((t) => t.relname).sort()).toEqual([...tables, 'coproduce_migrations'].sort())
      for (const t of found.filter((t) => t.relname !== 'coproduce_migrations'))
        expect(t, t.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true, policies: 1 })
    })

    it('shows a connection that names no organisation no rows at all, in every table', async () => {
      for (const role of env.heldRoles)
        for (const table of tables) {
          const [row] = await role.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM coproduce.${table}`)
          expect(row?.n, `${role.name} reading ${table}`).toBe(0)
        }
    })

    it('shows an organisation its own rows in every table and none of the other’s', async () => {
      for (const [mine, theirs] of [
        [seeded.a, seeded.b],
        [seeded.b, seeded.a],
      ] as const)
        await env.app.scoped({ 'coproduce.organisation': mine.organisation }, async (q) => {
          for (const table of tables) {
            const col = columnOf[table]
            const [row] = await q<{ own: number; other: number }>(
              `SELECT count(*) FILTER (WHERE ${col} = $1)::int AS own, count(*) FILTER (WHERE ${col} <> $1)::int AS other
               FROM coproduce.${table}`,
              [mine.organisation],
            )
            expect(row?.own, `${mine.organisation} sees its own ${table}`).toBeGreaterThan(0)
            expect(row?.other, `${mine.organisation} sees ${theirs.organisation}'s ${table}`).toBe(0)
          }
          const [words] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM coproduce.feedback WHERE id = $1`, [theirs.feedback])
          expect(words?.n).toBe(0)
        })
    })

    it('lets no organisation change, remove or add the other’s rows', async () => {
      const { a, b } = seeded
      await env.app.scoped({ 'coproduce.organisation': a.organisation }, async (q) => {
        for (const table of tables.filter((t) => t !== 'consents')) {
          const col = columnOf[table]
          expect(await q(`UPDATE coproduce.${table} SET data = data WHERE ${col} = $1 RETURNING 1`, [b.organisation]), table).toEqual([])
          expect(await q(`DELETE FROM coproduce.${table} WHERE ${col} = $1 RETURNING 1`, [b.organisation]), table).toEqual([])
        }
      })
      // Writing a row into the other organisation is refused by the policy's check.
      const claims: [string, string, unknown[]][] = [
        [
          'initiatives',
          'INSERT INTO coproduce.initiatives (id, organisation_id, data) VALUES ($1, $2, $3)',
          [uniqueId('i'), b.organisation, {}],
        ],
        [
          'feedback',
          'INSERT INTO coproduce.feedback (id, initiative_id, data) VALUES ($1, $2, $3)',
          [uniqueId('f'), b.initiative, { text: 'planted' }],
        ],
        ['organisations', 'INSERT INTO coproduce.organisations (id, name, data) VALUES ($1, $2, $3)', [`${b.organisation}-x`, 'x', {}]],
      ]
      for (const [table, text, params] of claims)
        await expect(
          env.app.scoped({ 'coproduce.organisation': a.organisation }, (q) => q(text, params)),
          table,
        ).rejects.toThrow(/row-level security/)
      // The other organisation's rows are all still there.
      await env.app.scoped({ 'coproduce.organisation': b.organisation }, async (q) => {
        const [row] = await q<{ n: number }>('SELECT count(*)::int AS n FROM coproduce.feedback WHERE id = $1', [b.feedback])
        expect(row?.n).toBe(1)
      })
    })

    it('shows any other organisation name none of either organisation’s rows (property)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ maxLength: 40 }).filter((s) => s !== seeded.a.organisation && s !== seeded.b.organisation && !s.includes('\u0000')),
          async (other) => {
            await env.app.scoped({ 'coproduce.organisation': other }, async (q) => {
              for (const table of tables) {
                const [row] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM coproduce.${table}`)
                expect(row?.n, `${JSON.stringify(other)} reading ${table}`).toBe(0)
              }
            })
          },
        ),
        { numRuns: 40 },
      )
    })

    it('keeps a store transaction’s organisation to that transaction: the next use of the connection sees nothing', async () => {
      const { a } = seeded
      const seen = await env.store.transaction((tx) => tx.initiatives.list(), { organisationId: a.organisation })
      expect(seen.map((i) => i.id)).toEqual([a.initiative])
      const [row] = await env.app.query<{ n: number }>('SELECT count(*)::int AS n FROM coproduce.initiatives')
      expect(row?.n).toBe(0)
      // The store's own reads and writes, below the core's scoping, are held to the organisation by the database.
      const { b } = seeded
      const reach = await env.store.transaction(
        async (tx) => ({
          initiative: await tx.initiatives.get(b.initiative),
          member: await tx.members.get(b.member),
          feedback: await tx.feedback.get(b.feedback),
          consents: await tx.consents.listBySubject(b.member),
        }),
        { organisationId: a.organisation },
      )
      expect(reach).toEqual({ initiative: undefined, member: undefined, feedback: undefined, consents: [] })
      await expect(
        env.store.transaction(
          (tx) =>
            tx.feedback.put({
              id: uniqueId('planted'),
              initiativeId: b.initiative,
              kind: 'story',
              text: 'planted',
              anonymous: true,
              createdAt: '2026-03-01T00:00:00.000Z',
            }),
          { organisationId: a.organisation },
        ),
        // The policy refuses the row; the store reports it as a write it may not make (`conflict`, the id taken).
      ).rejects.toMatchObject({ code: 'conflict' })
      // A store transaction for one organisation sees only that one's records, even when asked for everything.
      const events = await env.store.transaction((tx) => tx.events.list(), { organisationId: a.organisation })
      expect(events.length).toBeGreaterThan(0)
      expect(new Set(events.map((e) => e.organisationId))).toEqual(new Set([a.organisation]))
    })

    // The whole store contract, the organisation isolation property included, with the policies in force.
    describeStoreConformance(`${name}, as the application role`, { setup: async () => env.store, teardown: async () => undefined })
  })
}

type Run = (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>

const rowsOf =
  (run: Run) =>
  async <R>(text: string, params?: unknown[]): Promise<R[]> =>
    (await run(text, params)).rows as R[]

/** `scoped` for a transaction given as `inTransaction`: set the settings for it, then run `work`. */
const scopedIn =
  (inTransaction: <T>(work: (run: Run) => Promise<T>) => Promise<T>): AppSql['scoped'] =>
  (setting, work) =>
    inTransaction(async (run) => {
      for (const [key, value] of Object.entries(setting)) await run('SELECT set_config($1, $2, true)', [key, value])
      return work(rowsOf(run))
    })

/** Raw SQL on a `pg` pool, each `scoped` call on one client between BEGIN and COMMIT. */
const poolSql = (pool: pg.Pool): AppSql => ({
  query: rowsOf((text, params) => pool.query(text, params)),
  scoped: scopedIn(async (work) => {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const result = await work((text, params) => client.query(text, params))
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    } finally {
      client.release()
    }
  }),
})

describeRowLevelSecurity('PostgreSQL', async () => {
  const db: FreshDatabase = await freshDatabase()
  const suffix = randomBytes(4).toString('hex')
  const owner = `cp_owner_${suffix}`
  const app = `cp_app_${suffix}`
  // Two ordinary roles: one owns the tables, the application connects as the other. Neither is a superuser.
  await db.pool.query(`CREATE ROLE ${owner} LOGIN; CREATE ROLE ${app} LOGIN; GRANT CREATE ON DATABASE ${db.name} TO ${owner}`)
  const as = (role: string) => {
    const url = new URL(db.url)
    url.username = role
    const pool = new pg.Pool({ connectionString: url.toString(), max: 4 })
    pool.on('error', () => undefined)
    return pool
  }
  const ownerPool = as(owner)
  // The deploy step, as the owner, gives the application role its rights.
  await migrate(ownerPool, { grantTo: app })
  const appPool = as(app)
  // Started as the application role with migrations on: it finds them done and needs no rights to create anything.
  const store = postgresStore({ pool: appPool, outbox: SPEC_OUTBOX })
  return {
    store,
    app: poolSql(appPool),
    heldRoles: [
      { name: 'application role', sql: poolSql(appPool) },
      { name: 'owner of the tables', sql: poolSql(ownerPool) },
    ],
    done: async () => {
      await store.close()
      await appPool.end()
      await ownerPool.end()
      await db.drop()
      // Roles belong to the whole server, not the dropped database.
      const server = new URL(db.url)
      server.pathname = '/postgres'
      const admin = new pg.Client({ connectionString: server.toString() })
      await admin.connect()
      await admin.query(`DROP ROLE IF EXISTS ${app}; DROP ROLE IF EXISTS ${owner}`)
      await admin.end()
    },
  }
})

describeRowLevelSecurity('PGlite', async () => {
  const db = await PGlite.create()
  const store = pgliteStore({ pglite: db, rowLevelSecurity: true, outbox: SPEC_OUTBOX })
  await store.ready()
  const [who] = (await db.query<{ current_user: string }>('SELECT current_user')).rows
  expect(who?.current_user).toBe(PGLITE_APPLICATION_ROLE)
  // PGlite is one connection, shared with the store: a `scoped` block is one of its own transactions.
  const sql: AppSql = {
    query: rowsOf((text, params) => db.query(text, params)),
    scoped: scopedIn((work) => db.transaction((tx) => work((text, params) => tx.query(text, params)))),
  }
  return {
    store,
    app: sql,
    heldRoles: [{ name: 'application role', sql }],
    done: async () => {
      await store.close()
      await db.close()
    },
  }
})
