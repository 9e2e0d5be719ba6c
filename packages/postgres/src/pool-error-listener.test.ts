import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type FreshDatabase } from './test-support/fresh-database.js'
import { waitFor } from './test-support/wait-for.js'
import { postgresStore } from './postgres-store.js'

let db: FreshDatabase
beforeAll(async () => {
  db = await freshDatabase()
})
afterAll(async () => {
  await db?.drop()
})

describe('postgresStore with a host’s pool', () => {
  it('survives the server closing an idle connection of a pool that had no error listener', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 2 })
    expect(pool.listenerCount('error')).toBe(0)
    const store = postgresStore({ pool })
    expect(pool.listenerCount('error')).toBe(1)
    await store.ready()
    await store.transaction((tx) => tx.initiatives.put({ id: 'before', title: 'Before', purpose: 'Written before the restart.' }))
    expect(pool.idleCount).toBeGreaterThan(0)
    // What a restart or `DROP DATABASE … WITH (FORCE)` does to the idle connections.
    await db.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [db.name])
    await waitFor(async () => pool.idleCount === 0 || pool.totalCount === 0)
    await store.transaction((tx) => tx.initiatives.put({ id: 'after', title: 'After', purpose: 'Written after the restart.' }))
    expect(await store.transaction((tx) => tx.initiatives.get('after'))).toMatchObject({ id: 'after' })
    await store.close()
    await pool.end()
  })

  it('leaves a pool that already has its own listener as it is', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 1 })
    const seen: Error[] = []
    pool.on('error', (error) => void seen.push(error))
    const store = postgresStore({ pool })
    expect(pool.listenerCount('error')).toBe(1)
    await store.close()
    await pool.end()
  })
})
