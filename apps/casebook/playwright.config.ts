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
process.env.CASEBOOK_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'casebook-e2e-'))
const port = process.env.CASEBOOK_E2E_PORT
const baseURL = `http://127.0.0.1:${port}`

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
    baseURL,
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'node dist/main.js',
    url: `${baseURL}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: port,
      DATA_DIR: process.env.CASEBOOK_E2E_DATA_DIR,
      SESSION_SECRET: 'casebook-e2e-secret',
      DATABASE_URL: '',
    },
  },
})
