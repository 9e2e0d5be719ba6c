import { memoryStore, type Feedback, type Store } from '@coproduce/core'
import { uniqueId } from '@coproduce/core/testing'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type FreshDatabase } from '../test-support/fresh-database.js'
import { postgresStore } from '../postgres-store.js'
import type { SqlStore } from './sql-store.js'

let db: FreshDatabase
let store: SqlStore

beforeAll(async () => {
  // Text in this database sorts by language rules unless told otherwise, so the store must ask for byte order itself.
  db = await freshDatabase({ linguisticCollation: true })
  store = postgresStore({ pool: db.pool })
  await store.ready()
})
afterAll(async () => {
  await store?.close()
  await db?.drop()
})

/** Ids mixing cases, digits, signs and letters beyond ASCII: a database collation would sort these differently from JavaScript. */
const idArb = fc.string({ unit: fc.constantFrom(...'aAbBzZ09-_.~ éÉßΩж中'), minLength: 1, maxLength: 6 })
/** Few distinct moments, so many records share one and the id decides; sometimes no time at all. */
const timeArb = fc.option(
  fc.integer({ min: 0, max: 3 }).map((m) => new Date(Date.UTC(2026, 0, 1, 0, m)).toISOString()),
  { nil: undefined },
)

const feedback = (initiativeId: string, id: string, createdAt: string | undefined): Feedback =>
  ({ id, initiativeId, kind: 'rating', rating: 'good', anonymous: true, ...(createdAt ? { createdAt } : {}) }) as Feedback

const listed = (s: Store, initiativeId: string) => s.transaction((tx) => tx.feedback.listByInitiative(initiativeId))

describe('list order', () => {
  it('runs on a database whose own text order differs from JavaScript’s', async () => {
    const { rows } = await db.pool.query(`SELECT x FROM unnest(ARRAY['b', 'B', 'a', 'A']) x ORDER BY x`)
    expect(rows.map((r) => r.x)).not.toEqual(['A', 'B', 'a', 'b'])
  })

  it('is the same as memoryStore’s for any ids and times: time first (missing first), then id as JavaScript sorts it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ id: idArb, at: timeArb }), { selector: (r) => r.id, minLength: 1, maxLength: 12 }),
        async (rows) => {
          const initiativeId = uniqueId('i')
          const memory = memoryStore()
          const prefix = uniqueId('f')
          for (const target of [store, memory] as Store[])
            await target.transaction(async (tx) => {
              for (const r of rows) await tx.feedback.put(feedback(initiativeId, `${prefix}${r.id}`, r.at))
            })
          const want = (await listed(memory, initiativeId)).map((f) => f.id)
          expect((await listed(store, initiativeId)).map((f) => f.id)).toEqual(want)
        },
      ),
      { numRuns: 40 },
    )
  })
})
