import { pgDriver, type PgPoolLike } from './sql/pg-driver.js'
import { createSqlStore, type SqlStore, type SqlStoreOptions } from './store/sql-store.js'

export interface PostgresStoreOptions extends SqlStoreOptions {
  /** A `pg.Pool` you own. The store never ends it: `close()` leaves it open for you. */
  pool?: PgPoolLike
  /** Or a connection string: the store creates its own pool (needs the `pg` package) and ends it on `close()`. */
  connectionString?: string
  /** Size of the pool the store creates from `connectionString`. Default 10. */
  max?: number
}

interface PgModule {
  Pool: new (config: {
    connectionString: string
    max?: number
  }) => PgPoolLike & { on(event: 'error', listener: (e: Error) => void): unknown }
}

/** A pool that connects on first use, so `postgresStore` can be called synchronously with a connection string. */
function lazyPool(connectionString: string, max: number | undefined): PgPoolLike {
  let pool: Promise<PgPoolLike> | undefined
  const get = () =>
    (pool ??= import('pg').then((mod) => {
      const pg = ((mod as { default?: PgModule }).default ?? mod) as PgModule
      const created = new pg.Pool(max === undefined ? { connectionString } : { connectionString, max })
      // An idle connection the server closed is replaced on next use; it must not crash the host.
      created.on('error', () => undefined)
      return created
    }))
  return {
    connect: async () => (await get()).connect(),
    end: async () => {
      if (pool !== undefined) await (await pool).end()
    },
  }
}

/**
 * A `pg.Pool` emits `error` when the server closes one of its idle connections (a restart, a failover, a
 * dropped database). With no listener, Node treats that as an uncaught error and the host process exits.
 * So a host's pool with no `error` listener gets one that ignores the error: the pool drops that connection
 * and opens a new one on next use. A pool that already has a listener is left as it is.
 */
export function ensurePoolErrorListener(pool: PgPoolLike): void {
  if (typeof pool.on !== 'function' || typeof pool.listenerCount !== 'function') return
  if (pool.listenerCount('error') === 0) pool.on('error', () => undefined)
}

/**
 * A Store on PostgreSQL through node-postgres (`pg`). Migrations run on start (see `store.ready()`); every
 * transaction is a real `BEGIN … COMMIT` on one pooled connection; events go through the outbox. A pool
 * with no `error` listener gets one (see `ensurePoolErrorListener`).
 *
 * ```ts
 * import pg from 'pg'
 * const store = postgresStore({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) })
 * ```
 */
export function postgresStore(options: PostgresStoreOptions): SqlStore {
  const { pool, connectionString, max, ...rest } = options
  if (pool) {
    ensurePoolErrorListener(pool)
    return createSqlStore(pgDriver(pool, { ownsPool: false }), rest)
  }
  if (connectionString) return createSqlStore(pgDriver(lazyPool(connectionString, max), { ownsPool: true }), rest)
  throw new TypeError('postgresStore needs a `pool` (a pg.Pool) or a `connectionString`')
}
