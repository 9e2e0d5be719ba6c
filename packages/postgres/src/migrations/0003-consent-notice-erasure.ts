import type { Migration } from './migration.js'

/**
 * Consent records stay append-only, with one exception for erasure: the words a person was shown (`noticeText`)
 * may be replaced with a neutral reference to the purpose and its version. Nothing else in the row may change,
 * and no row may be deleted.
 */
export const consentNoticeErasure: Migration = {
  version: 3,
  name: 'consent-notice-erasure',
  sql: (s) => `
CREATE OR REPLACE FUNCTION ${s}.consents_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (to_jsonb(NEW) - 'data') = (to_jsonb(OLD) - 'data')
     AND (NEW.data - 'noticeText') = (OLD.data - 'noticeText')
     AND jsonb_typeof(NEW.data -> 'noticeText') = 'string' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'consent records are append-only' USING ERRCODE = 'restrict_violation';
END
$$;
`,
}
