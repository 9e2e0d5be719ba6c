import type { SqlDriver, SqlSession } from './sql-driver.js'

/** The parts of a node-postgres `PoolClient` the store uses. A real `pg` client fits. */
export interface PgClientLike {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>
  release(destroy?: boolean | Error): void
  on(event: 'error', listener: (error: Error) => void): unknown
  removeListener(event: 'error', listener: (error: Error) => void): unknown
}

/** The parts of a node-postgres `Pool` the store uses. A real `pg.Pool` fits. */
export interface PgPoolLike {
  connect(): Promise<PgClientLike>
  end(): Promise<void>
  /** A real `pg.Pool` has these: `postgresStore` uses them to make sure an idle client's error has a listener. */
  on?(event: 'error', listener: (error: Error) => void): unknown
  listenerCount?(event: 'error'): number
}

const sessionOf = (client: PgClientLike): SqlSession => ({
  query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
  exec: async (text: string) => {
    await client.query(text)
  },
})

/**
 * Check out one client, keep an `error` listener on it while it is out (a connection killed by the server
 * must not crash the process), and destroy it instead of returning it to the pool when it broke.
 */
async function withClient<T>(pool: PgPoolLike, work: (client: PgClientLike) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  let broken: Error | undefined
  const onError = (error: Error) => {
    broken = error
  }
  client.on('error', onError)
  try {
    return await work(client)
  } catch (error) {
    broken ??= isConnectionError(error) ? (error as Error) : undefined
    throw error
  } finally {
    client.removeListener('error', onError)
    client.release(broken ?? false)
  }
}

/** Errors after which the connection cannot be trusted: killed by the server, network gone, protocol lost. */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03')) return true
  const message = error instanceof Error ? error.message : ''
  return /terminat|Connection|ECONNRESET|EPIPE|not queryable/i.test(message)
}

export function pgDriver(pool: PgPoolLike, options: { ownsPool: boolean }): SqlDriver {
  return {
    query: (text, params) => withClient(pool, (client) => sessionOf(client).query(text, params)),
    exec: (text) => withClient(pool, (client) => sessionOf(client).exec(text)),
    session: (work) => withClient(pool, (client) => work(sessionOf(client))),
    transaction: (work) =>
      withClient(pool, async (client) => {
        await client.query('BEGIN')
        let result: Awaited<ReturnType<typeof work>>
        try {
          result = await work(sessionOf(client))
        } catch (error) {
          // A rollback that fails (the connection is gone) changes nothing: the server drops the transaction.
          await client.query('ROLLBACK').catch(() => undefined)
          throw error
        }
        await client.query('COMMIT')
        return result
      }),
    close: async () => {
      if (options.ownsPool) await pool.end()
    },
  }
}
