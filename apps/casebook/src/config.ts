import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'

/** Everything Casebook reads from the environment. */
export interface CasebookConfig {
  port: number
  /** PostgreSQL connection string. When set, data lives there instead of in PGlite. */
  databaseUrl: string | undefined
  /** Where PGlite keeps its files when `databaseUrl` is not set. */
  dataDir: string
  /** Signs the login cookie. A random one is made at start when not set (everyone is then logged out on restart). */
  sessionSecret: string
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): CasebookConfig {
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`)
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || './.data'),
    sessionSecret: env.SESSION_SECRET || randomBytes(32).toString('hex'),
  }
}
