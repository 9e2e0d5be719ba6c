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

const sessionOf = (db: PGliteQueryable): SqlSession => ({
  query: async <R>(text: string, params?: unknown[]) => (await db.query(text, params)).rows as R[],
  exec: async (text: string) => {
    await db.exec(text)
  },
})

/** PGlite is one connection: its own `transaction` serialises work, and a session is the database itself. */
export function pgliteDriver(db: PGliteLike, options: { ownsDatabase: boolean }): SqlDriver {
  const session = sessionOf(db)
  return {
    ...session,
    session: (work) => work(session),
    transaction: (work) => db.transaction((tx) => work(sessionOf(tx))),
    close: async () => {
      if (options.ownsDatabase && !db.closed) await db.close()
    },
  }
}
