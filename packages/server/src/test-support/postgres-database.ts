import pg from 'pg'
import { inject } from 'vitest'

/** A database of its own for one test file, in the PostgreSQL server the global setup provides. Dropped by `drop()`. */
export async function createTestDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('pgUrl')
  const name = `coproduce_server_${label}_${process.pid}_${Date.now().toString(36)}`.replace(/[^a-z0-9_]/g, '_')
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}
