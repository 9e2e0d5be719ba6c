/**
 * The shapes the widgets read and write. Types only: `import type` keeps zod (and all of core's runtime) out of
 * the widget bundles.
 */
export type {
  ConsentDecision,
  ConsentPurpose,
  ConsentRecord,
  ConsentStatus,
  Feedback,
  FeedbackInput,
  PublicUpdate,
  Rating,
  CurrentConsent,
  ConsentReceipt,
  LadderRung,
  UpdateStatus,
  Member,
  MemberPatch,
  PublicDecision,
  Decision,
  DecisionKind,
  DecisionOutcomeInput,
  DecisionMethod,
  DecisionViewInput,
  DecisionOptionInput,
  AgreementSummary,
  AgreementResponseInput,
  AgreementResponseResult,
  Involvement,
  Update,
  UpdateInput,
  UpdatePatch,
  InboxItem,
  InboxPage,
  InboxQuery,
  CreditOption,
  QuoteConsent,
  Session,
  Attendance,
  Payment,
  Initiative,
  InitiativePatch,
} from '@coproduce/core'

/** What `<cp-payments>` sends to record a payment: the HTTP route takes the initiative from the path. */
export type PaymentRecord = Omit<import('@coproduce/core').PaymentInput, 'initiativeId'>

/** What `<cp-members>` sends to add a member: the HTTP route takes the initiative from the path. */
export type MemberRecord = Omit<import('@coproduce/core').MemberInput, 'initiativeId'>

/** What `<cp-decisions>` sends to open a decision: the HTTP route takes the initiative from the path. */
export type DecisionRecord = Omit<import('@coproduce/core').DecisionInput, 'initiativeId'>

/** What `<cp-sessions>` sends to plan a session: the HTTP route takes the initiative from the path. */
export type SessionPlan = Omit<import('@coproduce/core').SessionInput, 'initiativeId'>

import type { ConsentPurpose, ConsentRecord, CurrentConsent, FeedbackInput, LadderRung } from '@coproduce/core'

/** What a widget sends as feedback: the HTTP route takes the initiative from the path. */
export type FeedbackSubmission = Omit<FeedbackInput, 'initiativeId'>

/** `GET /members/:id/consents`. */
export interface MemberConsents {
  purposes: ConsentPurpose[]
  current: CurrentConsent[]
  history: ConsentRecord[]
}

/** `POST /members/:id/consents`. */
export interface ConsentDecisionRequest {
  purposeId: string
  decision: 'give' | 'refuse' | 'withdraw'
  /** The exact words the person saw (or staff read out to them). */
  noticeText?: string
  /** How the answer was given: `paper` and `verbal` are written down by staff. Default `widget`. */
  method?: 'widget' | 'paper' | 'verbal'
}

/** The principles report, as `GET /initiatives/:id/report` returns it (the `Report` of `@coproduce/principles`). */
export type Principle =
  | 'trust-transparency'
  | 'safety'
  | 'collaboration-mutuality'
  | 'empowerment-voice-choice'
  | 'cultural-historical-gender'
export type Stage = 'foundations' | 'interactions' | 'actions' | 'readiness'
export type Outcome = 'pass' | 'fail' | 'incomplete' | 'inapplicable'
export type Severity = 'error' | 'warning' | 'info'

/** What fills a message's placeholders: the plan's own words, a number, a shared phrase, a list of these, or a day. */
export type MessageValue =
  | string
  | number
  | { id: string; data?: MessageData }
  | { list: MessageValue[]; join?: 'and' | 'or' | 'semicolons' | 'parts' | 'sentences' | 'commas' }
  | { date: string }
export type MessageData = { [name: string]: MessageValue }

export interface Finding {
  ruleId: string
  outcome: Outcome
  severity: Severity
  principles: Principle[]
  stage: Stage
  path: string
  /** In the report's language (the widget's `lang`, sent as `Accept-Language`). */
  message: string
  /** The message's id in its rule (`ruleId/messageId` in each language), and what fills its placeholders. */
  messageId?: string
  data?: MessageData
  guidance: string
  source: string
  /** What the finding is judged from: what happened (`record`), what the plan says (`statement`: "planned"), or nothing (`none`). */
  basis: 'record' | 'statement' | 'none'
  /** The places it applies to, in words a caseworker knows (session titles, decisions). */
  places?: string[]
  /** The same places as message values (for a program that writes them in another language). */
  placeMessages?: MessageValue[]
}

export interface Report {
  initiativeId: string
  title: string
  evaluatedAt: string
  preset: string
  /** The language the words are written in; English when absent. */
  lang?: 'en' | 'cy' | 'ur'
  findings: Finding[]
  principles: Record<Principle, { score: number; pass: number; fail: number; incomplete: number }>
  summary: { errors: number; warnings: number; infos: number; passes: number; incomplete: number; inapplicable: number }
  ladder: {
    claimed: LadderRung | null
    assessed: LadderRung
    possible: LadderRung
    basis: 'record' | 'statement' | 'none'
    reasons: string[]
    /** The same reasons by message id and data, one for one. */
    reasonMessages?: { messageId: string; data?: MessageData }[]
  }
}
