// Throughput of the two stores, measured in one run on this machine. Run after `pnpm build`:
//   pnpm --filter @coproduce/postgres bench
// Uses the PostgreSQL server in PG_URL, or starts a throwaway one with scripts/pg-start.sh.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { pgliteStore, postgresStore } from '../dist/index.js'
import { freshDatabase, usePostgres } from './postgres-server.mjs'

const stopServer = usePostgres()

const SEQUENTIAL = 300
const CONCURRENT = 1000
const _EVENTS = 1000

const feedback = (initiativeId, n) => ({
  id: `f-${n}-${randomBytes(4).toString('hex')}`,
  initiativeId,
  kind: 'rating',
  rating: 'good',
  anonymous: true,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n % 60)).toISOString(),
  idempotencyKey: `key-${n}`,
})
const submitted = (f) => ({
  id: `e-${f.id}`,
  at: f.createdAt,
  initiativeId: f.initiativeId,
  type: 'feedback.submitted',
  data: { feedbackId: f.id, kind: f.kind, anonymous: true },
})
/** One feedback submission as the service writes it: look up the key, store the feedback and its event. */
const submit = (store, initiativeId, n) =>
  store
    .transaction(async (tx) => {
      if (await tx.feedback.findByIdempotencyKey(initiativeId, `key-${n}`)) return
      const f = feedback(initiativeId, n)
      await tx.feedback.put(f)
      await tx.events.append(submitted(f))
    })
    .catch((error) => {
      if (error?.code !== 'conflict') throw error
    })

const time = async (work) => {
  const start = performance.now()
  await work()
  return performance.now() - start
}

async function measure(label, makeStore) {
  const store = await makeStore()
  await store.ready()
  const seqMs = await time(async () => {
    for (let n = 0; n < SEQUENTIAL; n++) await submit(store, 'seq', n)
  })
  const conMs = await time(() => Promise.all(Array.from({ length: CONCURRENT }, (_, n) => submit(store, 'con', n % (CONCURRENT / 2)))))
  const stored = (await store.transaction((tx) => tx.feedback.listByInitiative('con'))).length
  let delivered = 0
  const drainMs = await time(async () => {
    store.outbox.start(async () => {
      delivered += 1
    })
    await store.outbox.flush()
  })
  await store.outbox.stop()
  await store.close()
  return {
    label,
    'sequential tx/s': Math.round((SEQUENTIAL / seqMs) * 1000),
    'ms per tx': +(seqMs / SEQUENTIAL).toFixed(2),
    'concurrent tx/s': Math.round((CONCURRENT / conMs) * 1000),
    'rows (want 500)': stored,
    'outbox events/s': Math.round((delivered / drainMs) * 1000),
    delivered,
  }
}

try {
  const db = await freshDatabase('coproduce_bench')
  const pool = new pg.Pool({ connectionString: db.url, max: 10 })
  const postgres = await measure('postgresStore (pool of 10)', () => postgresStore({ pool }))
  await pool.end()
  await db.drop()
  const startMs = { value: 0 }
  const pglite = await measure('pgliteStore (in memory)', async () => {
    const store = pgliteStore()
    startMs.value = await time(() => store.ready())
    return store
  })
  console.table([postgres, pglite])
  console.log(`PGlite start-up (WASM + migrations): ${Math.round(startMs.value)} ms`)
  console.log(
    `PostgreSQL / PGlite: sequential ${(postgres['sequential tx/s'] / pglite['sequential tx/s']).toFixed(2)}x, ` +
      `concurrent ${(postgres['concurrent tx/s'] / pglite['concurrent tx/s']).toFixed(2)}x, ` +
      `outbox ${(postgres['outbox events/s'] / pglite['outbox events/s']).toFixed(2)}x`,
  )
  for (const r of [postgres, pglite]) if (r['rows (want 500)'] !== CONCURRENT / 2) throw new Error(`${r.label}: duplicate keys were stored`)
} finally {
  stopServer()
}
