import type { CoproducePlugin } from '../plugins/define-plugin.js'
import type {
  ConsentDecisionInput,
  ConsentPurpose,
  ConsentRecord,
  ConsentStatus,
} from '../schemas/consent.js'
import type { DomainEvent, DomainEventOf, DomainEventType } from '../schemas/events.js'
import type { Feedback, FeedbackInput } from '../schemas/feedback.js'
import type { Initiative, InitiativeInput, InitiativePatch } from '../schemas/initiative.js'
import type { Member, MemberInput } from '../schemas/member.js'
import type { Payment, PaymentInput } from '../schemas/payment.js'
import type { AttendeeInput, Session, SessionInput } from '../schemas/session.js'
import type { InitiativeSnapshot } from '../schemas/snapshot.js'
import type { PublicUpdate, Update, UpdateInput, UpdatePatch } from '../schemas/update.js'
import type { Store } from '../store/store-port.js'
import type { CallContext } from './actor.js'

export interface Clock {
  now(): Date
}
export interface IdGenerator {
  next(kind: 'initiative' | 'member' | 'session' | 'feedback' | 'consent' | 'update' | 'payment' | 'event'): string
}

export interface CoproductionOptions {
  store: Store
  plugins?: CoproducePlugin[]
  clock?: Clock
  ids?: IdGenerator
  /** Called when a plugin hook or `on` handler throws. The domain change is kept. */
  onHookError?: (error: unknown, info: { plugin: string; event: DomainEvent }) => void
}

/** The current decision for one purpose. `status` is `none` when the person has not been asked yet. */
export interface CurrentConsent {
  purposeId: string
  status: ConsentStatus | 'none'
  record?: ConsentRecord
}

/** A receipt a person can keep: every purpose, their current decision, and the full history, in plain words. */
export interface ConsentReceipt {
  subject: string
  issuedAt: string
  current: CurrentConsent[]
  history: ConsentRecord[]
  /** The same, as plain text lines, ready to print or download. */
  text: string
}

export interface MemberExport {
  member: Member
  feedback: Feedback[]
  consents: ConsentRecord[]
  payments: Payment[]
  /** Updates that credit the member or answer their feedback. */
  updates: Update[]
}

/** What a partner organisation may see: only feedback whose subject gave `share-with-partners`, with words and names filtered by consent. */
export interface PartnerExport {
  initiativeId: string
  exportedAt: string
  feedback: { id: string; kind: string; rating?: string; text?: string; by?: string; createdAt: string }[]
  counts: { feedback: number; members: number; updates: number }
}

export interface ImpactSummary {
  initiativeId: string
  feedback: number
  answered: number
  /** Median days from feedback to the first update linked to it. */
  medianDaysToAnswer: number | null
  /** Per month (YYYY-MM): feedback given and how many of them have an answer. */
  byMonth: { month: string; feedback: number; answered: number }[]
  credited: { memberId: string; displayName: string }[]
}

/** The service. Every method parses its input with zod and throws `CoproduceError` on failure, changing nothing. */
export interface Coproduction {
  readonly plugins: readonly CoproducePlugin[]
  initiatives: {
    create(input: InitiativeInput, ctx: CallContext): Promise<Initiative>
    get(id: string, ctx: CallContext): Promise<Initiative>
    list(ctx: CallContext): Promise<Initiative[]>
    update(id: string, patch: InitiativePatch, ctx: CallContext): Promise<Initiative>
    /** Everything the principles engine reads (staff only). */
    snapshot(id: string, ctx: CallContext): Promise<InitiativeSnapshot>
    /** Counts for a board: how much feedback got a "you said, we did" answer, how fast, and who was credited (public, consent-filtered). */
    impact(id: string, ctx: CallContext): Promise<ImpactSummary>
  }
  members: {
    join(input: MemberInput, ctx: CallContext): Promise<Member>
    get(id: string, ctx: CallContext): Promise<Member>
    list(initiativeId: string, ctx: CallContext): Promise<Member[]>
    leave(id: string, ctx: CallContext): Promise<Member>
    findByHostRef(hostRef: string, ctx: CallContext): Promise<Member | undefined>
  }
  sessions: {
    schedule(input: SessionInput, ctx: CallContext): Promise<Session>
    markHeld(id: string, ctx: CallContext): Promise<Session>
    /** Record who came (`attended: true`) and who did not; replaces the list. Only once the session has started. */
    recordAttendance(id: string, attendees: readonly AttendeeInput[], ctx: CallContext): Promise<Session>
    list(initiativeId: string, ctx: CallContext): Promise<Session[]>
  }
  feedback: {
    /** Idempotent by key: the same key twice returns the first feedback and stores nothing new. */
    submit(input: FeedbackInput, ctx: CallContext & { idempotencyKey?: string }): Promise<Feedback>
    /** As `submit`, and says whether this call stored the feedback (`replayed: false`) or found it stored under the same key (`replayed: true`). */
    submitOnce(input: FeedbackInput, ctx: CallContext & { idempotencyKey?: string }): Promise<{ feedback: Feedback; replayed: boolean }>
    /** Staff only. */
    list(initiativeId: string, ctx: CallContext): Promise<Feedback[]>
  }
  consent: {
    purposes(): ConsentPurpose[]
    decide(input: ConsentDecisionInput, ctx: CallContext): Promise<ConsentRecord>
    give(input: Omit<ConsentDecisionInput, 'decision'>, ctx: CallContext): Promise<ConsentRecord>
    refuse(input: Omit<ConsentDecisionInput, 'decision'>, ctx: CallContext): Promise<ConsentRecord>
    withdraw(input: Omit<ConsentDecisionInput, 'decision'>, ctx: CallContext): Promise<ConsentRecord>
    current(subject: string, ctx: CallContext): Promise<CurrentConsent[]>
    history(subject: string, ctx: CallContext): Promise<ConsentRecord[]>
    receipt(subject: string, ctx: CallContext): Promise<ConsentReceipt>
  }
  updates: {
    publish(input: UpdateInput, ctx: CallContext): Promise<Update>
    change(id: string, patch: UpdatePatch, ctx: CallContext): Promise<Update>
    linkFeedback(id: string, feedbackIds: string[], ctx: CallContext): Promise<Update>
    credit(id: string, memberIds: string[], ctx: CallContext): Promise<Update>
    /** Staff read: every link and credit. */
    list(initiativeId: string, ctx: CallContext): Promise<Update[]>
    /** Public read, filtered by consent. With an actor, their own contributions are marked `yours`. */
    listPublic(initiativeId: string, ctx: CallContext): Promise<PublicUpdate[]>
  }
  payments: {
    record(input: PaymentInput, ctx: CallContext): Promise<Payment>
    list(initiativeId: string, ctx: CallContext): Promise<Payment[]>
  }
  exports: {
    /** The member themself or staff. */
    member(memberId: string, ctx: CallContext): Promise<MemberExport>
    partners(initiativeId: string, ctx: CallContext): Promise<PartnerExport>
  }
  /** Remove a member's personal data; keep anonymous counts and the consent history. The member themself or staff. */
  erase(memberId: string, ctx: CallContext): Promise<void>
  on<T extends DomainEventType>(type: T, handler: (event: DomainEventOf<T>) => void | Promise<void>): () => void
  /** Deliver pending events (outbox stores) and wait for in-process hooks to settle. */
  flush(): Promise<void>
  close(): Promise<void>
}
