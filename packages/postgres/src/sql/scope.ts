import type { SqlDriver, SqlSession } from './sql-driver.js'

/**
 * Say whom the running transaction acts for, for the row-level security policies (migration 8): one
 * organisation, or the platform when `organisationId` is undefined. `set_config(…, true)` lasts until the
 * transaction ends, so a pooled connection never carries it into the next one.
 */
export async function setScope(session: SqlSession, organisationId: string | undefined): Promise<void> {
  await session.query("SELECT set_config('coproduce.organisation', $1, true), set_config('coproduce.scope', $2, true)", [
    organisationId ?? '',
    organisationId === undefined ? 'platform' : '',
  ])
}

/** Run `work` in one transaction that acts for the platform (event delivery, dumps, migrations). */
export function platformTransaction<T>(driver: SqlDriver, work: (session: SqlSession) => Promise<T>): Promise<T> {
  return driver.transaction(async (session) => {
    await setScope(session, undefined)
    return work(session)
  })
}

/** One statement, in its own transaction acting for the platform. */
export function platformQuery<R = Record<string, unknown>>(driver: SqlDriver, text: string, params?: unknown[]): Promise<R[]> {
  return platformTransaction(driver, (session) => session.query<R>(text, params))
}
