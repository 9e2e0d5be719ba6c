// Many organisations on one PostgreSQL database: does reading one organisation's feedback cost more when 999
// others share the tables? Seeds two fresh databases (by SQL, in the store's own schema after its migrations):
// one organisation, and ORGANISATIONS organisations, each with 20 initiatives of 200 feedback. Then reads the
// same initiative's feedback through the real service (`feedback.list` as that organisation's staff) in both,
// and prints the ratio, measured in one run, with the query plan. The store runs as an application role that
// owns nothing, so the row-level security policies hold for every read, as in production.
//   pnpm --filter @coproduce/postgres bench:organisations            (1,000 organisations: 4 million feedback)
//   ORGANISATIONS=100 pnpm --filter @coproduce/postgres bench:organisations
// Uses the PostgreSQL server in PG_URL, or starts a throwaway one with scripts/pg-start.sh.
import { createCoproduction } from '@coproduce/core'
import pg from 'pg'
import { migrate, postgresStore } from '../dist/index.js'
import { dropRole, freshDatabase, usePostgres } from './postgres-server.mjs'

const ORGANISATIONS = Number(process.env.ORGANISATIONS ?? 1000)
const INITIATIVES = 20
const FEEDBACK = 200
const READS = 400
const GOAL = 1.3

const stopServer = usePostgres()

/**
 * A fresh database, migrated as a deploy step would: `pool` is a superuser's (it seeds, past the policies),
 * `appPool` the application role's, which the store uses. `drop` ends both and removes the database and role.
 */
async function freshDb() {
  const db = await freshDatabase('coproduce_orgs')
  const role = `${db.name}_app`
  const pool = new pg.Pool({ connectionString: db.url, max: 4 })
  pool.on('error', () => undefined)
  await pool.query(`CREATE ROLE ${role} LOGIN`)
  await migrate(pool, { grantTo: role })
  const appUrl = new URL(db.url)
  appUrl.username = role
  const appPool = new pg.Pool({ connectionString: appUrl.toString(), max: 4 })
  appPool.on('error', () => undefined)
  return {
    pool,
    appPool,
    drop: async () => {
      await appPool.end()
      await pool.end()
      await db.drop()
      await dropRole(role)
    },
  }
}

const staffOf = (organisationId) => ({ actor: { id: `staff-${organisationId}`, roles: ['staff'], organisationId } })

/** `organisations` organisations × 20 initiatives × 200 feedback, written by SQL from records the service made. */
async function seed(pool, cp, organisations) {
  // One real initiative and feedback, made by the service, are the templates for the rest.
  const first = staffOf('org-1')
  const plan = await cp.initiatives.create({ id: 'org-1-i-1', title: 'Warm spaces', purpose: 'Places to keep warm, run together' }, first)
  const said = await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'Open on Sundays too.' }, { actor: null })
  const start = performance.now()
  await pool.query(
    `INSERT INTO coproduce.organisations (id, name, data)
     SELECT 'org-' || o, 'Organisation ' || o, jsonb_build_object('id', 'org-' || o, 'name', 'Organisation ' || o)
     FROM generate_series(2, $1) o ON CONFLICT (id) DO NOTHING`,
    [organisations],
  )
  await pool.query(
    `INSERT INTO coproduce.initiatives (id, created_at, organisation_id, data)
     SELECT 'org-' || o || '-i-' || i, now(), 'org-' || o,
            $2::jsonb || jsonb_build_object('id', 'org-' || o || '-i-' || i, 'organisationId', 'org-' || o)
     FROM generate_series(1, $1) o, generate_series(1, ${INITIATIVES}) i
     WHERE NOT (o = 1 AND i = 1)`,
    [organisations, JSON.stringify(plan)],
  )
  for (let from = 1; from <= organisations; from += 50) {
    const to = Math.min(organisations, from + 49)
    await pool.query(
      `INSERT INTO coproduce.feedback (id, initiative_id, created_at, data)
       SELECT 'org-' || o || '-i-' || i || '-f-' || f, 'org-' || o || '-i-' || i, now() - f * interval '1 minute',
              $3::jsonb || jsonb_build_object('id', 'org-' || o || '-i-' || i || '-f-' || f, 'initiativeId', 'org-' || o || '-i-' || i)
       FROM generate_series($1::int, $2::int) o, generate_series(1, ${INITIATIVES}) i, generate_series(1, ${FEEDBACK}) f`,
      [from, to, JSON.stringify(said)],
    )
    if (organisations > 1) process.stdout.write(`\r  seeded ${to} of ${organisations} organisations`)
  }
  await pool.query('ANALYZE')
  if (organisations > 1) process.stdout.write('\n')
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM coproduce.feedback')
  return { feedback: rows[0].n, seconds: (performance.now() - start) / 1000 }
}

/** Reads per second of one initiative's feedback, as that organisation's staff, through the service. */
async function readRate(cp, initiativeId, organisationId) {
  const ctx = staffOf(organisationId)
  for (let n = 0; n < 20; n++) await cp.feedback.list(initiativeId, ctx)
  const start = performance.now()
  let rows = 0
  for (let n = 0; n < READS; n++) rows = (await cp.feedback.list(initiativeId, ctx)).length
  return { perSecond: (READS / (performance.now() - start)) * 1000, rows }
}

const dbs = []
try {
  const results = []
  for (const organisations of [1, ORGANISATIONS]) {
    const db = await freshDb()
    dbs.push(db)
    const store = postgresStore({ pool: db.appPool })
    await store.ready()
    const cp = createCoproduction({ store })
    const seeded = await seed(db.pool, cp, organisations)
    console.log(
      `${organisations} organisation(s): ${seeded.feedback.toLocaleString('en-GB')} feedback, seeded in ${seeded.seconds.toFixed(1)} s`,
    )
    results.push({ organisations, cp, store, appPool: db.appPool, feedback: seeded.feedback })
  }
  // Alternate the two, twice, so neither gets the warmer machine.
  const rates = results.map(() => [])
  for (let round = 0; round < 2; round++) for (const [n, r] of results.entries()) rates[n].push(await readRate(r.cp, 'org-1-i-7', 'org-1'))
  const best = rates.map((list) => Math.max(...list.map((x) => x.perSecond)))
  for (const [n, r] of results.entries())
    console.log(
      `  ${String(r.organisations).padStart(5)} organisation(s): ${Math.round(best[n]).toLocaleString('en-GB')} reads/s of one initiative's ${rates[n][0].rows} feedback`,
    )
  const ratio = best[0] / best[1]
  console.log(
    `one read with ${ORGANISATIONS} organisations / with 1: ${ratio.toFixed(2)}x   (goal <= ${GOAL}x: ${ratio <= GOAL ? 'met' : 'not met'})`,
  )
  // The plan as the application role sees it: in a transaction for org-1, with the policy's condition added.
  const client = await results[1].appPool.connect()
  let plan
  try {
    await client.query('BEGIN')
    await client.query("SELECT set_config('coproduce.organisation', 'org-1', true)")
    plan = await client.query(`EXPLAIN SELECT data FROM coproduce.feedback WHERE initiative_id = $1 ORDER BY created_at NULLS FIRST, id`, [
      'org-1-i-7',
    ])
    await client.query('COMMIT')
  } finally {
    client.release()
  }
  console.log(
    `the feedback list's plan with ${ORGANISATIONS} organisations, as the application role under row-level security:\n${plan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`,
  )
  for (const r of results) await r.store.close()
} finally {
  for (const db of dbs) await db.drop().catch(() => undefined)
  stopServer()
}
