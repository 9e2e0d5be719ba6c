import type { Migration } from './migration.js'

/**
 * The first tables. Each keeps the full record in `data` (jsonb) and copies out only the columns a read path
 * needs, with an index for each. Lists are ordered by a time column, then id (byte order, `COLLATE "C"`, the
 * same order JavaScript sorts strings in); `seq` records the order rows were first written in.
 *
 * Anonymous feedback has `member_id` NULL: no column or index of any table holds a member id for it.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: (s) => `
CREATE TABLE ${s}.initiatives (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  created_at timestamptz,
  data jsonb NOT NULL
);
CREATE INDEX initiatives_order ON ${s}.initiatives (created_at NULLS FIRST, id);

CREATE TABLE ${s}.members (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  initiative_id text NOT NULL,
  host_ref text,
  joined_at timestamptz,
  data jsonb NOT NULL
);
CREATE INDEX members_initiative ON ${s}.members (initiative_id, joined_at NULLS FIRST, id);
CREATE INDEX members_host_ref ON ${s}.members (host_ref, joined_at NULLS FIRST, id) WHERE host_ref IS NOT NULL;

CREATE TABLE ${s}.sessions (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  initiative_id text NOT NULL,
  starts_at timestamptz,
  data jsonb NOT NULL
);
CREATE INDEX sessions_initiative ON ${s}.sessions (initiative_id, starts_at NULLS FIRST, id);

CREATE TABLE ${s}.feedback (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  initiative_id text NOT NULL,
  member_id text,
  idempotency_key text,
  created_at timestamptz,
  data jsonb NOT NULL
);
CREATE INDEX feedback_initiative ON ${s}.feedback (initiative_id, created_at NULLS FIRST, id);
CREATE INDEX feedback_member ON ${s}.feedback (member_id, created_at NULLS FIRST, id) WHERE member_id IS NOT NULL;
CREATE UNIQUE INDEX feedback_idempotency_key ON ${s}.feedback (initiative_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE ${s}.updates (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  initiative_id text NOT NULL,
  published_at timestamptz,
  data jsonb NOT NULL
);
CREATE INDEX updates_initiative ON ${s}.updates (initiative_id, published_at NULLS FIRST, id);

CREATE TABLE ${s}.payments (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  initiative_id text NOT NULL,
  member_id text NOT NULL,
  paid_at timestamptz,
  data jsonb NOT NULL
);
CREATE INDEX payments_initiative ON ${s}.payments (initiative_id, paid_at NULLS FIRST, id);
CREATE INDEX payments_member ON ${s}.payments (member_id, paid_at NULLS FIRST, id);

CREATE TABLE ${s}.consents (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  subject text NOT NULL,
  purpose_id text NOT NULL,
  at timestamptz NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX consents_subject ON ${s}.consents (subject, at, seq);

-- Consent records are append-only: the organisation must be able to show every decision ever made.
CREATE FUNCTION ${s}.consents_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent records are append-only' USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER consents_append_only BEFORE UPDATE OR DELETE ON ${s}.consents
  FOR EACH ROW EXECUTE FUNCTION ${s}.consents_append_only();

-- Every domain event, in the order written. Rows not yet delivered are the outbox.
-- next_attempt_at: when a delivery may next be tried; NULL once the outbox has given up on the event.
CREATE TABLE ${s}.outbox (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  type text NOT NULL,
  initiative_id text,
  at timestamptz NOT NULL,
  data jsonb NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz DEFAULT now(),
  delivered_at timestamptz,
  last_error text
);
CREATE UNIQUE INDEX outbox_order ON ${s}.outbox (seq);
CREATE INDEX outbox_due ON ${s}.outbox (next_attempt_at, seq) WHERE delivered_at IS NULL;
`,
}
