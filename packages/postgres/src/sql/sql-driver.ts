/** What the store needs from a database connection: parameterised queries and multi-statement scripts. */
export interface SqlSession {
  /** One statement with `$1`-style parameters. Returns the rows. */
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>
  /** A script of one or more statements, without parameters (migrations). */
  exec(text: string): Promise<void>
}

/**
 * The one seam between the store and a driver. `pg` and PGlite each fill it (see `pg-driver.ts` and
 * `pglite-driver.ts`), so every line of SQL in this package runs unchanged on both.
 */
export interface SqlDriver extends SqlSession {
  /** Run `work` in one real transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>
  /** Run `work` on one connection outside a transaction (session-level advisory locks need this). */
  session<T>(work: (session: SqlSession) => Promise<T>): Promise<T>
  /** Release the connection(s) this driver owns. Leaves a pool or database the host passed in open. */
  close(): Promise<void>
}
