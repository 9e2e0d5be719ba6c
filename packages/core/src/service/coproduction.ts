import type { CoproducePlugin } from '../plugins/define-plugin.js'
import type { ConsentDecisionInput, ConsentPurpose, ConsentRecord } from '../schemas/consent.js'
import type { Decision } from '../schemas/decision.js'
import type { ConsentReceipt, CurrentConsent, ImpactRange, ImpactSummary, MemberExport, PartnerExport } from '../schemas/results.js'
import type {
  AgreementResponseInput,
  DecisionInput,
  DecisionOptionInput,
  DecisionOutcomeInput,
  DecisionRevisitInput,
  DecisionViewInput,
} from '../schemas/decision-input.js'
import type { DomainEvent, DomainEventOf, DomainEventType } from '../schemas/events.js'
import type { Involvement } from '../schemas/involvement.js'
import type { AgreementResponseResult, AgreementSummary, PublicDecision } from '../schemas/public-decision.js'
import type { Feedback, FeedbackInput } from '../schemas/feedback.js'
import type { CreditOption, InboxPage, InboxQuery } from '../schemas/inbox.js'
import type { Initiative, InitiativeInput, InitiativePatch } from '../schemas/initiative.js'
import type { Member, MemberInput, MemberPatch } from '../schemas/member.js'
import type { Organisation, OrganisationInput } from '../schemas/organisation.js'
import type { Payment, PaymentInput } from '../schemas/payment.js'
import type { AttendeeInput, Session, SessionInput } from '../schemas/session.js'
import type { InitiativeSnapshot } from '../schemas/snapshot.js'
import type { PublicUpdate, Update, UpdateInput, UpdatePatch, UpdateWithdrawalInput } from '../schemas/update.js'
import type { Store } from '../store/store-port.js'
import type { CallContext } from './actor.js'
import type { DpvConsentRecordDocument } from '../consent/dpv-record.js'

export interface Clock {
  now(): Date
}
export interface IdGenerator {
  next(
    kind:
      | 'organisation'
      | 'initiative'
      | 'member'
      | 'session'
      | 'feedback'
      | 'consent'
      | 'update'
      | 'payment'
      | 'event'
      | 'decision'
      | 'option',
  ): string
}

export interface CoproductionOptions {
  store: Store
  plugins?: CoproducePlugin[]
  clock?: Clock
  ids?: IdGenerator
  /**
   * How long an idempotency key is remembered, in milliseconds. Default 24 hours. After that the same key
   * stores new feedback.
   */
  idempotencyKeyLifetimeMs?: number
  /**
   * How many days the words of someone who said no to `store-contribution` are kept, hidden from staff, before
   * `feedback.eraseHiddenWords` erases them for good. Default 30: the month the law gives to act on a request
   * to erase. A yes again within that time shows the words again; after it they are gone.
   */
  hiddenWordsKeptDays?: number
  /** Called when a plugin hook or `on` handler throws. The domain change is kept. */
  onHookError?: (error: unknown, info: { plugin: string; event: DomainEvent }) => void
}

/** How feedback is sent: who is calling, the request's idempotency key, and for anonymous senders their device key. */
export interface FeedbackCallContext extends CallContext {
  idempotencyKey?: string | undefined
  /** A random key an anonymous sender's device keeps (sent as a header by the widgets). Only its hash is stored. */
  anonymousKey?: string | undefined
}

