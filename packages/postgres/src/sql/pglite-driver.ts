import type { SqlDriver, SqlSession } from './sql-driver.js'

interface PGliteQueryable {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>
  exec(text: string): Promise<unknown>
}

/** The parts of a PGlite instance the store uses. A real `PGlite` fits. */
export interface PGliteLike extends PGliteQueryable {
  transaction<T>(work: (tx: PGliteQueryable) => Promise<T>): Promise<T>
  close(): Promise<void>
  readonly closed?: boolean
}

/**
 * A stopped PGlite (closed by the host, or ended after a fault) says only "PGlite is closed". It is the embedded
 * form of "the server is away", so it is reported with PostgreSQL's own code for it (08003,
 * connection_does_not_exist): hosts and the HTTP server then answer 503 with Retry-After, as for a server outage.
 */
export class PgliteClosedError extends Error {
  override readonly name = 'PgliteClosedError'
  readonly code = '08003'
  constructor(cause: unknown) {
    super('The PGlite database is closed', { cause })
  }
}

const isClosedError = (error: unknown) => error instanceof Error && /PGlite is closed/i.test(error.message)

async function whileOpen<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw isClosedError(error) ? new PgliteClosedError(error) : error
  }
}

const sessionOf = (db: PGliteQueryable): SqlSession => ({
  query: async <R>(text: string, params?: unknown[]) => (await whileOpen(() => db.query(text, params))).rows as R[],
  exec: async (text: string) => {
    await whileOpen(() => db.exec(text))
  },
})

/** PGlite is one connection: its own `transaction` serialises work, and a session is the database itself. */
export function pgliteDriver(db: PGliteLike, options: { ownsDatabase: boolean }): SqlDriver {
  const session = sessionOf(db)
  return {
    ...session,
    session: (work) => work(session),
    transaction: (work) => whileOpen(() => db.transaction((tx) => work(sessionOf(tx)))),
    close: async () => {
      if (options.ownsDatabase && !db.closed) await db.close()
    },
  }
}
