import type { Migration } from './migration.js'

/** When each event was last tried, so the wait before the next try can be read straight from the table. */
export const outboxLastAttempt: Migration = {
  version: 2,
  name: 'outbox-last-attempt',
  sql: (s) => `ALTER TABLE ${s}.outbox ADD COLUMN last_attempt_at timestamptz;`,
}
