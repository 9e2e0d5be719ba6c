import type {
  AgreementResponseInput,
  AgreementResponseResult,
  AgreementSummary,
  DecisionOptionInput,
  DecisionViewInput,
  Involvement,
  PublicDecision,
  ConsentDecisionRequest,
  ConsentPurpose,
  ConsentReceipt,
  ConsentRecord,
  Feedback,
  FeedbackSubmission,
  MemberConsents,
  PublicUpdate,
  Report,
  CreditOption,
  InboxPage,
  InboxQuery,
  Update,
  UpdateInput,
  UpdatePatch,
  Decision,
  DecisionOutcomeInput,
  DecisionRecord,
  Member,
  MemberPatch,
  MemberRecord,
  Session,
  SessionPlan,
  Attendance,
  Payment,
  PaymentRecord,
  Initiative,
  InitiativePatch,
} from './types.js'

/**
 * How a widget talks to Coproduce. `createHttpClient` speaks the HTTP contract of `@coproduce/server`; a host with
 * its own backend can give any widget its own object with these methods through the `.client` property.
 */
export interface CoproduceClient {
  getConsentPurposes(): Promise<ConsentPurpose[]>
  getUpdates(initiativeId: string): Promise<PublicUpdate[]>
  /** Sending the same `idempotencyKey` twice stores the feedback once. */
  submitFeedback(initiativeId: string, input: FeedbackSubmission, idempotencyKey: string): Promise<Feedback>
  getConsents(memberId: string): Promise<MemberConsents>
  decideConsent(memberId: string, request: ConsentDecisionRequest): Promise<ConsentRecord>
  getReceipt(memberId: string): Promise<ConsentReceipt>
  getReport(initiativeId: string, preset?: string): Promise<Report>
  /*
   * The calls of `<cp-decision>`, `<cp-agreement>` and `<cp-my-involvement>`. Optional, so a client written for
   * the first four widgets still fits; a widget whose call is missing shows nothing and says it is not set up.
   */
  /** `GET /decisions/:id`. */
  getDecision?(initiativeId: string, decisionId: string): Promise<PublicDecision>
  /** `PUT /decisions/:id/views/:memberId`: one current view per member; the same `idempotencyKey` twice changes it once. */
  giveView?(memberId: string, decisionId: string, input: DecisionViewInput, idempotencyKey: string): Promise<PublicDecision>
  /** `POST /decisions/:id/options`: the same `idempotencyKey` twice adds the choice once. */
  proposeOption?(memberId: string, decisionId: string, input: DecisionOptionInput, idempotencyKey: string): Promise<PublicDecision>
  /** `GET /initiatives/:id/agreement`: the ground rules (`notAgreedYet` only for staff). */
  getAgreement?(initiativeId: string): Promise<AgreementSummary>
  /** `PUT /decisions/:id/agreement/:memberId`: agree, not yet, or suggest a change. */
  answerAgreement?(
    memberId: string,
    decisionId: string,
    input: AgreementResponseInput,
    idempotencyKey: string,
  ): Promise<AgreementResponseResult>
  /** `GET /members/:id/involvement`. */
  getInvolvement?(memberId: string): Promise<Involvement>
  /* The staff calls of `<cp-sessions>` (and `<cp-payments>`). */
  /** `GET /initiatives/:id/members` (staff). */
  listMembers?(initiativeId: string): Promise<Member[]>
  /** `GET /initiatives/:id/sessions` (staff). */
  listSessions?(initiativeId: string): Promise<Session[]>
  /** `POST /initiatives/:id/sessions` (staff). */
  scheduleSession?(initiativeId: string, input: SessionPlan): Promise<Session>
  /** `PUT /sessions/:id/attendance` (staff): who came and who did not; replaces the list. */
  recordAttendance?(sessionId: string, attendees: Attendance[]): Promise<Session>
  /** `GET /initiatives/:id/payments` (staff). */
  listPayments?(initiativeId: string): Promise<Payment[]>
  /** `POST /initiatives/:id/payments` (staff). */
  recordPayment?(initiativeId: string, input: PaymentRecord): Promise<Payment>
  /* The staff calls of `<cp-members>`. */
  /** `POST /initiatives/:id/members` (staff). */
  addMember?(initiativeId: string, input: MemberRecord): Promise<Member>
  /** `PATCH /members/:id` (staff): `null` clears a detail. */
  changeMember?(memberId: string, patch: MemberPatch): Promise<Member>
  /** `POST /members/:id/leave` (staff): they have left the group; what they said stays. */
  leaveMember?(memberId: string): Promise<Member>
  /* The staff calls of `<cp-decisions>`. */
  /** `GET /initiatives/:id/decisions/all` (staff): every decision as recorded, with member ids. */
  listDecisionRecords?(initiativeId: string): Promise<Decision[]>
  /** `POST /initiatives/:id/decisions` (staff): ask the group to decide something. */
  openDecision?(initiativeId: string, input: DecisionRecord): Promise<PublicDecision>
  /** `POST /decisions/:id/outcome` (staff): what was decided, how and by whom; `useInPlan` puts it in the plan. */
  recordOutcome?(decisionId: string, input: DecisionOutcomeInput): Promise<PublicDecision>
  /** `POST /decisions/:id/revisit` (staff): open a decided question again. */
  revisitDecision?(decisionId: string, input: { reason?: string }): Promise<PublicDecision>
  /** `GET /initiatives/:id` (the plan, for `<cp-plan-check>`). */
  getInitiative?(initiativeId: string): Promise<Initiative>
  /** `POST /initiatives/:id/report` (staff): the report of a draft change, nothing stored. */
  checkDraft?(initiativeId: string, patch: InitiativePatch): Promise<Report>
  /** `PATCH /initiatives/:id` (staff). */
  updateInitiative?(initiativeId: string, patch: InitiativePatch): Promise<Initiative>
  /* The staff widgets' calls (`<cp-feedback-inbox>`, `<cp-update-editor>`). */
  /** `GET /initiatives/:id/feedback/inbox`: one page, newest first, with counts and the next cursor. */
  getInbox?(initiativeId: string, query: InboxQuery): Promise<InboxPage>
  /** `GET /initiatives/:id/updates/all`: every update, with links and credits (staff). */
  getAllUpdates?(initiativeId: string): Promise<Update[]>
  /** `GET /initiatives/:id/updates/credit-options`: who may be thanked by name now, and why not. */
  getCreditOptions?(initiativeId: string): Promise<CreditOption[]>
  /** `POST /initiatives/:id/updates`. */
  publishUpdate?(initiativeId: string, input: Omit<UpdateInput, 'initiativeId'>): Promise<Update>
  /** `PATCH /initiatives/:id/updates/:updateId`. */
  changeUpdate?(initiativeId: string, updateId: string, patch: UpdatePatch): Promise<Update>
  /** `POST /initiatives/:id/updates/:updateId/withdraw`: take it off the public list, with a reason kept for staff. */
  withdrawUpdate?(initiativeId: string, updateId: string, input: { reason: string }): Promise<Update>
  /** `POST /text-check`: words to reword before publishing. */
  checkText?(texts: { field: string; text: string }[]): Promise<{ flags: TextFlag[] }>
}

