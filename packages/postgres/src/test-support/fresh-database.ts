import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

export interface FreshDatabase {
  /** Connection string of the new database. */
  url: string
  name: string
  /** A pool on the new database, ended by `drop()`. */
  pool: pg.Pool
  /** End the pool and drop the database. */
  drop(): Promise<void>
}

const serverUrl = () => inject('pgUrl') ?? process.env.PG_URL

/**
 * `CREATE DATABASE coproduce_test_<random>` on the test server, so test files can run side by side.
 * `linguisticCollation` makes text sort by language rules by default (ICU), as on many hosts' servers.
 */
export async function freshDatabase(options: { linguisticCollation?: boolean } = {}): Promise<FreshDatabase> {
  const server = serverUrl()
  if (!server) throw new Error('No PostgreSQL server: the global setup should have started one')
  const name = `coproduce_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  try {
    await admin.query(
      options.linguisticCollation
        ? `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'C.UTF-8'`
        : `CREATE DATABASE ${name}`,
    )
  } finally {
    await admin.end()
  }
  const url = new URL(server)
  url.pathname = `/${name}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 20 })
  pool.on('error', () => undefined)
  return {
    url: url.toString(),
    name,
    pool,
    drop: async () => {
      await pool.end()
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}
