import type { PGliteLike } from './sql/pglite-driver.js'
import { pgliteDriver } from './sql/pglite-driver.js'
import { createSqlStore, type SqlStore, type SqlStoreOptions } from './store/sql-store.js'

export interface PgliteStoreOptions extends SqlStoreOptions {
  /** Folder to keep the database in. Without it the database lives in memory and is gone on `close()`. */
  dataDir?: string
  /** Or a PGlite instance you made yourself. The store never closes it. */
  pglite?: PGliteLike
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
  const { dataDir, pglite, ...rest } = options
  if (pglite) return createSqlStore(pgliteDriver(pglite, { ownsDatabase: false }), rest)
  return createSqlStore(pgliteDriver(lazyPglite(dataDir), { ownsDatabase: true }), rest)
}
