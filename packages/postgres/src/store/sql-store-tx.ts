import type {
  Organisation,
  ConsentRecord,
  Decision,
  DomainEvent,
  Feedback,
  Initiative,
  Member,
  Payment,
  Session,
  StoreTx,
  Update,
} from '@coproduce/core'
import { DEFAULT_ORGANISATION_ID } from '@coproduce/core'
import type { SqlSession } from '../sql/sql-driver.js'
import { alreadyExists, idempotencyConflict, nulCharacter } from './conflict.js'

const refuseNul = (_key: string, value: unknown) => {
  if (typeof value === 'string' && value.includes('\u0000')) throw nulCharacter()
  return value
}

/** A record as a query parameter: text cast to jsonb, so `pg` and PGlite send exactly the same thing. */
const json = (value: unknown) => JSON.stringify(value, refuseNul)

/**
 * `StoreTx` in SQL, run on one session inside one transaction. `s` is the quoted schema name.
 * Every list orders by a time column then id, as `memoryStore` does; consents and events keep append order.
 */
export function sqlStoreTx(db: SqlSession, s: string, onEventAppended: () => void): StoreTx {
  const one = async <T>(text: string, params: unknown[]): Promise<T | undefined> => (await db.query<{ data: T }>(text, params))[0]?.data
  const many = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    (await db.query<{ data: T }>(text, params)).map((r) => r.data)
  /**
   * Insert a record, or replace the one with its id: its indexed columns (column name → value; names are this
   * file's own constants) and the whole record as jsonb.
   */
  const upsert = async (table: string, record: { id: string }, columns: Record<string, unknown>) => {
    const names = Object.keys(columns)
    const places = names.map((_, i) => `$${i + 2}`)
    await db.query(
      `INSERT INTO ${s}.${table} (id, ${names.join(', ')}, data) VALUES ($1, ${places.join(', ')}, $${names.length + 2}::text::jsonb)
       ON CONFLICT (id) DO UPDATE SET ${[...names, 'data'].map((n) => `${n} = excluded.${n}`).join(', ')}`,
      [record.id, ...Object.values(columns), json(record)],
    )
  }

  return {
    organisations: {
      get: (id) => one<Organisation>(`SELECT data FROM ${s}.organisations WHERE id = $1`, [id]),
      list: () => many<Organisation>(`SELECT data FROM ${s}.organisations ORDER BY name COLLATE "C", id`),
      put: (organisation) => upsert('organisations', organisation, { name: organisation.name }),
    },

    initiatives: {
      get: (id) => one<Initiative>(`SELECT data FROM ${s}.initiatives WHERE id = $1`, [id]),
      list: (organisationId) =>
        organisationId === undefined
          ? many<Initiative>(`SELECT data FROM ${s}.initiatives ORDER BY created_at NULLS FIRST, id`)
          : many<Initiative>(`SELECT data FROM ${s}.initiatives WHERE organisation_id = $1 ORDER BY created_at NULLS FIRST, id`, [
              organisationId,
            ]),
      put: (initiative) =>
        upsert('initiatives', initiative, {
          organisation_id: initiative.organisationId ?? DEFAULT_ORGANISATION_ID,
          created_at: initiative.createdAt ?? null,
        }),
    },

    members: {
      get: (id) => one<Member>(`SELECT data FROM ${s}.members WHERE id = $1`, [id]),
      getForUpdate: (id) => one<Member>(`SELECT data FROM ${s}.members WHERE id = $1 FOR UPDATE`, [id]),
      listByInitiative: (initiativeId) =>
        many<Member>(`SELECT data FROM ${s}.members WHERE initiative_id = $1 ORDER BY joined_at NULLS FIRST, id`, [initiativeId]),
      findByHostRef: (hostRef) =>
        many<Member>(`SELECT data FROM ${s}.members WHERE host_ref = $1 ORDER BY joined_at NULLS FIRST, id`, [hostRef]),
      put: (member) =>
        upsert('members', member, {
          initiative_id: member.initiativeId,
          host_ref: member.hostRef ?? null,
          joined_at: member.joinedAt ?? null,
        }),
    },

    sessions: {
      get: (id) => one<Session>(`SELECT data FROM ${s}.sessions WHERE id = $1`, [id]),
      listByInitiative: (initiativeId) =>
        many<Session>(`SELECT data FROM ${s}.sessions WHERE initiative_id = $1 ORDER BY starts_at NULLS FIRST, id`, [initiativeId]),
      put: (session) => upsert('sessions', session, { initiative_id: session.initiativeId, starts_at: session.startsAt ?? null }),
    },

    feedback: {
      get: (id) => one<Feedback>(`SELECT data FROM ${s}.feedback WHERE id = $1`, [id]),
      listByInitiative: (initiativeId) =>
        many<Feedback>(`SELECT data FROM ${s}.feedback WHERE initiative_id = $1 ORDER BY created_at NULLS FIRST, id`, [initiativeId]),
      listByMember: (memberId) =>
        many<Feedback>(`SELECT data FROM ${s}.feedback WHERE member_id = $1 ORDER BY created_at NULLS FIRST, id`, [memberId]),
      findByIdempotencyKey: (initiativeId, key) =>
        one<Feedback>(`SELECT data FROM ${s}.feedback WHERE initiative_id = $1 AND idempotency_key = $2`, [initiativeId, key]),
      put: async (feedback) => {
        // Anonymous feedback keeps no member id: not in a column, not in an index, not in the record.
        const record: Feedback = { ...feedback }
        if (record.anonymous) delete record.memberId
        const params = [
          record.id,
          record.initiativeId,
          record.memberId ?? null,
          record.idempotencyKey ?? null,
          record.createdAt ?? null,
          json(record),
        ]
        // Neither statement raises on a clash, so the transaction stays usable after a `conflict`.
        const inserted = await db.query(
          `INSERT INTO ${s}.feedback (id, initiative_id, member_id, idempotency_key, created_at, data)
           VALUES ($1, $2, $3, $4, $5, $6::text::jsonb) ON CONFLICT DO NOTHING RETURNING 1`,
          params,
        )
        if (inserted.length > 0) return
        const replaced = await db.query(
          `UPDATE ${s}.feedback SET initiative_id = $2, member_id = $3, idempotency_key = $4, created_at = $5, data = $6::text::jsonb
           WHERE id = $1 AND NOT EXISTS (
             SELECT 1 FROM ${s}.feedback other
             WHERE $4::text IS NOT NULL AND other.initiative_id = $2 AND other.idempotency_key = $4 AND other.id <> $1)
           RETURNING 1`,
          params,
        )
        if (replaced.length === 0) throw idempotencyConflict()
      },
      delete: async (id) => {
        await db.query(`DELETE FROM ${s}.feedback WHERE id = $1`, [id])
      },
    },

    updates: {
      get: (id) => one<Update>(`SELECT data FROM ${s}.updates WHERE id = $1`, [id]),
      listByInitiative: (initiativeId) =>
        many<Update>(`SELECT data FROM ${s}.updates WHERE initiative_id = $1 ORDER BY published_at NULLS FIRST, id`, [initiativeId]),
      put: (update) => upsert('updates', update, { initiative_id: update.initiativeId, published_at: update.publishedAt ?? null }),
    },

    payments: {
      get: (id) => one<Payment>(`SELECT data FROM ${s}.payments WHERE id = $1`, [id]),
      listByInitiative: (initiativeId) =>
        many<Payment>(`SELECT data FROM ${s}.payments WHERE initiative_id = $1 ORDER BY paid_at NULLS FIRST, id`, [initiativeId]),
      listByMember: (memberId) =>
        many<Payment>(`SELECT data FROM ${s}.payments WHERE member_id = $1 ORDER BY paid_at NULLS FIRST, id`, [memberId]),
      put: (payment) =>
        upsert('payments', payment, { initiative_id: payment.initiativeId, member_id: payment.memberId, paid_at: payment.paidAt ?? null }),
    },

    decisions: {
      get: (id) => one<Decision>(`SELECT data FROM ${s}.decisions WHERE id = $1`, [id]),
      listByInitiative: (initiativeId) =>
        many<Decision>(`SELECT data FROM ${s}.decisions WHERE initiative_id = $1 ORDER BY opened_at NULLS FIRST, id`, [initiativeId]),
      put: (decision) => upsert('decisions', decision, { initiative_id: decision.initiativeId, opened_at: decision.openedAt ?? null }),
    },

    consents: {
      append: async (record) => {
        const inserted = await db.query(
          `INSERT INTO ${s}.consents (id, subject, purpose_id, at, data) VALUES ($1, $2, $3, $4, $5::text::jsonb)
           ON CONFLICT (id) DO NOTHING RETURNING 1`,
          [record.id, record.subject, record.purposeId, record.at, json(record)],
        )
        if (inserted.length === 0) throw alreadyExists('consent record')
      },
      eraseNoticeText: async (id, reference) => {
        // The only change the append-only trigger lets through (migration 3).
        await db.query(`UPDATE ${s}.consents SET data = jsonb_set(data, '{noticeText}', to_jsonb($2::text)) WHERE id = $1`, [id, reference])
      },
      listBySubject: (subject) => many<ConsentRecord>(`SELECT data FROM ${s}.consents WHERE subject = $1 ORDER BY at, seq`, [subject]),
      listBySubjects: async (subjects) =>
        subjects.length === 0
          ? []
          : many<ConsentRecord>(`SELECT data FROM ${s}.consents WHERE subject = ANY($1::text[]) ORDER BY at, seq`, [
              [...new Set(subjects)],
            ]),
    },

    events: {
      append: async (event) => {
        const inserted = await db.query(
          `INSERT INTO ${s}.outbox (id, type, organisation_id, initiative_id, at, data) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)
           ON CONFLICT (id) DO NOTHING RETURNING 1`,
          [event.id, event.type, event.organisationId ?? DEFAULT_ORGANISATION_ID, event.initiativeId ?? null, event.at, json(event)],
        )
        if (inserted.length === 0) throw alreadyExists('event')
        onEventAppended()
      },
      list: (organisationId) =>
        organisationId === undefined
          ? many<DomainEvent>(`SELECT data FROM ${s}.outbox ORDER BY seq`)
          : many<DomainEvent>(`SELECT data FROM ${s}.outbox WHERE organisation_id = $1 ORDER BY seq`, [organisationId]),
    },
  }
}
