import { quoteRole, quoteSchema, DEFAULT_SCHEMA } from '../sql/identifier.js'
import { setScope } from '../sql/scope.js'
import { ORGANISATION_TABLES } from './0008-row-level-security.js'
import { pgDriver, type PgPoolLike } from '../sql/pg-driver.js'
import { pgliteDriver, type PGliteLike } from '../sql/pglite-driver.js'
import type { SqlDriver } from '../sql/sql-driver.js'
import { migrations as allMigrations } from './index.js'
import type { Migration } from './migration.js'

export interface MigrateOptions {
  /** The PostgreSQL schema the tables live in. Default `coproduce`. */
  schema?: string
  /** The migrations to apply (default: all of this package's). */
  migrations?: readonly Migration[]
  /**
   * A role the application connects as, given what it needs and no more: USAGE on the schema, SELECT, INSERT,
   * UPDATE and DELETE on the tables, SELECT on `coproduce_migrations`. Use a role that does not own the tables
   * and is neither a superuser nor BYPASSRLS, so the row-level security policies hold for it.
   */
  grantTo?: string
}

export interface MigrateResult {
  /** Versions applied by this call, oldest first. Empty when the database was already up to date. */
  applied: number[]
}

/** "Copr" as a number: the first half of the advisory lock key, so it never clashes with a host's own locks. */
const LOCK_NAMESPACE = 0x436f7072

/**
 * Bring the database up to date. Safe when many processes start at once: a session-level advisory lock
 * (`pg_advisory_lock`) lets one process migrate while the others wait, and each migration runs in its own
 * transaction together with its row in `coproduce_migrations`, so each version is applied exactly once.
 */
export async function runMigrations(driver: SqlDriver, options: MigrateOptions = {}): Promise<MigrateResult> {
  const name = options.schema ?? DEFAULT_SCHEMA
  const s = quoteSchema(name)
  const list = [...(options.migrations ?? allMigrations)].sort((a, b) => a.version - b.version)
  return driver.session(async (db) => {
    await db.query(`SELECT pg_advisory_lock(${LOCK_NAMESPACE}, hashtext($1))`, [name])
    try {
      // Only create the schema when it is missing: a role without CREATE on the database can still migrate.
      const [found] = await db.query<{ exists: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists', [name])
      if (!found?.exists) await db.exec(`CREATE SCHEMA IF NOT EXISTS ${s}`)
      // Only create the table when it is missing too: the application's role (no CREATE) then starts up fine.
      const [table] = await db.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [`${s}.coproduce_migrations`])
      if (!table?.exists)
        await db.exec(`CREATE TABLE IF NOT EXISTS ${s}.coproduce_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);`)
      const done = new Set(
        (await db.query<{ version: number }>(`SELECT version FROM ${s}.coproduce_migrations`)).map((r) => Number(r.version)),
      )
      const applied: number[] = []
      for (const migration of list) {
        if (done.has(migration.version)) continue
        await db.exec('BEGIN')
        try {
          // Migrations work on every organisation's rows, past the row-level security policies.
          await setScope(db, undefined)
          await db.exec(migration.sql(s))
          await db.query(`INSERT INTO ${s}.coproduce_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name])
          await db.exec('COMMIT')
        } catch (error) {
          await db.exec('ROLLBACK').catch(() => undefined)
          throw error
        }
        applied.push(migration.version)
      }
      if (options.grantTo !== undefined) await db.exec(grants(s, options.grantTo))
      return { applied }
    } finally {
      await db.query(`SELECT pg_advisory_unlock(${LOCK_NAMESPACE}, hashtext($1))`, [name]).catch(() => undefined)
    }
  })
}

/** The application role's rights: data in and out, never the tables' shape. */
export function grants(s: string, role: string): string {
  const r = quoteRole(role)
  return `GRANT USAGE ON SCHEMA ${s} TO ${r};
GRANT SELECT, INSERT, UPDATE, DELETE ON ${ORGANISATION_TABLES.map(([t]) => `${s}.${t}`).join(', ')} TO ${r};
GRANT SELECT ON ${s}.coproduce_migrations TO ${r};`
}

const isPGlite = (db: PgPoolLike | PGliteLike): db is PGliteLike => typeof (db as PGliteLike).transaction === 'function'

/**
 * Apply this package's migrations to a `pg.Pool` or a PGlite instance, for hosts that migrate as a deploy
 * step. The stores also run this themselves on start, so calling it is optional.
 */
export function migrate(db: PgPoolLike | PGliteLike, options: MigrateOptions = {}): Promise<MigrateResult> {
  const driver = isPGlite(db) ? pgliteDriver(db, { ownsDatabase: false }) : pgDriver(db, { ownsPool: false })
  return runMigrations(driver, options)
}
