import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string
  }
}

const scripts = fileURLToPath(new URL('../../../../scripts/', import.meta.url))

/**
 * Real PostgreSQL for the route tests: `PG_URL` when set, else a throwaway server from `scripts/pg-start.sh`,
 * stopped with `scripts/pg-stop.sh` when the run ends. Each test file makes its own database in it.
 */
export default function setup(project: TestProject): (() => void) | undefined {
  if (process.env.PG_URL) {
    project.provide('pgUrl', process.env.PG_URL)
    return undefined
  }
  const out = execFileSync('bash', [`${scripts}pg-start.sh`, '--env'], { encoding: 'utf8' })
  const env = Object.fromEntries([...out.matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1]!, m[2]!] as const)) as {
    PG_URL: string
    PG_TEST_DIR: string
    PG_BIN: string
  }
  project.provide('pgUrl', env.PG_URL)
  return () => {
    execFileSync('bash', [`${scripts}pg-stop.sh`], { env: { ...process.env, ...env }, stdio: 'inherit' })
  }
}
