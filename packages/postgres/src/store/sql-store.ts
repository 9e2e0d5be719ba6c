import type { Store, StoreTx, TransactionScope } from '@coproduce/core'
import { runMigrations } from '../migrations/migrate.js'
import { SqlOutbox, type OutboxOptions } from '../outbox/sql-outbox.js'
import { DEFAULT_SCHEMA, quoteSchema } from '../sql/identifier.js'
import { platformTransaction, setScope } from '../sql/scope.js'
import type { SqlDriver } from '../sql/sql-driver.js'
import { asStoreError } from './conflict.js'
import { sqlStoreTx } from './sql-store-tx.js'

export interface SqlStoreOptions {
  /** The PostgreSQL schema for the tables. Default `coproduce`. Created if missing. */
  schema?: string
  /** Outbox delivery settings. */
  outbox?: OutboxOptions
  /** Run the migrations when the store starts. Default true. Turn off when migrations run as a deploy step. */
  migrate?: boolean
}

/** A Store on PostgreSQL (or PGlite), with an outbox that is always there. */
export interface SqlStore extends Store {
  readonly outbox: SqlOutbox
  /** The schema the tables live in. */
  readonly schema: string
  /** Resolves once the migrations have run; rejects if they failed. Every other method waits for it too. */
  ready(): Promise<void>
}

/** The tables `dump()` reads, in the order it lists them. */
const TABLES = [
  'organisations',
  'initiatives',
  'members',
  'sessions',
  'feedback',
  'updates',
  'payments',
  'decisions',
  'consents',
  'outbox',
  'coproduce_migrations',
] as const
/** The keys of the record-shaped part of the dump: the same shape `memoryStore().dump()` has. */
const RECORD_TABLES = [
  'organisations',
  'initiatives',
  'members',
  'sessions',
  'feedback',
  'updates',
  'payments',
  'decisions',
  'consents',
] as const

/** What an adapter adds to the start: PGlite takes on a role the row-level security policies hold for. */
export interface SqlStoreStart {
  /** Runs once the migrations are done (or skipped), before any other call. */
  afterMigrations?: (driver: SqlDriver, schema: string) => Promise<void>
}

export function createSqlStore(driver: SqlDriver, options: SqlStoreOptions = {}, start: SqlStoreStart = {}): SqlStore {
  const schema = options.schema ?? DEFAULT_SCHEMA
  const s = quoteSchema(schema)
  const migrated = options.migrate === false ? Promise.resolve() : runMigrations(driver, { schema }).then(() => undefined)
  const migrating = start.afterMigrations ? migrated.then(() => start.afterMigrations?.(driver, s)) : migrated
  // Nobody may be awaiting yet: keep a failed start from being reported as unhandled. Every call rethrows it.
  migrating.catch(() => undefined)
  const ready = () => migrating
  const outbox = new SqlOutbox(driver, s, ready, options.outbox)
  let closed = false
  let closing: Promise<void> | undefined

  const open = async () => {
    if (closed) throw new Error('This store is closed')
    await migrating
  }

  return {
    schema,
    outbox,
    ready,

    async transaction<T>(work: (tx: StoreTx) => Promise<T>, scope?: TransactionScope): Promise<T> {
      await open()
      let appended = false
      let result: T
      try {
        result = await driver.transaction(async (session) => {
          await setScope(session, scope?.organisationId)
          return work(
            sqlStoreTx(session, s, () => {
              appended = true
            }),
          )
        })
      } catch (error) {
        throw asStoreError(error)
      }
      if (appended) outbox.nudge()
      return result
    },

    async dump() {
      await open()
      const tables: Record<string, unknown[]> = {}
      await platformTransaction(driver, async (session) => {
        for (const table of TABLES) {
          const order = table === 'coproduce_migrations' ? 'version' : 'seq'
          const rows = await session.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${s}.${table} t ORDER BY ${order}`)
          tables[table] = rows.map((r) => r.row)
        }
      })
      const dataOf = (table: string) => (tables[table] as { data: unknown }[]).map((row) => row.data)
      const records = Object.fromEntries(RECORD_TABLES.map((table) => [table, dataOf(table)]))
      return { ...records, events: dataOf('outbox'), tables }
    },

    close() {
      closing ??= (async () => {
        closed = true
        await outbox.stop()
        await migrating.catch(() => undefined)
        await driver.close()
      })()
      return closing
    },
  }
}