/** One thing to reword, from the language check. */
export interface TextFlag {
  field: string
  kind: 'label' | 'jargon' | 'acronym' | 'reading-level'
  text: string
  index: number
  suggestion: string
  why: string
}

/** One problem with one answer, as the server reports it. */
export interface ClientFieldError {
  path: (string | number)[]
  message: string
}

/** The server answered with an RFC 9457 problem (`application/problem+json`). */
export class ClientError extends Error {
  override readonly name = 'ClientError'
  declare readonly status: number
  declare readonly code: string
  declare readonly detail: string
  declare readonly errors: ClientFieldError[]
  /** The whole problem as the server sent it (e.g. `erasedAt` with code `erased`). */
  declare readonly problem: Record<string, unknown> | undefined

  constructor(status: number, code: string, detail: string, errors: ClientFieldError[] = [], problem?: Record<string, unknown>) {
    super(detail)
    Object.assign(this, { status, code, detail, errors, problem })
  }
}

/** The server could not be reached: no connection, or the request failed before an answer came. */
export class OfflineError extends Error {
  override readonly name = 'OfflineError'
  constructor(options?: { cause?: unknown }) {
    super('Could not reach the server', options)
  }
}

// By name: every ClientError and OfflineError has its own (a class field), and so does one made by another copy
// of this package.
export const isClientError = (value: unknown): value is ClientError => (value as { name?: unknown } | null)?.name === 'ClientError'
export const isOfflineError = (value: unknown): value is OfflineError => (value as { name?: unknown } | null)?.name === 'OfflineError'

