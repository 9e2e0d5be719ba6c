import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../../test-support/chromium-launch.mjs'

/**
 * End-to-end tests against the built Casebook (`pnpm build` first), started on a free port with a fresh PGlite
 * data folder. Playwright loads this file in every worker: the port and folder are chosen once and passed on
 * through the environment.
 */
const freePort = () =>
  execFileSync(
    process.execPath,
    ['-e', "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"],
    {
      encoding: 'utf8',
    },
  ).trim()

process.env.CASEBOOK_E2E_PORT ??= freePort()
process.env.CASEBOOK_E2E_PG_PORT ??= freePort()
process.env.CASEBOOK_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'casebook-e2e-'))
const port = process.env.CASEBOOK_E2E_PORT
const baseURL = `http://127.0.0.1:${port}`
const pgPort = process.env.CASEBOOK_E2E_PG_PORT
const pgBaseURL = `http://127.0.0.1:${pgPort}`

/** Each staff flow runs on both stores: on PGlite (the Quick start's store) and on PostgreSQL (production's). */
const STAFF_FLOWS = [
  'you-said-we-did.spec.ts',
  'updates-history.spec.ts',
  'sessions-and-payments.spec.ts',
  'impact-range.spec.ts',
  'member-details.spec.ts',
  'decide-together.spec.ts',
  'organisations-apart.spec.ts',
]
const env = { SESSION_SECRET: 'casebook-e2e-secret' }

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  globalTeardown: './e2e/support/global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: CI runs these beside other packages' tests on two shared cores.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'pglite', use: { baseURL } },
    { name: 'postgres', use: { baseURL: pgBaseURL }, testMatch: STAFF_FLOWS },
  ],
  webServer: [
    {
      command: 'node dist/main.js',
      url: `${baseURL}/login`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { ...env, PORT: port, DATA_DIR: process.env.CASEBOOK_E2E_DATA_DIR, DATABASE_URL: '' },
    },
    {
      command: 'node e2e/support/casebook-on-postgres.mjs',
      url: `${pgBaseURL}/login`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      // SIGTERM, so the script drops its database (and stops a server it started) before it exits.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: { ...env, PORT: pgPort },
    },
  ],
})
