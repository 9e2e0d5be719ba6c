import type { Migration } from './migration.js'

/** Every table that holds an organisation's rows, and the column that names the organisation. */
export const ORGANISATION_TABLES = [
  ['organisations', 'id'],
  ['initiatives', 'organisation_id'],
  ['members', 'organisation_id'],
  ['sessions', 'organisation_id'],
  ['feedback', 'organisation_id'],
  ['updates', 'organisation_id'],
  ['payments', 'organisation_id'],
  ['decisions', 'organisation_id'],
  ['consents', 'organisation_id'],
  ['outbox', 'organisation_id'],
] as const

/**
 * Row-level security: PostgreSQL keeps organisations apart a second time, behind the core's own scoping.
 * Each transaction says whom it acts for (the store does it, see `scopeStatement`):
 * - `coproduce.organisation`: an organisation's id. The transaction sees, and may write, only that organisation's rows.
 * - `coproduce.scope = 'platform'`: work across organisations that reads no one's data for them (anonymous
 *   lookups by id, event delivery, operators listing organisations, migrations).
 * A connection that sets neither sees no rows at all. `FORCE` makes the policies bind the tables' owner too;
 * only superusers and roles with BYPASSRLS pass them, so the application should connect as a role that has
 * neither and does not own the tables (see `migrate({ grantTo })`).
 */
export const rowLevelSecurity: Migration = {
  version: 8,
  name: 'row-level-security',
  sql: (s) =>
    ORGANISATION_TABLES.map(
      ([table, column]) => `ALTER TABLE ${s}.${table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${s}.${table} FORCE ROW LEVEL SECURITY;
CREATE POLICY ${table}_organisation ON ${s}.${table}
  USING (${column} = current_setting('coproduce.organisation', true) OR current_setting('coproduce.scope', true) = 'platform')
  WITH CHECK (${column} = current_setting('coproduce.organisation', true) OR current_setting('coproduce.scope', true) = 'platform');`,
    ).join('\n'),
}