export interface HttpClientOptions {
  /** The base URL where the host mounted the Coproduce handler, e.g. `/api/coproduce`. */
  endpoint: string
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch
  /** The language the widget speaks (`en`, `cy`, `ur`): sent as `Accept-Language`, so the server's words match. */
  lang?: () => string
}

const seg = encodeURIComponent
const ACCEPT = 'application/json, application/problem+json'

/**
 * One call to the server: `GET path`, or `POST path` with `body` as JSON (or `method`, e.g. `PUT`). Throws
 * `OfflineError` when no answer came, and `ClientError` (with the problem's field errors) for any answer that is
 * not 2xx.
 */
export type HttpCall = <T>(path: string, body?: unknown, headers?: Record<string, string>, method?: string) => Promise<T>

/**
 * Calls to the server at `endpoint`. Sends cookies (`credentials: 'include'`), and `Accept-Language` when `lang`
 * says which language the widget speaks.
 */
export function httpCall(
  endpoint: string,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
  lang?: () => string,
): HttpCall {
  const base = endpoint.replace(/\/+$/, '')
  return async (path, body, headers, method = 'POST') => {
    let response: Response
    const head: Record<string, string> = { accept: ACCEPT, ...headers }
    if (lang) head['accept-language'] = lang()
    try {
      response = await fetchImpl(base + path, {
        credentials: 'include',
        headers: head,
        // biome-ignore lint/complexity/noCommaOperator: the shortest form in code every widget downloads
        ...(body === undefined ? {} : ((head['content-type'] = 'application/json'), { method, body: JSON.stringify(body) })),
      })
    } catch (cause) {
      throw new OfflineError({ cause })
    }
    // A body that is not JSON (a proxy's error page) is no body: the status says enough.
    const json = response.status === 204 ? undefined : await response.json().catch(() => undefined)
    if (response.ok) return json
    const problem = (json ?? {}) as { code?: unknown; detail?: unknown; title?: unknown; errors?: unknown }
    const str = (v: unknown) => (typeof v === 'string' ? v : '')
    throw new ClientError(
      response.status,
      str(problem.code) || `http-${response.status}`,
      str(problem.detail) || str(problem.title) || response.statusText,
      Array.isArray(problem.errors)
        ? problem.errors.map((e: { path?: unknown; message?: unknown } | null) => ({
            path: Array.isArray(e?.path) ? e.path : [],
            message: str(e?.message),
          }))
        : [],
      problem,
    )
  }
}

/*
 * Each call of the HTTP contract on its own, so a widget's bundle holds only the calls it makes
 * (`createHttpClient` puts them all together).
 */
export const consentPurposesCall =
  (http: HttpCall): CoproduceClient['getConsentPurposes'] =>
  () =>
    http('/consent-purposes')
export const updatesCall =
  (http: HttpCall): CoproduceClient['getUpdates'] =>
  (id) =>
    http(`/initiatives/${seg(id)}/updates`)
let memoryKey: string | undefined
/**
 * A random key made once per device (kept in `localStorage`, else for this page), sent with feedback as
 * `Coproduce-Device-Key`: a person who is not signed in can send their feedback again under its idempotency key
 * (when the first answer was lost), and nobody else can. It says nothing about the person.
 */
export function deviceKey(): string {
  const name = 'coproduce-device-key'
  try {
    let key = localStorage.getItem(name)
    if (!key) localStorage.setItem(name, (key = crypto.randomUUID()))
    return key
  } catch {
    return (memoryKey ??= crypto.randomUUID())
  }
}

export const feedbackCall =
  (http: HttpCall): CoproduceClient['submitFeedback'] =>
  (id, input, key) =>
    http(`/initiatives/${seg(id)}/feedback`, input, { 'idempotency-key': key, 'coproduce-device-key': deviceKey() })
export const consentsCall =
  (http: HttpCall): CoproduceClient['getConsents'] =>
  (member) =>
    http(`/members/${seg(member)}/consents`)
