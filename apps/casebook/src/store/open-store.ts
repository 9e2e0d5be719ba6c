import type { Store } from '@coproduce/core'
import { pgliteStore, postgresStore } from '@coproduce/postgres'

/**
 * PostgreSQL when a connection string is given; otherwise embedded PGlite (real PostgreSQL in WebAssembly) in a
 * folder on disk. Both run the same migrations before the first read.
 */
export async function openStore(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<Store> {
  const store = options.databaseUrl ? postgresStore({ connectionString: options.databaseUrl }) : pgliteStore({ dataDir: options.dataDir })
  await store.ready()
  return store
}
