import { PGlite } from '@electric-sql/pglite'
import { describeStoreConformance } from '@coproduce/core/testing'
import { afterAll, beforeAll } from 'vitest'
import { describeSqlStoreSpec, SPEC_OUTBOX } from './test-support/sql-store-spec.js'
import { pgliteStore } from './pglite-store.js'
import type { SqlStore } from './store/sql-store.js'

// One PGlite per file: it takes seconds to start.
let db: PGlite
let store: SqlStore

beforeAll(async () => {
  db = await PGlite.create()
  store = pgliteStore({ pglite: db, outbox: SPEC_OUTBOX })
  await store.ready()
})

afterAll(async () => {
  await store?.close()
  await db?.close()
})

describeStoreConformance('pgliteStore', { setup: async () => store, teardown: async () => undefined })

describeSqlStoreSpec('pgliteStore', {
  store: () => store,
  sql: async (text, params) => (await db.query(text, params)).rows as never[],
})
