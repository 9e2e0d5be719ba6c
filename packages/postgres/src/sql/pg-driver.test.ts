import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type FreshDatabase } from '../test-support/fresh-database.js'
import { waitFor } from '../test-support/wait-for.js'
import { postgresStore } from '../postgres-store.js'
import type { SqlStore } from '../store/sql-store.js'

let db: FreshDatabase
let store: SqlStore

beforeAll(async () => {
  db = await freshDatabase()
  store = postgresStore({ pool: db.pool })
  await store.ready()
})
afterAll(async () => {
  await store?.close()
  await db?.drop()
})

const idleInTransaction = async () =>
  (
    await db.pool.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()`,
    )
  ).rows

describe('postgresStore transactions on a real server', () => {
  it('keep nothing when the connection is killed in the middle of a transaction', async () => {
    let resume!: () => void
    let reached!: () => void
    const paused = new Promise<void>((resolve) => (resume = resolve))
    const atPause = new Promise<void>((resolve) => (reached = resolve))
    const running = store.transaction(async (tx) => {
      await tx.initiatives.put({ id: 'half-written', title: 'Half', purpose: 'Written before the connection died.' })
      await tx.members.put({
        id: 'half-member',
        initiativeId: 'half-written',
        displayName: 'Kim',
        roles: ['practitioner'],
        joinedAt: '2026-01-01T00:00:00.000Z',
      })
      reached()
      await paused
      await tx.feedback.put({
        id: 'after-kill',
        initiativeId: 'half-written',
        kind: 'idea',
        text: 'Never stored.',
        anonymous: true,
        createdAt: '2026-01-01T00:00:00.000Z',
      })
    })
    const outcome = running.then(
      () => 'committed',
      (error: unknown) => error,
    )
    await atPause
    let victim: { pid: number } | undefined
    await waitFor(async () => (victim = (await idleInTransaction())[0]) !== undefined, 10_000, 'the transaction to be open')
    // Another connection kills the one holding the open transaction.
    const killer = new pg.Client({ connectionString: db.url })
    await killer.connect()
    expect((await killer.query('SELECT pg_terminate_backend($1) AS killed', [victim!.pid])).rows).toEqual([{ killed: true }])
    await killer.end()
    resume()

    const error = await outcome
    expect(error).toBeInstanceOf(Error)
    expect(String((error as Error).message)).toMatch(/terminat|Connection/i)
    // Nothing partial was kept, and the store carries on with fresh connections.
    const left = await store.transaction(async (tx) => ({
      initiative: await tx.initiatives.get('half-written'),
      member: await tx.members.get('half-member'),
      feedback: await tx.feedback.get('after-kill'),
    }))
    expect(left).toEqual({ initiative: undefined, member: undefined, feedback: undefined })
    const counts = await db.pool.query(
      `SELECT (SELECT count(*) FROM coproduce.initiatives)::int AS i, (SELECT count(*) FROM coproduce.members)::int AS m`,
    )
    expect(counts.rows).toEqual([{ i: 0, m: 0 }])
    await store.transaction((tx) => tx.initiatives.put({ id: 'after', title: 'After', purpose: 'Stored after the crash.' }))
    expect(await store.transaction((tx) => tx.initiatives.get('after'))).toMatchObject({ title: 'After' })
  })

  it('roll back on ROLLBACK: a throwing callback leaves the row it replaced as it was', async () => {
    await store.transaction((tx) => tx.initiatives.put({ id: 'kept', title: 'Kept', purpose: 'The first version.' }))
    await expect(
      store.transaction(async (tx) => {
        await tx.initiatives.put({ id: 'kept', title: 'Changed', purpose: 'A change that is undone.' })
        throw new Error('undo')
      }),
    ).rejects.toThrow('undo')
    const [row] = (await db.pool.query(`SELECT data->>'title' AS title FROM coproduce.initiatives WHERE id = 'kept'`)).rows
    expect(row).toEqual({ title: 'Kept' })
  })
})

describe('postgresStore from a connection string', () => {
  it('makes its own pool and ends it on close, leaving no connection behind', async () => {
    const url = new URL(db.url)
    url.searchParams.set('application_name', 'coproduce-owned-pool')
    const owned = postgresStore({ connectionString: url.toString(), max: 2 })
    await owned.transaction((tx) => tx.initiatives.put({ id: 'owned', title: 'Owned', purpose: 'Through a pool the store made.' }))
    const connections = async () =>
      Number((await db.pool.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'coproduce-owned-pool'`)).rows[0].n)
    expect(await connections()).toBeGreaterThan(0)
    await owned.close()
    await waitFor(async () => (await connections()) === 0, 5_000, 'the pool to end')
    await expect(owned.transaction(async () => undefined)).rejects.toThrow(/closed/)
  })

  it('needs a pool or a connection string', () => {
    expect(() => postgresStore({})).toThrow(/pool.*connectionString/)
  })
})
