import type { PGliteLike } from './sql/pglite-driver.js'
import { pgliteDriver } from './sql/pglite-driver.js'
import { grants } from './migrations/migrate.js'
import type { SqlDriver } from './sql/sql-driver.js'
import { createSqlStore, type SqlStore, type SqlStoreOptions } from './store/sql-store.js'

export interface PgliteStoreOptions extends SqlStoreOptions {
  /** Folder to keep the database in. Without it the database lives in memory and is gone on `close()`. */
  dataDir?: string
  /** Or a PGlite instance you made yourself. The store never closes it. */
  pglite?: PGliteLike
  /**
   * Hold the store to the row-level security policies, as on PostgreSQL. PGlite's own user is a superuser, whom
   * PostgreSQL lets past every policy, so once migrated the store switches its connection to the role
   * `coproduce_app` (created if missing, with the rights `migrate({ grantTo })` gives). Default true for a
   * database the store opens; false for a PGlite you pass in, whose connection it would otherwise change.
   */
  rowLevelSecurity?: boolean
}

/** The role a PGlite store works as when `rowLevelSecurity` is on. */
export const PGLITE_APPLICATION_ROLE = 'coproduce_app'

const becomeApplicationRole = async (driver: SqlDriver, s: string) => {
  await driver.exec(`DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${PGLITE_APPLICATION_ROLE}') THEN CREATE ROLE ${PGLITE_APPLICATION_ROLE} NOLOGIN; END IF;
END $$;
${grants(s, PGLITE_APPLICATION_ROLE)}
SET ROLE ${PGLITE_APPLICATION_ROLE};`)
}

interface PGliteModule {
  PGlite: { create(dataDir?: string): Promise<PGliteLike> }
}

/** PGlite is an optional peer dependency: say plainly what to install when it is missing. */
async function importPglite(): Promise<PGliteModule> {
  try {
    return (await import('@electric-sql/pglite')) as unknown as PGliteModule
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND')
      throw new Error('pgliteStore needs the @electric-sql/pglite package. Install it with: npm install @electric-sql/pglite', {
        cause: error,
      })
    throw error
  }
}

/** A folder on disk (not `memory://` or `idb://…`) is created with its parents, as a fresh project has none. */
async function ensureFolder(dataDir: string | undefined): Promise<void> {
  if (!dataDir || /^[a-z]+:\/\//i.test(dataDir)) return
  const { mkdir } = await import('node:fs/promises')
  await mkdir(dataDir, { recursive: true })
}

/** A PGlite database that starts on first use, so `pgliteStore()` can be called synchronously. */
function lazyPglite(dataDir: string | undefined): PGliteLike {
  let db: Promise<PGliteLike> | undefined
  const start = async () => {
    const { PGlite } = await importPglite()
    await ensureFolder(dataDir)
    return PGlite.create(dataDir)
  }
  const get = () => (db ??= start())
  return {
    query: async (text, params) => (await get()).query(text, params),
    exec: async (text) => (await get()).exec(text),
    transaction: async (work) => (await get()).transaction(work),
    close: async () => {
      // A database that never started (for example because PGlite is not installed) has nothing to close.
      const started = await db?.catch(() => undefined)
      if (started) await started.close()
    },
  }
}

/**
 * A Store on PGlite: real PostgreSQL compiled to WebAssembly, running inside this process. No server to
 * install. The same migrations and SQL as `postgresStore`. In memory unless you give a `dataDir`.
 *
 * ```ts
 * const store = pgliteStore({ dataDir: './.data/coproduce' })
 * ```
 */
export function pgliteStore(options: PgliteStoreOptions = {}): SqlStore {
  const { dataDir, pglite, rowLevelSecurity, ...rest } = options
  const start = (rowLevelSecurity ?? !pglite) ? { afterMigrations: becomeApplicationRole } : {}
  if (pglite) return createSqlStore(pgliteDriver(pglite, { ownsDatabase: false }), rest, start)
  return createSqlStore(pgliteDriver(lazyPglite(dataDir), { ownsDatabase: true }), rest, start)
}
