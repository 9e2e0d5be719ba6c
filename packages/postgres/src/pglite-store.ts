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

/** A PGlite database that starts on first use, so `pgliteStore()` can be called synchronously. */
function lazyPglite(dataDir: string | undefined): PGliteLike {
  let db: Promise<PGliteLike> | undefined
  const get = () =>
    (db ??= import('@electric-sql/pglite').then((mod) => (mod as unknown as PGliteModule).PGlite.create(dataDir)))
  return {
    query: async (text, params) => (await get()).query(text, params),
    exec: async (text) => (await get()).exec(text),
    transaction: async (work) => (await get()).transaction(work),
    close: async () => {
      if (db) await (await db).close()
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
