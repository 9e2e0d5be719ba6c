import { CoproduceError } from '../errors/coproduce-error.js'
import type { ConsentRecord } from '../schemas/consent.js'
import type { Decision } from '../schemas/decision.js'
import type { DomainEvent } from '../schemas/events.js'
import type { Feedback } from '../schemas/feedback.js'
import type { Initiative } from '../schemas/initiative.js'
import type { Member } from '../schemas/member.js'
import { DEFAULT_ORGANISATION_ID, type Organisation } from '../schemas/organisation.js'
import type { Payment } from '../schemas/payment.js'
import type { Session } from '../schemas/session.js'
import type { Update } from '../schemas/update.js'
import { jsonCopy } from './json-copy.js'
import type { Store, StoreTx } from './store-port.js'

interface Tables {
  organisations: Map<string, Organisation>
  initiatives: Map<string, Initiative>
  members: Map<string, Member>
  sessions: Map<string, Session>
  feedback: Map<string, Feedback>
  updates: Map<string, Update>
  payments: Map<string, Payment>
  decisions: Map<string, Decision>
  consents: ConsentRecord[]
  events: DomainEvent[]
}

const emptyTables = (): Tables => ({
  organisations: new Map(),
  initiatives: new Map(),
  members: new Map(),
  sessions: new Map(),
  feedback: new Map(),
  updates: new Map(),
  payments: new Map(),
  decisions: new Map(),
  consents: [],
  events: [],
})

/** Sort by a time field, then id: the stable order every store returns lists in. */
const ordered = <T extends { id: string }>(items: Iterable<T>, time: (item: T) => string | undefined): T[] =>
  [...items].sort((a, b) => {
    const ta = time(a) ?? ''
    const tb = time(b) ?? ''
    if (ta !== tb) return ta < tb ? -1 : 1
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })

/**
 * A Store kept in memory: for tests, demos and single-process hosts. Transactions run one at a time and
 * work on a copy, so a callback that throws keeps nothing. Everything handed in or out is a deep copy.
 */
export function memoryStore(): Store & { readonly closed: boolean } {
  let committed = emptyTables()
  let queue: Promise<unknown> = Promise.resolve()
  let closed = false

  const run = async <T>(work: (tx: StoreTx) => Promise<T>): Promise<T> => {
    if (closed) throw new Error('This store is closed')
    // Copy-on-write: a table is copied the first time this transaction writes to it.
    const draft: Tables = { ...committed }
    const written = new Set<keyof Tables>()
    const writable = <K extends keyof Tables>(name: K): Tables[K] => {
      if (!written.has(name)) {
        const table = draft[name]
        draft[name] = (Array.isArray(table) ? [...table] : new Map(table as Map<string, unknown>)) as Tables[K]
        written.add(name)
      }
      return draft[name]
    }
    const tx = makeTx(() => draft, writable)
    const result = await work(tx)
    committed = draft
    return result
  }

  return {
    get closed() {
      return closed
    },
    transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
      const next = queue.then(() => run(work))
      queue = next.catch(() => undefined)
      return next
    },
    async dump() {
      await queue
      return jsonCopy({
        organisations: [...committed.organisations.values()],
        initiatives: [...committed.initiatives.values()],
        members: [...committed.members.values()],
        sessions: [...committed.sessions.values()],
        feedback: [...committed.feedback.values()],
        updates: [...committed.updates.values()],
        payments: [...committed.payments.values()],
        decisions: [...committed.decisions.values()],
        consents: committed.consents,
        events: committed.events,
      })
    },
    async close() {
      await queue
      closed = true
    },
  }
}

