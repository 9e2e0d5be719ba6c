import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type FreshDatabase } from '../test-support/fresh-database.js'
import { postgresStore } from '../postgres-store.js'
import { migrate } from './migrate.js'
import { migrations } from './index.js'
import type { Migration } from './migration.js'

let db: FreshDatabase
const pools: pg.Pool[] = []
const newPool = () => {
  const pool = new pg.Pool({ connectionString: db.url, max: 3 })
  pool.on('error', () => undefined)
  pools.push(pool)
  return pool
}

beforeAll(async () => {
  db = await freshDatabase()
})
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()))
  await db?.drop()
})

const rows = async <R>(text: string, params?: unknown[]) => (await db.pool.query(text, params)).rows as R[]

describe('migrations', () => {
  it('are numbered from 1, each higher than the one before, each with a name and SQL', () => {
    // Numbers are handed out per change in advance, so a number may be missing until its change lands.
    const versions = migrations.map((m) => m.version)
    expect(versions[0]).toBe(1)
    versions.slice(1).forEach((v, n) => expect(v).toBeGreaterThan(versions[n]!))
    for (const m of migrations) {
      expect(m.name).toMatch(/^[a-z0-9-]+$/)
      expect(m.sql('"x"')).toContain('"x".')
    }
  })

  it('are applied exactly once when two stores start at the same moment', async () => {
    const [one, two] = [postgresStore({ pool: newPool(), schema: 'race' }), postgresStore({ pool: newPool(), schema: 'race' })]
    await Promise.all([one.ready(), two.ready()])
    const applied = await rows<{ version: number }>('SELECT version FROM race.coproduce_migrations ORDER BY version')
    expect(applied.map((r) => r.version)).toEqual(migrations.map((m) => m.version))
    // Both stores work on the one set of tables.
    await one.transaction((tx) => tx.initiatives.put({ id: 'from-one', title: 'One', purpose: 'Made by the first store.' }))
    expect(await two.transaction((tx) => tx.initiatives.get('from-one'))).toMatchObject({ title: 'One' })
    await Promise.all([one.close(), two.close()])
  })

  it('let one process migrate while the others wait, so even a slow, non-repeatable migration runs once', async () => {
    const slow: Migration[] = [
      { version: 1, name: 'counter', sql: (s) => `CREATE TABLE ${s}.runs (n int); SELECT pg_sleep(0.3);` },
      { version: 2, name: 'count', sql: (s) => `INSERT INTO ${s}.runs VALUES (1);` },
    ]
    const results = await Promise.all(Array.from({ length: 5 }, () => migrate(newPool(), { schema: 'slow', migrations: slow })))
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, 0, 0, 2])
    expect(await rows('SELECT n FROM slow.runs')).toEqual([{ n: 1 }])
  })

  it('only move forward: a new version is applied on the next start, old ones are never run again', async () => {
    const first: Migration[] = [{ version: 1, name: 'a', sql: (s) => `CREATE TABLE ${s}.a (id int)` }]
    const later: Migration[] = [...first, { version: 2, name: 'b', sql: (s) => `CREATE TABLE ${s}.b (id int)` }]
    expect(await migrate(db.pool, { schema: 'forward', migrations: first })).toEqual({ applied: [1] })
    expect(await migrate(db.pool, { schema: 'forward', migrations: first })).toEqual({ applied: [] })
    expect(await migrate(db.pool, { schema: 'forward', migrations: later })).toEqual({ applied: [2] })
    const recorded = await rows<{ version: number; name: string }>(
      'SELECT version, name FROM forward.coproduce_migrations ORDER BY version',
    )
    expect(recorded).toEqual([
      { version: 1, name: 'a' },
      { version: 2, name: 'b' },
    ])
  })

  it('keep nothing of a migration that fails, and release the lock for the next try', async () => {
    const broken: Migration[] = [
      { version: 1, name: 'broken', sql: (s) => `CREATE TABLE ${s}.half (id int); SELECT * FROM no_such_table;` },
    ]
    await expect(migrate(db.pool, { schema: 'broken', migrations: broken })).rejects.toThrow(/no_such_table/)
    expect(await rows(`SELECT to_regclass('broken.half') AS t`)).toEqual([{ t: null }])
    expect(await rows('SELECT version FROM broken.coproduce_migrations')).toEqual([])
    const fixed: Migration[] = [{ version: 1, name: 'fixed', sql: (s) => `CREATE TABLE ${s}.half (id int)` }]
    expect(await migrate(db.pool, { schema: 'broken', migrations: fixed })).toEqual({ applied: [1] })
  })

  it('keep each schema apart, so two stores can share one database', async () => {
    const a = postgresStore({ pool: db.pool, schema: 'tenant_a' })
    const b = postgresStore({ pool: db.pool, schema: 'tenant_b' })
    await a.transaction((tx) => tx.initiatives.put({ id: 'only-in-a', title: 'A', purpose: 'Stored in schema A.' }))
    expect(await b.transaction((tx) => tx.initiatives.get('only-in-a'))).toBeUndefined()
    expect(await a.transaction((tx) => tx.initiatives.get('only-in-a'))).toBeDefined()
    await Promise.all([a.close(), b.close()])
    // The host's pool stays open: the stores did not create it.
    expect((await db.pool.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }])
  })

  it('run as a role that owns only its schema and may not create schemas', async () => {
    const role = `coproduce_role_${Math.random().toString(36).slice(2, 10)}`
    await db.pool.query(`CREATE ROLE ${role} LOGIN`)
    try {
      await db.pool.query(`CREATE SCHEMA app AUTHORIZATION ${role}`)
      const url = new URL(db.url)
      url.username = role
      const pool = new pg.Pool({ connectionString: url.toString(), max: 2 })
      pool.on('error', () => undefined)
      pools.push(pool)
      await expect(pool.query('CREATE SCHEMA not_allowed')).rejects.toThrow(/permission denied/)
      const store = postgresStore({ pool, schema: 'app' })
      await store.ready()
      await store.transaction((tx) => tx.initiatives.put({ id: 'least-privilege', title: 'App', purpose: 'Stored by a plain role.' }))
      await store.close()
      await pool.end()
      pools.splice(pools.indexOf(pool), 1)
    } finally {
      await db.pool.query(`DROP SCHEMA IF EXISTS app CASCADE`)
      await db.pool.query(`DROP OWNED BY ${role}`)
      await db.pool.query(`DROP ROLE ${role}`)
    }
  })

  it('refuse a schema name that is not a plain name', () => {
    expect(() => postgresStore({ pool: db.pool, schema: 'x"; DROP TABLE y; --' })).toThrow(/letters, digits and underscores/)
  })
})
