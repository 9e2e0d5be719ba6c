import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'

/** Everything Casebook reads from the environment. */
export interface CasebookConfig {
  port: number
  /** PostgreSQL connection string. When set, data lives there instead of in PGlite. */
  databaseUrl: string | undefined
  /**
   * The tables' owner, to migrate as, when `databaseUrl` connects as an application role that owns nothing (so
   * PostgreSQL's row-level security holds for it). The application role gets its rights from this step.
   */
  migrationDatabaseUrl: string | undefined
  /** Where PGlite keeps its files when `databaseUrl` is not set. */
  dataDir: string
  /** Signs the login cookie. A random one is made at start when not set (everyone is then logged out on restart). */
  sessionSecret: string
  /** The address to listen on: `127.0.0.1` unless `HOST` is set (e.g. `0.0.0.0` in a container). */
  host: string
  /** Largest body a form or the API takes, in bytes (`BODY_LIMIT`, default 64 kB). Larger gets 413. */
  bodyLimit: number
  /** Offer the password-less demo picker: `CASEBOOK_DEMO=1`, or any time `NODE_ENV` is not `production`. */
  demo: boolean
  /** Always mark the session cookie `Secure` (in production). It is also Secure on any HTTPS request. */
  secureCookies: boolean
  /** Believe `X-Forwarded-Proto` from a proxy in front (`TRUST_PROXY=1`). */
  trustProxy: boolean
}

const DEFAULT_BODY_LIMIT = 64 * 1024

export function readConfig(env: NodeJS.ProcessEnv = process.env): CasebookConfig {
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`)
  const bodyLimit = Number(env.BODY_LIMIT ?? DEFAULT_BODY_LIMIT)
  if (!Number.isInteger(bodyLimit) || bodyLimit <= 0) throw new Error(`BODY_LIMIT must be a number of bytes, not "${env.BODY_LIMIT}"`)
  const production = env.NODE_ENV === 'production'
  return {
    port,
    host: env.HOST || '127.0.0.1',
    bodyLimit,
    demo: env.CASEBOOK_DEMO === '1' || !production,
    secureCookies: production,
    trustProxy: env.TRUST_PROXY === '1',
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || './.data'),
    sessionSecret: env.SESSION_SECRET || randomBytes(32).toString('hex'),
  }
}
