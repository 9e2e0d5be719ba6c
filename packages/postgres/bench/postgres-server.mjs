// The benches' PostgreSQL: the server in PG_URL, or a throwaway one from scripts/pg-start.sh; a fresh database in it.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const scripts = fileURLToPath(new URL('../../../scripts/', import.meta.url))

/** Sets PG_URL (starting a server if it is not set); returns how to stop what was started. */
export function usePostgres() {
  if (process.env.PG_URL) return () => undefined
  const out = execFileSync('bash', [`${scripts}pg-start.sh`, '--env'], { encoding: 'utf8' })
  const env = Object.fromEntries([...out.matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1], m[2]]))
  process.env.PG_URL = env.PG_URL
  return () => execFileSync('bash', [`${scripts}pg-stop.sh`], { env: { ...process.env, ...env } })
}

/** A new database in the PG_URL server: its URL, and `drop` to remove it. */
export async function freshDatabase(prefix) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: process.env.PG_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(process.env.PG_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: process.env.PG_URL })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

/** Remove a role from the PG_URL server (roles belong to the server, not to one database). */
export async function dropRole(role) {
  const c = new pg.Client({ connectionString: process.env.PG_URL })
  await c.connect()
  await c.query(`DROP ROLE IF EXISTS ${role}`)
  await c.end()
}
