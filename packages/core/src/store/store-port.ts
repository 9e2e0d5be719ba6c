import type { ConsentRecord } from '../schemas/consent.js'
import type { Decision } from '../schemas/decision.js'
import type { DomainEvent } from '../schemas/events.js'
import type { Feedback } from '../schemas/feedback.js'
import type { Initiative } from '../schemas/initiative.js'
import type { Member } from '../schemas/member.js'
import type { Organisation } from '../schemas/organisation.js'
import type { Payment } from '../schemas/payment.js'
import type { Session } from '../schemas/session.js'
import type { Update } from '../schemas/update.js'

/**
 * The Store port. Adapters (memory here; PostgreSQL and PGlite in `@coproduce/postgres`) fill it.
 * Every read and write happens inside `transaction`: if the callback throws, nothing it wrote is kept.
 * Lists come back in a stable order: by creation time, then id.
 */
export interface Store {
  /**
   * Run `work` in one transaction. `scope` says whom it acts for: a store that can enforce organisations itself
   * (PostgreSQL row-level security) shows a transaction with `organisationId` that organisation's rows only.
   * Without it the transaction acts for the platform: anonymous lookups by id, event delivery, operators.
   * The core scopes every call to the actor's organisation as well, so a store may ignore `scope`.
   */
  transaction<T>(work: (tx: StoreTx) => Promise<T>, scope?: TransactionScope): Promise<T>
  /**
   * Durable event delivery (optional). A store that has it keeps events written with `tx.events.append`
   * in an outbox and delivers each one to `deliver` at least once, retrying with backoff, also after a restart.
   * Without it the service delivers events in-process after the transaction commits.
   */
  outbox?: OutboxPort
  /** Everything stored, as plain JSON: for tests that search a whole store for personal data. */
  dump(): Promise<unknown>
  close(): Promise<void>
}

/** Whom a transaction acts for (see `Store.transaction`). */
export interface TransactionScope {
  /** The organisation of the actor the transaction works for. */
  organisationId?: string | undefined
}

export interface OutboxPort {
  start(deliver: (event: DomainEvent) => Promise<void>, options?: { onError?: (error: unknown, event: DomainEvent) => void }): void
  /** Deliver everything waiting now (tests, shutdown). Resolves when the outbox is empty or only failing events remain. */
  flush(): Promise<void>
  stop(): Promise<void>
}

export interface StoreTx {
  organisations: {
    get(id: string): Promise<Organisation | undefined>
    /** Ordered by name, then id. */
    list(): Promise<Organisation[]>
    /** Insert or replace. */
    put(organisation: Organisation): Promise<void>
  }
  initiatives: {
    get(id: string): Promise<Initiative | undefined>
    /** Every initiative, or only those of one organisation (initiatives stored without one are in the default organisation). */
    list(organisationId?: string): Promise<Initiative[]>
    /** Insert or replace. */
    put(initiative: Initiative): Promise<void>
  }
  members: {
    get(id: string): Promise<Member | undefined>
    /**
     * As `get`, and holds the member's row lock until the transaction ends (`SELECT … FOR UPDATE`). Every write
     * as or about a member reads them this way, so erasure and those writes happen one after the other.
     */
    getForUpdate(id: string): Promise<Member | undefined>
    listByInitiative(initiativeId: string): Promise<Member[]>
    findByHostRef(hostRef: string): Promise<Member[]>
    put(member: Member): Promise<void>
  }
  sessions: {
    get(id: string): Promise<Session | undefined>
    listByInitiative(initiativeId: string): Promise<Session[]>
    put(session: Session): Promise<void>
  }
  feedback: {
    get(id: string): Promise<Feedback | undefined>
    listByInitiative(initiativeId: string): Promise<Feedback[]>
    listByMember(memberId: string): Promise<Feedback[]>
    /** Keys are unique per initiative. */
    findByIdempotencyKey(initiativeId: string, key: string): Promise<Feedback | undefined>
    /** Insert or replace. Inserting a second feedback with the same (initiativeId, idempotencyKey) throws a `conflict` CoproduceError. */
    put(feedback: Feedback): Promise<void>
    delete(id: string): Promise<void>
  }
  updates: {
    get(id: string): Promise<Update | undefined>
    listByInitiative(initiativeId: string): Promise<Update[]>
    put(update: Update): Promise<void>
  }
  payments: {
    get(id: string): Promise<Payment | undefined>
    listByInitiative(initiativeId: string): Promise<Payment[]>
    listByMember(memberId: string): Promise<Payment[]>
    put(payment: Payment): Promise<void>
  }
  decisions: {
    get(id: string): Promise<Decision | undefined>
    /** Ordered by `openedAt`, then id. */
    listByInitiative(initiativeId: string): Promise<Decision[]>
    /** Insert or replace (options, views and outcome travel with the decision). */
    put(decision: Decision): Promise<void>
  }
  consents: {
    /** Append-only: records are never removed, and only erasure changes one (see `eraseNoticeText`). */
    append(record: ConsentRecord): Promise<void>
    /**
     * Erasure only: replace the `noticeText` of one record with a neutral reference. Nothing else in the record
     * changes, so the history of who decided what, and when, stays.
     */
    eraseNoticeText(id: string, reference: string): Promise<void>
    /** Every record for a subject, oldest first. */
    listBySubject(subject: string): Promise<ConsentRecord[]>
    /** Every record for many subjects at once, oldest first (for public reads of many updates). */
    listBySubjects(subjects: string[]): Promise<ConsentRecord[]>
  }
  events: {
    append(event: DomainEvent): Promise<void>
    /** Every event in the order appended, or only those of one organisation. */
    list(organisationId?: string): Promise<DomainEvent[]>
  }
}
