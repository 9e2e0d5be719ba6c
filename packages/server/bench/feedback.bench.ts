/**
 * Feedback submissions through HTTP: Coproduce on PostgreSQL, Coproduce on PGlite, and a bare Hono route doing one
 * INSERT with `pg`, measured in the same run. Prints submissions per second, p50/p99 latency and the ratio.
 *   pnpm --filter @coproduce/server bench        (uses PG_URL, or starts a throwaway PostgreSQL)
 * Bounded: a fixed number of requests per target, a time cap, 127.0.0.1 only.
 */
import { createCoproduction, type Coproduction } from '@coproduce/core'
import { pgliteStore, postgresStore } from '@coproduce/postgres'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { createHandler } from '../src/handler/create-handler.js'
import { serve } from '../src/node/serve.js'
import { bareFeedbackRoute } from './bare-route.js'
import { combine, runLoad, type LoadOptions, type LoadResult } from './load.js'

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 3000)
const LOAD: LoadOptions = { total: TOTAL, concurrency: Number(process.env.BENCH_CONCURRENCY ?? 32), maxMs: 30_000 }
const WARMUP: LoadOptions = { total: 200, concurrency: 16, maxMs: 15_000 }
const ROUNDS = 3
const staff = { id: 'bench-staff', roles: ['staff'] }
const body = JSON.stringify({ kind: 'rating', rating: 'good', text: 'The new timetable is much easier to read' })

const scripts = fileURLToPath(new URL('../../../scripts/', import.meta.url))

function startPostgres(): { url: string; stop(): void } {
  if (process.env.PG_URL) return { url: process.env.PG_URL, stop: () => undefined }
  const out = execFileSync('bash', [`${scripts}pg-start.sh`, '--env'], { encoding: 'utf8' })
  const env = Object.fromEntries([...out.matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1]!, m[2]!]))
  return { url: env.PG_URL!, stop: () => execFileSync('bash', [`${scripts}pg-stop.sh`], { env: { ...process.env, ...env } }) }
}

interface Target {
  label: string
  run(prefix: string, load: LoadOptions): Promise<LoadResult>
  close(): Promise<void>
}

async function target(label: string, handler: (req: Request) => Promise<Response>, path: string, keyed: boolean): Promise<Target> {
  const server = await serve(handler, { hostname: '127.0.0.1', port: 0 })
  const send = (prefix: string) => (i: number) =>
    fetch(server.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(keyed ? { 'idempotency-key': `${prefix}-${i}` } : {}) },
      body,
    })
  return { label, run: (prefix, load) => runLoad(label, send(prefix), load), close: () => server.close() }
}

async function coproduceTarget(label: string, coproduction: Coproduction): Promise<Target> {
  const initiative = await coproduction.initiatives.create({ title: 'Bench', purpose: 'Measure feedback submissions' }, { actor: staff })
  const handler = createHandler({ coproduction, authenticate: () => null })
  return target(label, handler, `/initiatives/${initiative.id}/feedback`, true)
}

const fmt = (r: LoadResult) =>
  `${r.label.padEnd(34)} ${r.perSecond.toFixed(0).padStart(7)} /s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   (${r.requests} requests in ${r.seconds.toFixed(1)} s, ${r.errors} not 201)`

async function main() {
  const postgres = startPostgres()
  const admin = new pg.Client({ connectionString: postgres.url })
  await admin.connect()
  const dbName = `coproduce_bench_${Date.now().toString(36)}`
  await admin.query(`CREATE DATABASE "${dbName}"`)
  const url = new URL(postgres.url)
  url.pathname = `/${dbName}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 })
  pool.on('error', () => undefined)
  const results: LoadResult[] = []
  try {
    console.log(
      `Feedback submissions over HTTP on 127.0.0.1: ${LOAD.total} requests per target in ${ROUNDS} alternating rounds, ${LOAD.concurrency} at a time, after ${WARMUP.total} to warm up.\n`,
    )

    const pgStore = postgresStore({ pool })
    await pgStore.ready()
    const onPostgres = createCoproduction({ store: pgStore })
    const liteStore = pgliteStore()
    await liteStore.ready()
    const onPglite = createCoproduction({ store: liteStore })
    const targets = [
      await target('bare Hono + one pg INSERT', await bareFeedbackRoute(pool), '/initiatives/bench/feedback', false),
      await coproduceTarget('Coproduce on PostgreSQL', onPostgres),
      await coproduceTarget('Coproduce on PGlite (in process)', onPglite),
    ]
    for (const t of targets) await t.run('warm', WARMUP)
    // Rounds take turns, so a change in the machine's load during the run falls on every target alike.
    const rounds: LoadResult[][] = targets.map(() => [])
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, t] of targets.entries())
        rounds[i]!.push(await t.run(`round-${round}`, { ...LOAD, total: Math.ceil(LOAD.total / ROUNDS) }))
    for (const t of targets) await t.close()
    await onPostgres.close()
    await onPglite.close()
    const [bare, cpPg, cpLite] = rounds.map(combine) as [LoadResult, LoadResult, LoadResult]
    results.push(bare, cpPg, cpLite)
    for (const r of results) console.log(fmt(r))

    const ratio = cpPg.perSecond / bare.perSecond
    console.log(`\nCoproduce on PostgreSQL / bare route: ${(ratio * 100).toFixed(0)}% of the throughput (goal ≥ 50%)`)
    console.log(`Coproduce on PGlite / bare route:     ${((cpLite.perSecond / bare.perSecond) * 100).toFixed(0)}%`)
    if (results.some((r) => r.errors > 0)) {
      console.error('Some requests did not get 201: the figures above are not valid.')
      process.exitCode = 1
    }
  } finally {
    await pool.end()
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
    await admin.end()
    postgres.stop()
  }
}

await main()
