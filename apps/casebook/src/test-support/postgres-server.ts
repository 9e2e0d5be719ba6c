import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const scripts = fileURLToPath(new URL('../../../../scripts/', import.meta.url))

/**
 * A PostgreSQL server for the tests: the one in PG_URL, or a throwaway one started with scripts/pg-start.sh
 * (stopped again by `stop`). Never skipped: without PostgreSQL the test fails and says why.
 */
export function postgresServer(): { url: string; stop: () => void } {
  if (process.env.PG_URL) return { url: process.env.PG_URL, stop: () => undefined }
  // No colours: under FORCE_COLOR (set in Playwright workers) `node -e console.log(port)` prints escape codes.
  const { FORCE_COLOR: _color, ...env } = process.env
  const output = execFileSync('bash', [`${scripts}pg-start.sh`, '--env'], { encoding: 'utf8', env: { ...env, NO_COLOR: '1' } })
  const vars = Object.fromEntries([...output.matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1]!, m[2]!]))
  if (!vars.PG_URL) throw new Error(`pg-start.sh did not print PG_URL:\n${output}`)
  return {
    url: vars.PG_URL,
    stop: () => execFileSync('bash', [`${scripts}pg-stop.sh`], { env: { ...process.env, ...vars } }),
  }
}

/** The same server, another database. */
export const withDatabase = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}
