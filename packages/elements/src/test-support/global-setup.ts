/**
 * Starts the real server for the browser tests (Node side) and hands its URL and seeded ids to the tests through
 * `provide`/`inject`:
 * - `/api`: `@coproduce/server` over the real core service (in-memory store), seeded with an initiative and members;
 * - `/api-xss`: the same, with extra consent purposes whose every word is an XSS payload;
 * - `/csp/*.html`: pages served with a strict Content-Security-Policy that load the built widgets.
 * - `/split/*.html`: the same, but bundled as a host's bundler splits them (Welsh, Urdu, the offline queue, the
 *   picture and recording part, the report's body in their own files, loaded from this server when needed), so a
 *   test can cut the page off the network and see what still works.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { TestProject } from 'vitest/node'
import { cspPage, STRICT_CSP } from './csp-pages.js'
import { startTestServer, type TestServer } from './test-server.js'

export interface Seed {
  initiativeId: string
  memberId: string
  otherMemberId: string
  staffId: string
  /** An open decision (kind `aims`) with two choices. */
  decisionId: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the real server is, e.g. `http://localhost:41234`. */
    serverUrl: string
    /** The Coproduce API mount: `${serverUrl}/api`. */
    apiUrl: string
    /** A second API whose extra consent purposes are XSS payloads. */
    xssApiUrl: string
    seed: Seed
    xssSeed: Seed
  }
}

interface Shared {
  server: TestServer
  provided: { serverUrl: string; apiUrl: string; xssApiUrl: string; seed: Seed; xssSeed: Seed }
  users: number
  close(): Promise<void>
}

declare global {
  // The browser commands run in this Node process and reach the server through this.
  var __cpTestServer: TestServer | undefined
  // Vitest runs global setup once for the root and once per browser instance: they share one server.
  var __cpTestShared: Promise<Shared> | undefined
}

const distIndex = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

/** Bundle the published entry (as a host's bundler would), so the CSP pages load the built widgets. */
async function bundleBuiltWidgets(): Promise<string> {
  if (!existsSync(distIndex)) throw new Error('Build the package first (pnpm build): the CSP test loads dist/index.js')
  const result = await build({
    entryPoints: [distIndex],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

/** The published entry bundled with code splitting: every file, by its path under `/split/`. */
async function bundleSplitWidgets(): Promise<Record<string, { body: string; type: string }>> {
  const result = await build({
    entryPoints: { widgets: distIndex },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    outdir: '/split',
    write: false,
    logLevel: 'silent',
  })
  return Object.fromEntries(result.outputFiles.map((file) => [file.path, { body: file.text, type: 'text/javascript' }]))
}

async function start(): Promise<Shared> {
  const { createRealApi } = await import('./real-api.js')
  const api = await createRealApi()
  const xssApi = await createRealApi({ xss: true })
  const widgets = await bundleBuiltWidgets()
  const split = await bundleSplitWidgets()
  const csp = { 'content-security-policy': STRICT_CSP }
  const page = (body: string) => ({ body: cspPage(body), type: 'text/html', headers: csp })
  const server = await startTestServer({
    mounts: { '/api': api.handler, '/api-xss': xssApi.handler },
    files: {
      '/csp/widgets.js': { body: widgets, type: 'text/javascript' },
      '/favicon.ico': { body: '', type: 'image/x-icon' },
      '/csp/feedback.html': page(`<cp-feedback endpoint="/api" initiative="${api.seed.initiativeId}"></cp-feedback>`),
      '/csp/consent.html': page(`<cp-consent endpoint="/api" member="${api.seed.memberId}"></cp-consent>`),
      '/csp/updates.html': page(`<cp-updates endpoint="/api" initiative="${api.seed.initiativeId}"></cp-updates>`),
      '/csp/decision.html': page(
        `<cp-decision endpoint="/api" initiative="${api.seed.initiativeId}" decision="${api.seed.decisionId}" member="${api.seed.memberId}"></cp-decision>`,
      ),
      '/csp/agreement.html': page(
        `<cp-agreement endpoint="/api" initiative="${api.seed.initiativeId}" member="${api.seed.memberId}"></cp-agreement>`,
      ),
      '/csp/my-involvement.html': page(`<cp-my-involvement endpoint="/api" member="${api.seed.memberId}"></cp-my-involvement>`),
      '/csp/principles-report.html': page(
        `<cp-principles-report endpoint="/api" initiative="${api.seed.initiativeId}"></cp-principles-report>`,
      ),
      ...split,
      '/split/feedback.html': {
        body: cspPage(
          `<cp-feedback endpoint="/api" initiative="${api.seed.initiativeId}" member="${api.seed.memberId}" kinds="rating text"></cp-feedback>`,
          '/split/widgets.js',
        ),
        type: 'text/html',
        headers: csp,
      },
      // No initiative: the report waits for one (or for a report given by the page's own script).
      '/split/principles-report.html': {
        body: cspPage('<cp-principles-report endpoint="/api"></cp-principles-report>', '/split/widgets.js'),
        type: 'text/html',
        headers: csp,
      },
    },
  })
  globalThis.__cpTestServer = server
  return {
    server,
    provided: {
      serverUrl: server.url,
      apiUrl: `${server.url}/api`,
      xssApiUrl: `${server.url}/api-xss`,
      seed: api.seed,
      xssSeed: xssApi.seed,
    },
    users: 0,
    close: async () => {
      globalThis.__cpTestServer = undefined
      globalThis.__cpTestShared = undefined
      await server.close()
      await Promise.all([api.close(), xssApi.close()])
    },
  }
}

export default async function setup(project: TestProject) {
  globalThis.__cpTestShared ??= start()
  const shared = await globalThis.__cpTestShared
  shared.users += 1
  const { provided } = shared
  project.provide('serverUrl', provided.serverUrl)
  project.provide('apiUrl', provided.apiUrl)
  project.provide('xssApiUrl', provided.xssApiUrl)
  project.provide('seed', provided.seed)
  project.provide('xssSeed', provided.xssSeed)
  return async () => {
    shared.users -= 1
    if (shared.users === 0) await shared.close()
  }
}
