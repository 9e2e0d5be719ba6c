import type { Migration } from './migration.js'

/** Tables whose rows hang off an initiative: each takes the organisation of its initiative. */
const childTables = ['members', 'sessions', 'feedback', 'updates', 'payments', 'decisions'] as const

/**
 * Organisations (tenants). Every table gains `organisation_id`; rows stored before this migration move into the
 * default organisation (`default`), and so do their records: initiatives and events get `organisationId` in
 * `data` too. New rows of tables that hang off an initiative take its organisation (a trigger), so no write path
 * can store a member, feedback or consent under an organisation other than its initiative's. Consents take the
 * organisation of their subject (a member or a piece of feedback).
 *
 * Reads across organisations (the initiative list, the event list) use indexes that start with
 * `organisation_id`; the other reads go by initiative id, which belongs to one organisation only.
 */
export const organisations: Migration = {
  version: 7,
  name: 'organisations',
  sql: (s) => `
CREATE TABLE ${s}.organisations (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  name text NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX organisations_order ON ${s}.organisations (name COLLATE "C", id);
INSERT INTO ${s}.organisations (id, name, data)
  VALUES ('default', 'Default organisation', '{"id":"default","name":"Default organisation"}'::jsonb);

ALTER TABLE ${s}.initiatives ADD COLUMN organisation_id text COLLATE "C";
UPDATE ${s}.initiatives SET organisation_id = COALESCE(data->>'organisationId', 'default');
UPDATE ${s}.initiatives SET data = data || jsonb_build_object('organisationId', organisation_id) WHERE NOT data ? 'organisationId';
ALTER TABLE ${s}.initiatives ALTER COLUMN organisation_id SET NOT NULL;
CREATE INDEX initiatives_organisation ON ${s}.initiatives (organisation_id, created_at NULLS FIRST, id);

CREATE FUNCTION ${s}.organisation_of_initiative() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.organisation_id := COALESCE((SELECT i.organisation_id FROM ${s}.initiatives i WHERE i.id = NEW.initiative_id), 'default');
  RETURN NEW;
END
$$;

${childTables
  .map(
    (t) => `ALTER TABLE ${s}.${t} ADD COLUMN organisation_id text COLLATE "C";
UPDATE ${s}.${t} c SET organisation_id = COALESCE((SELECT i.organisation_id FROM ${s}.initiatives i WHERE i.id = c.initiative_id), 'default');
ALTER TABLE ${s}.${t} ALTER COLUMN organisation_id SET NOT NULL;
CREATE INDEX ${t}_organisation ON ${s}.${t} (organisation_id, initiative_id);
CREATE TRIGGER ${t}_organisation BEFORE INSERT OR UPDATE OF initiative_id ON ${s}.${t}
  FOR EACH ROW EXECUTE FUNCTION ${s}.organisation_of_initiative();`,
  )
  .join('\n\n')}

CREATE FUNCTION ${s}.organisation_of_subject() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.organisation_id := COALESCE(
    (SELECT m.organisation_id FROM ${s}.members m WHERE m.id = NEW.subject),
    (SELECT f.organisation_id FROM ${s}.feedback f WHERE f.id = NEW.subject),
    (SELECT u.organisation_id FROM ${s}.updates u WHERE u.id = NEW.subject),
    'default');
  RETURN NEW;
END
$$;
-- The append-only trigger refuses every UPDATE that changes more than the notice words, so fill the column
-- with that trigger switched off for this one statement, inside this migration's transaction.
ALTER TABLE ${s}.consents ADD COLUMN organisation_id text COLLATE "C";
ALTER TABLE ${s}.consents DISABLE TRIGGER consents_append_only;
UPDATE ${s}.consents c SET organisation_id = COALESCE(
  (SELECT m.organisation_id FROM ${s}.members m WHERE m.id = c.subject),
  (SELECT f.organisation_id FROM ${s}.feedback f WHERE f.id = c.subject),
  (SELECT u.organisation_id FROM ${s}.updates u WHERE u.id = c.subject),
  'default');
ALTER TABLE ${s}.consents ENABLE TRIGGER consents_append_only;
ALTER TABLE ${s}.consents ALTER COLUMN organisation_id SET NOT NULL;
CREATE INDEX consents_organisation ON ${s}.consents (organisation_id, subject, at, seq);
CREATE TRIGGER consents_organisation BEFORE INSERT ON ${s}.consents
  FOR EACH ROW EXECUTE FUNCTION ${s}.organisation_of_subject();

ALTER TABLE ${s}.outbox ADD COLUMN organisation_id text COLLATE "C";
UPDATE ${s}.outbox o SET organisation_id = COALESCE(
  o.data->>'organisationId',
  (SELECT i.organisation_id FROM ${s}.initiatives i WHERE i.id = o.initiative_id),
  'default');
UPDATE ${s}.outbox SET data = data || jsonb_build_object('organisationId', organisation_id) WHERE NOT data ? 'organisationId';
ALTER TABLE ${s}.outbox ALTER COLUMN organisation_id SET NOT NULL;
CREATE INDEX outbox_organisation ON ${s}.outbox (organisation_id, seq);
`,
}