/** The service. Every method parses its input with zod and throws `CoproduceError` on failure, changing nothing. */
export interface Coproduction {
  readonly plugins: readonly CoproducePlugin[]
  /** Platform operators only (role `operator`): the organisations on the platform. No personal data. */
  organisations: {
    list(ctx: CallContext): Promise<Organisation[]>
    create(input: OrganisationInput, ctx: CallContext): Promise<Organisation>
    /** The consent purposes that apply in the caller's organisation: everyone's, then its own. Any signed-in caller. */
    purposes(ctx: CallContext): Promise<ConsentPurpose[]>
    /**
     * Staff only: add a consent purpose for the caller's organisation alone, next to everyone's. Its id must be
     * new to the organisation. Changing one of the organisation's own purposes needs a higher `version`: people's
     * earlier yes then counts as expired and they are asked again.
     */
    addPurpose(purpose: ConsentPurpose, ctx: CallContext): Promise<ConsentPurpose>
  }
  initiatives: {
    create(input: InitiativeInput, ctx: CallContext): Promise<Initiative>
    get(id: string, ctx: CallContext): Promise<Initiative>
    list(ctx: CallContext): Promise<Initiative[]>
    update(id: string, patch: InitiativePatch, ctx: CallContext): Promise<Initiative>
    /** Everything the principles engine reads (staff only). */
    snapshot(id: string, ctx: CallContext): Promise<InitiativeSnapshot>
    /**
     * Counts for a board: how much feedback got a "you said, we did" answer, how fast, and who was credited
     * (public, consent-filtered). With a `range`, only the feedback given on those days (see `ImpactRangeSchema`).
     */
    impact(id: string, ctx: CallContext, range?: ImpactRange): Promise<ImpactSummary>
  }
  members: {
    join(input: MemberInput, ctx: CallContext): Promise<Member>
    get(id: string, ctx: CallContext): Promise<Member>
    list(initiativeId: string, ctx: CallContext): Promise<Member[]>
    /** Staff: correct a member's details. `null` clears an optional detail. Not for someone who was erased. */
    change(id: string, patch: MemberPatch, ctx: CallContext): Promise<Member>
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
    /**
     * Idempotent by key, as the IETF Idempotency-Key draft: the same key and the same request again returns the
     * first feedback's ids (never its words) and stores nothing new; the same key with a different request is
     * `idempotency-mismatch`; the same key while the first is still being stored is `conflict`. A key belongs to
     * its caller: the signed-in sender, or for anonymous feedback the `anonymousKey` (a device key the client
     * makes once). It is remembered for `idempotencyKeyLifetimeMs`.
     */
    submit(input: FeedbackInput, ctx: FeedbackCallContext): Promise<Feedback>
    /** As `submit`, and says whether this call stored the feedback (`replayed: false`) or found it stored under the same key (`replayed: true`). */
    submitOnce(input: FeedbackInput, ctx: FeedbackCallContext): Promise<{ feedback: Feedback; replayed: boolean }>
    /** Staff only. */
    list(initiativeId: string, ctx: CallContext): Promise<Feedback[]>
    /**
     * Staff only. Erase for good the words, files and context of feedback whose author said no to keeping them
     * (`store-contribution`) more than `hiddenWordsKeptDays` ago. Safe to run again; run it daily from a timer.
     */
    eraseHiddenWords(initiativeId: string, ctx: CallContext): Promise<{ erased: number }>
    /** Staff only: the inbox, newest first, filtered, counted and paged with stable cursors. */
    inbox(initiativeId: string, query: InboxQuery, ctx: CallContext): Promise<InboxPage>
  }
  consent: {
    /** Everyone's purposes: the defaults and every plugin's. Organisations may add their own (`organisations.addPurpose`). */
    purposes(): ConsentPurpose[]
    /** The purposes that apply to a subject: everyone's, then its organisation's own. The subject or staff. */
    purposesFor(subject: string, ctx: CallContext): Promise<ConsentPurpose[]>
    decide(input: ConsentDecisionInput, ctx: CallContext): Promise<ConsentRecord>
    give(input: Omit<ConsentDecisionInput, 'decision'>, ctx: CallContext): Promise<ConsentRecord>
    refuse(input: Omit<ConsentDecisionInput, 'decision'>, ctx: CallContext): Promise<ConsentRecord>
    withdraw(input: Omit<ConsentDecisionInput, 'decision'>, ctx: CallContext): Promise<ConsentRecord>
    current(subject: string, ctx: CallContext): Promise<CurrentConsent[]>
    history(subject: string, ctx: CallContext): Promise<ConsentRecord[]>
    receipt(subject: string, ctx: CallContext): Promise<ConsentReceipt>
    /**
     * Staff only: the organisation's machine-readable copy of every record for the subject, aligned with
     * ISO/IEC TS 27560 consent records and written in W3C Data Privacy Vocabulary (`dpv:`) terms, as JSON-LD.
     */
    record(subject: string, ctx: CallContext): Promise<DpvConsentRecordDocument>
  }
  updates: {
    publish(input: UpdateInput, ctx: CallContext): Promise<Update>
    change(id: string, patch: UpdatePatch, ctx: CallContext): Promise<Update>
    /**
     * Staff: take a published update down, with a reason kept for staff. It leaves the public list, answers no
     * feedback and thanks no one; it cannot be changed after. Doing it twice changes nothing.
     */
    withdraw(id: string, input: UpdateWithdrawalInput, ctx: CallContext): Promise<Update>
    linkFeedback(id: string, feedbackIds: string[], ctx: CallContext): Promise<Update>
    credit(id: string, memberIds: string[], ctx: CallContext): Promise<Update>
    /** Staff read: every link and credit. */
    list(initiativeId: string, ctx: CallContext): Promise<Update[]>
    /** Public read, filtered by consent. With an actor, their own contributions are marked `yours`. */
    listPublic(initiativeId: string, ctx: CallContext): Promise<PublicUpdate[]>
    /** Staff only: each member, and whether `credit-by-name` allows thanking them by name now (if not, why). */
    creditOptions(initiativeId: string, ctx: CallContext): Promise<CreditOption[]>
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
  decisions: {
    /** Staff, or a member of the initiative when its `decisionsOpenedBy` is `members`. */
    open(input: DecisionInput, ctx: CallContext): Promise<Decision>
    /** Anyone taking part (a current member of the initiative) or staff. Idempotent by key. */
    propose(
      id: string,
      input: DecisionOptionInput,
      ctx: CallContext & { idempotencyKey?: string },
    ): Promise<{ decision: Decision; replayed: boolean }>
    /** Give or change a member's view (the member, or staff for them). One current view per member. Idempotent by key. */
    giveView(
      id: string,
      memberId: string,
      input: DecisionViewInput,
      ctx: CallContext & { idempotencyKey?: string },
    ): Promise<{ decision: Decision; replayed: boolean }>
    /** Close with an outcome: what, how and who decided (staff). */
    decide(id: string, input: DecisionOutcomeInput, ctx: CallContext): Promise<Decision>
    /** Reopen a decided one for views (staff). */
    revisit(id: string, input: DecisionRevisitInput, ctx: CallContext): Promise<Decision>
    /** Staff read of the full record. */
    get(id: string, ctx: CallContext): Promise<Decision>
    /** Staff read: every decision of the initiative, full records. */
    list(initiativeId: string, ctx: CallContext): Promise<Decision[]>
    /** The read for the people taking part: names only with `credit-by-name`, views as the group chose. */
    read(id: string, ctx: CallContext): Promise<PublicDecision>
    listPublic(initiativeId: string, ctx: CallContext): Promise<PublicDecision[]>
    /** The ground rules and who stands where (`notAgreedYet` for staff only). */
    agreement(initiativeId: string, ctx: CallContext): Promise<AgreementSummary>
    /** Agree, not yet, or suggest a change (which opens a ground-rules decision). Idempotent by key. */
    respondToAgreement(
      decisionId: string,
      memberId: string,
      input: AgreementResponseInput,
      ctx: CallContext & { idempotencyKey?: string },
    ): Promise<AgreementResponseResult>
  }
  /** One member's sessions, payments, words and what changed, credits and decisions (the member or staff). */
  involvement(memberId: string, ctx: CallContext): Promise<Involvement>
  /** Remove a member's personal data; keep anonymous counts and the consent history. The member themself or staff. */
  erase(memberId: string, ctx: CallContext): Promise<void>
  on<T extends DomainEventType>(type: T, handler: (event: DomainEventOf<T>) => void | Promise<void>): () => void
  /** Deliver pending events (outbox stores) and wait for in-process hooks to settle. */
  flush(): Promise<void>
  close(): Promise<void>
}
