import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { expect, test } from '@playwright/test'
import pg from 'pg'
import { postgresServer, withDatabase } from '../src/test-support/postgres-server.js'
import { loginAs } from './support/casebook.js'

/**
 * The PostgreSQL path, once: the built Casebook started with DATABASE_URL pointing at a fresh database (in the
 * server at PG_URL, or a throwaway one from scripts/pg-start.sh). Never skipped.
 */
test.describe
  .serial('Casebook on PostgreSQL (DATABASE_URL)', () => {
    const database = `casebook_e2e_${process.pid}_${Date.now()}`
    let server: ReturnType<typeof postgresServer>
    let databaseUrl = ''
    let casebook: ChildProcess | undefined
    let baseURL = ''

    test.beforeAll(async () => {
      test.setTimeout(120_000)
      server = postgresServer()
      databaseUrl = withDatabase(server.url, database)
      const admin = new pg.Client({ connectionString: server.url })
      await admin.connect()
      await admin.query(`CREATE DATABASE ${database}`)
      await admin.end()

      const port = await new Promise<number>((resolve) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as { port: number }
          probe.close(() => resolve(port))
        })
      })
      casebook = spawn(process.execPath, ['dist/main.js'], {
        env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, DATA_DIR: '/nonexistent-must-not-be-used' },
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      let output = ''
      casebook.stdout!.setEncoding('utf8')
      await new Promise<void>((resolve, reject) => {
        casebook!.stdout!.on('data', (chunk: string) => {
          output += chunk
          if (output.includes('Data is kept in')) resolve()
        })
        casebook!.once('exit', (code) => reject(new Error(`Casebook stopped (exit ${code}):\n${output}`)))
      })
      expect(output).toContain(`Casebook is running at http://localhost:${port}`)
      expect(output).toContain('Data is kept in PostgreSQL (DATABASE_URL).')
      baseURL = `http://127.0.0.1:${port}`
    })

    test.afterAll(async () => {
      if (!server) return
      if (casebook && casebook.exitCode === null) {
        casebook.kill('SIGTERM')
        await once(casebook, 'exit')
      }
      const admin = new pg.Client({ connectionString: server.url })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await admin.end()
      server.stop()
    })

    test('seeds the demo into PostgreSQL and serves it', async ({ page }) => {
      await page.goto(`${baseURL}/impact`)
      await expect(page.getByRole('heading', { level: 1, name: 'Did people hear back?' })).toBeVisible()
      await expect(page.getByText('(6 of 11)')).toBeVisible()

      await loginAs(page, 'Sam Okafor', baseURL)
      await page.goto(`${baseURL}/initiatives/leeds-truth-commission/feedback`)
      await expect(page.locator('cp-feedback-inbox').locator('[part=counts]')).toContainText('11 in all')

      const direct = new pg.Client({ connectionString: databaseUrl })
      await direct.connect()
      // The Commission's 11, in the table; the second organisation's group has feedback of its own.
      const { rows } = await direct.query(
        "SELECT count(*) FILTER (WHERE initiative_id = 'leeds-truth-commission')::int AS n, count(DISTINCT organisation_id)::int AS orgs FROM coproduce.feedback",
      )
      await direct.end()
      expect(rows[0]).toEqual({ n: 11, orgs: 2 })
    })
  })