export const decideCall =
  (http: HttpCall): CoproduceClient['decideConsent'] =>
  (member, request) =>
    http(`/members/${seg(member)}/consents`, request)
export const receiptCall =
  (http: HttpCall): CoproduceClient['getReceipt'] =>
  (member) =>
    http(`/members/${seg(member)}/consents/receipt`)
export const reportCall =
  (http: HttpCall): CoproduceClient['getReport'] =>
  (id, preset) =>
    http(`/initiatives/${seg(id)}/report${preset ? `?preset=${seg(preset)}` : ''}`)

export const decisionCall =
  (http: HttpCall): NonNullable<CoproduceClient['getDecision']> =>
  (_initiative, id) =>
    http(`/decisions/${seg(id)}`)
export const viewCall =
  (http: HttpCall): NonNullable<CoproduceClient['giveView']> =>
  (member, id, input, key) =>
    http(`/decisions/${seg(id)}/views/${seg(member)}`, input, { 'idempotency-key': key }, 'PUT')
export const optionCall =
  (http: HttpCall): NonNullable<CoproduceClient['proposeOption']> =>
  (_member, id, input, key) =>
    http(`/decisions/${seg(id)}/options`, input, { 'idempotency-key': key })
export const agreementCall =
  (http: HttpCall): NonNullable<CoproduceClient['getAgreement']> =>
  (id) =>
    http(`/initiatives/${seg(id)}/agreement`)
export const answerCall =
  (http: HttpCall): NonNullable<CoproduceClient['answerAgreement']> =>
  (member, id, input, key) =>
    http(`/decisions/${seg(id)}/agreement/${seg(member)}`, input, { 'idempotency-key': key }, 'PUT')
export const involvementCall =
  (http: HttpCall): NonNullable<CoproduceClient['getInvolvement']> =>
  (member) =>
    http(`/members/${seg(member)}/involvement`)
export const inboxCall =
  (http: HttpCall): NonNullable<CoproduceClient['getInbox']> =>
  (id, query) => {
    const params = Object.entries(query).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [`${k}=${seg(String(v))}`]))
    return http(`/initiatives/${seg(id)}/feedback/inbox${params.length ? `?${params.join('&')}` : ''}`)
  }
export const allUpdatesCall =
  (http: HttpCall): NonNullable<CoproduceClient['getAllUpdates']> =>
  (id) =>
    http(`/initiatives/${seg(id)}/updates/all`)
export const creditOptionsCall =
  (http: HttpCall): NonNullable<CoproduceClient['getCreditOptions']> =>
  (id) =>
    http(`/initiatives/${seg(id)}/updates/credit-options`)
export const publishUpdateCall =
  (http: HttpCall): NonNullable<CoproduceClient['publishUpdate']> =>
  (id, input) =>
    http(`/initiatives/${seg(id)}/updates`, input)
export const changeUpdateCall =
  (http: HttpCall): NonNullable<CoproduceClient['changeUpdate']> =>
  (id, update, patch) =>
    http(`/initiatives/${seg(id)}/updates/${seg(update)}`, patch, {}, 'PATCH')
export const withdrawUpdateCall =
  (http: HttpCall): NonNullable<CoproduceClient['withdrawUpdate']> =>
  (id, update, input) =>
    http(`/initiatives/${seg(id)}/updates/${seg(update)}/withdraw`, input)
export const checkTextCall =
  (http: HttpCall): NonNullable<CoproduceClient['checkText']> =>
  (texts) =>
    http('/text-check', { texts })

export const membersCall =
  (http: HttpCall): NonNullable<CoproduceClient['listMembers']> =>
  (id) =>
    http(`/initiatives/${seg(id)}/members`)
export const sessionsCall =
  (http: HttpCall): NonNullable<CoproduceClient['listSessions']> =>
  (id) =>
    http(`/initiatives/${seg(id)}/sessions`)
export const scheduleCall =
  (http: HttpCall): NonNullable<CoproduceClient['scheduleSession']> =>
  (id, input) =>
    http(`/initiatives/${seg(id)}/sessions`, input)
export const attendanceCall =
  (http: HttpCall): NonNullable<CoproduceClient['recordAttendance']> =>
  (id, attendees) =>
    http(`/sessions/${seg(id)}/attendance`, { attendees }, undefined, 'PUT')

