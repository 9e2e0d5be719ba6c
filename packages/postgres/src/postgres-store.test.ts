import { describeStoreConformance } from '@coproduce/core/testing'
import { afterAll, beforeAll } from 'vitest'
import { freshDatabase, type FreshDatabase } from './test-support/fresh-database.js'
import { describeSqlStoreSpec, SPEC_OUTBOX } from './test-support/sql-store-spec.js'
import { postgresStore } from './postgres-store.js'
import type { SqlStore } from './store/sql-store.js'

let db: FreshDatabase
let store: SqlStore

beforeAll(async () => {
  db = await freshDatabase()
  store = postgresStore({ pool: db.pool, outbox: SPEC_OUTBOX })
  await store.ready()
})

afterAll(async () => {
  await store?.close()
  await db?.drop()
})

describeStoreConformance('postgresStore', { setup: async () => store, teardown: async () => undefined })

describeSqlStoreSpec('postgresStore', {
  store: () => store,
  sql: async (text, params) => (await db.pool.query(text, params)).rows,
})
