import type { Migration } from './migration.js'

/**
 * Decisions the group takes together. The full record (options, views, outcome) is `data`; the initiative and
 * the opening time are copied out for the list read, ordered as every other list: time, then id.
 */
export const decisions: Migration = {
  version: 6,
  name: 'decisions',
  sql: (s) => `
CREATE TABLE ${s}.decisions (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  initiative_id text NOT NULL,
  opened_at timestamptz,
  data jsonb NOT NULL
);
CREATE INDEX decisions_initiative ON ${s}.decisions (initiative_id, opened_at NULLS FIRST, id);
`,
}
