import type { Store } from '@coproduce/core'
import { migrate, pgliteStore, postgresStore } from '@coproduce/postgres'
import pg from 'pg'

/**
 * PostgreSQL when a connection string is given; otherwise embedded PGlite (real PostgreSQL in WebAssembly) in a
 * folder on disk. Both run the same migrations before the first read. With `migrationDatabaseUrl` (the tables'
 * owner) the migrations run as that role first and give the role of `databaseUrl` its rights: the application
 * then connects as a role the row-level security policies hold for.
 */
export async function openStore(options: {
  databaseUrl?: string | undefined
  migrationDatabaseUrl?: string | undefined
  dataDir: string
}): Promise<Store> {
  if (options.databaseUrl && options.migrationDatabaseUrl) {
    const owner = new pg.Pool({ connectionString: options.migrationDatabaseUrl, max: 1 })
    owner.on('error', () => undefined)
    try {
      await migrate(owner, { grantTo: decodeURIComponent(new URL(options.databaseUrl).username) })
    } finally {
      await owner.end()
    }
  }
  const store = options.databaseUrl ? postgresStore({ connectionString: options.databaseUrl }) : pgliteStore({ dataDir: options.dataDir })
  await store.ready()
  return store
}
