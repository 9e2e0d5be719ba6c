import type { Store } from '@coproduce/core'
import { pgliteStore, postgresStore } from '@coproduce/postgres'
import pg from 'pg'

/** PostgreSQL when a connection string is given; otherwise embedded PGlite in a folder on disk. */
export async function openStore(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<Store> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 })
    return await postgresStore({ pool })
  }
  return await pgliteStore({ dataDir: options.dataDir })
}