export const paymentsCall =
  (http: HttpCall): NonNullable<CoproduceClient['listPayments']> =>
  (id) =>
    http(`/initiatives/${seg(id)}/payments`)
export const payCall =
  (http: HttpCall): NonNullable<CoproduceClient['recordPayment']> =>
  (id, input) =>
    http(`/initiatives/${seg(id)}/payments`, input)

export const addMemberCall =
  (http: HttpCall): NonNullable<CoproduceClient['addMember']> =>
  (id, input) =>
    http(`/initiatives/${seg(id)}/members`, input)
export const changeMemberCall =
  (http: HttpCall): NonNullable<CoproduceClient['changeMember']> =>
  (id, patch) =>
    http(`/members/${seg(id)}`, patch, undefined, 'PATCH')
export const leaveMemberCall =
  (http: HttpCall): NonNullable<CoproduceClient['leaveMember']> =>
  (id) =>
    http(`/members/${seg(id)}/leave`, {})

export const decisionRecordsCall =
  (http: HttpCall): NonNullable<CoproduceClient['listDecisionRecords']> =>
  (id) =>
    http(`/initiatives/${seg(id)}/decisions/all`)
export const openDecisionCall =
  (http: HttpCall): NonNullable<CoproduceClient['openDecision']> =>
  (id, input) =>
    http(`/initiatives/${seg(id)}/decisions`, input)
export const outcomeCall =
  (http: HttpCall): NonNullable<CoproduceClient['recordOutcome']> =>
  (id, input) =>
    http(`/decisions/${seg(id)}/outcome`, input)
export const revisitCall =
  (http: HttpCall): NonNullable<CoproduceClient['revisitDecision']> =>
  (id, input) =>
    http(`/decisions/${seg(id)}/revisit`, input)

export const initiativeCall =
  (http: HttpCall): NonNullable<CoproduceClient['getInitiative']> =>
  (id) =>
    http(`/initiatives/${seg(id)}`)
export const draftCall =
  (http: HttpCall): NonNullable<CoproduceClient['checkDraft']> =>
  (id, patch) =>
    http(`/initiatives/${seg(id)}/report`, patch)
export const patchCall =
  (http: HttpCall): NonNullable<CoproduceClient['updateInitiative']> =>
  (id, patch) =>
    http(`/initiatives/${seg(id)}`, patch, undefined, 'PATCH')

/** A client for the HTTP API of `@coproduce/server`. Sends cookies (`credentials: 'include'`). */
export function createHttpClient({ endpoint, fetch: fetchImpl, lang }: HttpClientOptions): CoproduceClient {
  const http = httpCall(endpoint, fetchImpl, lang)
  return {
    getConsentPurposes: consentPurposesCall(http),
    getUpdates: updatesCall(http),
    submitFeedback: feedbackCall(http),
    getConsents: consentsCall(http),
    decideConsent: decideCall(http),
    getReceipt: receiptCall(http),
    getReport: reportCall(http),
    getDecision: decisionCall(http),
    giveView: viewCall(http),
    proposeOption: optionCall(http),
    getAgreement: agreementCall(http),
    answerAgreement: answerCall(http),
    getInvolvement: involvementCall(http),
    getInbox: inboxCall(http),
    getAllUpdates: allUpdatesCall(http),
    getCreditOptions: creditOptionsCall(http),
    publishUpdate: publishUpdateCall(http),
    changeUpdate: changeUpdateCall(http),
    withdrawUpdate: withdrawUpdateCall(http),
    checkText: checkTextCall(http),
    listMembers: membersCall(http),
    listSessions: sessionsCall(http),
    scheduleSession: scheduleCall(http),
    recordAttendance: attendanceCall(http),
    listPayments: paymentsCall(http),
    recordPayment: payCall(http),
    addMember: addMemberCall(http),
    changeMember: changeMemberCall(http),
    leaveMember: leaveMemberCall(http),
    listDecisionRecords: decisionRecordsCall(http),
    openDecision: openDecisionCall(http),
    recordOutcome: outcomeCall(http),
    revisitDecision: revisitCall(http),
    getInitiative: initiativeCall(http),
    checkDraft: draftCall(http),
    updateInitiative: patchCall(http),
  }
}
