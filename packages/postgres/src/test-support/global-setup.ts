import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

const scripts = fileURLToPath(new URL('../../../../scripts/', import.meta.url))

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string
  }
}

/**
 * Use the PostgreSQL server in PG_URL, or start a throwaway one with `scripts/pg-start.sh` and stop it with
 * `scripts/pg-stop.sh` when the run ends. Every test file then makes its own database in it.
 */
export default function setup(project: TestProject): (() => void) | undefined {
  let url = process.env.PG_URL
  let stop: (() => void) | undefined
  if (!url) {
    const out = execFileSync('bash', [`${scripts}pg-start.sh`, '--env'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    const env = Object.fromEntries([...out.matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1]!, m[2]!]))
    url = env.PG_URL
    if (!url) throw new Error(`pg-start.sh printed no PG_URL: ${out}`)
    stop = () => {
      execFileSync('bash', [`${scripts}pg-stop.sh`], { env: { ...process.env, ...env }, stdio: 'inherit' })
    }
  }
  process.env.PG_URL = url
  project.provide('pgUrl', url)
  return stop
}