function makeTx(read: () => Tables, write: <K extends keyof Tables>(name: K) => Tables[K]): StoreTx {
  const get = <K extends 'initiatives' | 'members' | 'sessions' | 'feedback' | 'updates'>(name: K, id: string) =>
    jsonCopy(read()[name].get(id)) as ReturnType<Tables[K]['get']>
  return {
    organisations: {
      get: async (id) => jsonCopy(read().organisations.get(id)),
      list: async () =>
        jsonCopy(
          [...read().organisations.values()].sort((a, b) =>
            a.name === b.name ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.name < b.name ? -1 : 1,
          ),
        ),
      put: async (organisation) => void write('organisations').set(organisation.id, jsonCopy(organisation)),
    },
    initiatives: {
      get: async (id) => get('initiatives', id),
      list: async (organisationId) =>
        jsonCopy(
          ordered(
            [...read().initiatives.values()].filter(
              (i) => organisationId === undefined || (i.organisationId ?? DEFAULT_ORGANISATION_ID) === organisationId,
            ),
            (i) => i.createdAt,
          ),
        ),
      put: async (initiative) => void write('initiatives').set(initiative.id, jsonCopy(initiative)),
    },
    members: {
      get: async (id) => get('members', id),
      // Transactions here run one at a time, so reading is already holding the lock.
      getForUpdate: async (id) => get('members', id),
      listByInitiative: async (initiativeId) =>
        jsonCopy(
          ordered(
            [...read().members.values()].filter((m) => m.initiativeId === initiativeId),
            (m) => m.joinedAt,
          ),
        ),
      findByHostRef: async (hostRef) =>
        jsonCopy(
          ordered(
            [...read().members.values()].filter((m) => m.hostRef === hostRef),
            (m) => m.joinedAt,
          ),
        ),
      put: async (member) => void write('members').set(member.id, jsonCopy(member)),
    },
    sessions: {
      get: async (id) => get('sessions', id),
      listByInitiative: async (initiativeId) =>
        jsonCopy(
          ordered(
            [...read().sessions.values()].filter((s) => s.initiativeId === initiativeId),
            (s) => s.startsAt,
          ),
        ),
      put: async (session) => void write('sessions').set(session.id, jsonCopy(session)),
    },
    feedback: {
      get: async (id) => get('feedback', id),
      listByInitiative: async (initiativeId) =>
        jsonCopy(
          ordered(
            [...read().feedback.values()].filter((f) => f.initiativeId === initiativeId),
            (f) => f.createdAt,
          ),
        ),
      listByMember: async (memberId) =>
        jsonCopy(
          ordered(
            [...read().feedback.values()].filter((f) => f.memberId === memberId),
            (f) => f.createdAt,
          ),
        ),
      findByIdempotencyKey: async (initiativeId, key) =>
        jsonCopy([...read().feedback.values()].find((f) => f.initiativeId === initiativeId && f.idempotencyKey === key)),
      put: async (feedback) => {
        if (feedback.idempotencyKey !== undefined) {
          for (const other of read().feedback.values()) {
            if (
              other.id !== feedback.id &&
              other.initiativeId === feedback.initiativeId &&
              other.idempotencyKey === feedback.idempotencyKey
            )
              throw new CoproduceError('conflict', 'This feedback was already sent', [
                { path: ['idempotencyKey'], message: 'This key was already used for other feedback' },
              ])
          }
        }
        write('feedback').set(feedback.id, jsonCopy(feedback))
      },
      delete: async (id) => void write('feedback').delete(id),
    },
    updates: {
      get: async (id) => get('updates', id),
      listByInitiative: async (initiativeId) =>
        jsonCopy(
          ordered(
            [...read().updates.values()].filter((u) => u.initiativeId === initiativeId),
            (u) => u.publishedAt,
          ),
        ),
      put: async (update) => void write('updates').set(update.id, jsonCopy(update)),
    },
    payments: {
      get: async (id) => jsonCopy(read().payments.get(id)),
      listByInitiative: async (initiativeId) =>
        jsonCopy(
          ordered(
            [...read().payments.values()].filter((p) => p.initiativeId === initiativeId),
            (p) => p.paidAt,
          ),
        ),
      listByMember: async (memberId) =>
        jsonCopy(
          ordered(
            [...read().payments.values()].filter((p) => p.memberId === memberId),
            (p) => p.paidAt,
          ),
        ),
      put: async (payment) => void write('payments').set(payment.id, jsonCopy(payment)),
    },
    decisions: {
      get: async (id) => jsonCopy(read().decisions.get(id)),
      listByInitiative: async (initiativeId) =>
        jsonCopy(
          ordered(
            [...read().decisions.values()].filter((d) => d.initiativeId === initiativeId),
            (d) => d.openedAt,
          ),
        ),
      put: async (decision) => void write('decisions').set(decision.id, jsonCopy(decision)),
    },
    consents: {
      append: async (record) => {
        if (read().consents.some((r) => r.id === record.id))
          throw new CoproduceError('conflict', 'Consent records cannot be changed', [
            { path: ['id'], message: 'This record already exists' },
          ])
        write('consents').push(jsonCopy(record))
      },
      eraseNoticeText: async (id, reference) => {
        const table = write('consents')
        const index = table.findIndex((r) => r.id === id)
        if (index >= 0) table[index] = { ...table[index]!, noticeText: reference }
      },
      listBySubject: async (subject) => jsonCopy(oldestFirst(read().consents.filter((r) => r.subject === subject))),
      listBySubjects: async (subjects) => {
        const wanted = new Set(subjects)
        return jsonCopy(oldestFirst(read().consents.filter((r) => wanted.has(r.subject))))
      },
    },
    events: {
      append: async (event) => void write('events').push(jsonCopy(event)),
      list: async (organisationId) =>
        jsonCopy(read().events.filter((e) => organisationId === undefined || e.organisationId === organisationId)),
    },
  }
}

/** Oldest first by `at`; records made at the same moment keep the order they were appended in. */
const oldestFirst = (records: ConsentRecord[]): ConsentRecord[] =>
  records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => (a.record.at === b.record.at ? a.index - b.index : a.record.at < b.record.at ? -1 : 1))
    .map(({ record }) => record)
