import pg from 'pg'
import { inject } from 'vitest'

/**
 * A database of its own for one test file, in the PostgreSQL server the global setup provides. Dropped by `drop()`.
 * `url` connects as a superuser (to migrate); `appUrl` as `appRole`, an ordinary role that owns nothing, as an
 * application should connect so that the row-level security policies hold (give it rights with `migrate({ grantTo })`).
 */
export async function createTestDatabase(label: string): Promise<{ url: string; appUrl: string; appRole: string; drop(): Promise<void> }> {
  const serverUrl = inject('pgUrl')
  const name = `coproduce_server_${label}_${process.pid}_${Date.now().toString(36)}`.replace(/[^a-z0-9_]/g, '_')
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  const appRole = `${name}_app`.slice(0, 63)
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.query(`CREATE ROLE "${appRole}" LOGIN`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const appUrl = new URL(url)
  appUrl.username = appRole
  return {
    url: url.toString(),
    appUrl: appUrl.toString(),
    appRole,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.query(`DROP ROLE IF EXISTS "${appRole}"`)
      await client.end()
    },
  }
}
