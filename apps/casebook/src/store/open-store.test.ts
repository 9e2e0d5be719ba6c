import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCoproduction } from '@coproduce/core'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { seedDemo } from '../demo/seed.js'
import { shiftableClock } from '../demo/shiftable-clock.js'
import { casebookTestApp } from '../test-support/casebook-test-app.js'
import { postgresServer, withDatabase } from '../test-support/postgres-server.js'
import { openStore } from './open-store.js'

describe('openStore with PGlite (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'casebook-pglite-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('keeps the demo in the data folder across a restart, and seeds it only once', async () => {
    const clock = shiftableClock()
    const first = createCoproduction({ store: await openStore({ dataDir }), clock })
    expect(await seedDemo(first, clock)).toBe(true)
    await first.close()

    const second = createCoproduction({ store: await openStore({ dataDir }), clock })
    expect(await seedDemo(second, clock)).toBe(false)
    const impact = await second.initiatives.impact(DEMO_INITIATIVE_ID, { actor: null })
    expect(impact.feedback).toBe(11)
    await second.close()
  }, 180_000)
})

describe('openStore with PostgreSQL (DATABASE_URL)', () => {
  const server = postgresServer()
  const database = `casebook_test_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: server.url })
  let databaseUrl: string

  beforeAll(async () => {
    await admin.connect()
    await admin.query(`CREATE DATABASE ${database}`)
    databaseUrl = withDatabase(server.url, database)
  })
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin.end()
    server.stop()
  })

  it('serves the seeded demo from PostgreSQL', async () => {
    const store = await openStore({ databaseUrl, dataDir: '/nonexistent-not-used' })
    const t = await casebookTestApp(store)
    const page = await (await t.request(`/impact/${DEMO_INITIATIVE_ID}`)).text()
    expect(page).toContain('Did people hear back?')
    expect(page).toContain('(6 of 11)')

    const direct = new pg.Client({ connectionString: databaseUrl })
    await direct.connect()
    const { rows } = await direct.query('SELECT organisation_id, count(*)::int AS n FROM coproduce.feedback GROUP BY 1 ORDER BY 1')
    await direct.end()
    // The Truth Commission's feedback, and the housing association's panel's, each in its own organisation.
    expect(rows).toEqual([
      { organisation_id: 'default', n: 11 },
      { organisation_id: 'riverside-housing', n: 1 },
    ])
    await t.coproduction.close()
  })
})
