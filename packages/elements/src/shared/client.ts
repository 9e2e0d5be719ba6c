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
  Member,
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
  answerAgreement?(memberId: string, decisionId: string, input: AgreementResponseInput, idempotencyKey: string): Promise<AgreementResponseResult>
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
  /** `GET /initiatives/:id` (the plan, for `<cp-plan-check>`). */
  getInitiative?(initiativeId: string): Promise<Initiative>
  /** `POST /initiatives/:id/report` (staff): the report of a draft change, nothing stored. */
  checkDraft?(initiativeId: string, patch: InitiativePatch): Promise<Report>
  /** `PATCH /initiatives/:id` (staff). */
  updateInitiative?(initiativeId: string, patch: InitiativePatch): Promise<Initiative>
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
export const isClientError = (value: unknown): value is ClientError =>
  (value as { name?: unknown } | null)?.name === 'ClientError'
export const isOfflineError = (value: unknown): value is OfflineError =>
  (value as { name?: unknown } | null)?.name === 'OfflineError'

export interface HttpClientOptions {
  /** The base URL where the host mounted the Coproduce handler, e.g. `/api/coproduce`. */
  endpoint: string
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch
}

const seg = encodeURIComponent
const ACCEPT = 'application/json, application/problem+json'

/**
 * One call to the server: `GET path`, or `POST path` with `body` as JSON (or `method`, e.g. `PUT`). Throws
 * `OfflineError` when no answer came, and `ClientError` (with the problem's field errors) for any answer that is
 * not 2xx.
 */
export type HttpCall = <T>(path: string, body?: unknown, headers?: Record<string, string>, method?: string) => Promise<T>

/** Calls to the server at `endpoint`. Sends cookies (`credentials: 'include'`). */
export function httpCall(endpoint: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)): HttpCall {
  const base = endpoint.replace(/\/+$/, '')
  return async (path, body, headers, method = 'POST') => {
    let response: Response
    try {
      response = await fetchImpl(base + path, {
        credentials: 'include',
        ...(body === undefined
          ? { headers: { accept: ACCEPT, ...headers } }
          : { method, body: JSON.stringify(body), headers: { accept: ACCEPT, 'content-type': 'application/json', ...headers } }),
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
export const consentPurposesCall = (http: HttpCall): CoproduceClient['getConsentPurposes'] => () => http('/consent-purposes')
export const updatesCall = (http: HttpCall): CoproduceClient['getUpdates'] => (id) => http(`/initiatives/${seg(id)}/updates`)
export const feedbackCall =
  (http: HttpCall): CoproduceClient['submitFeedback'] =>
  (id, input, key) =>
    http(`/initiatives/${seg(id)}/feedback`, input, { 'idempotency-key': key })
export const consentsCall = (http: HttpCall): CoproduceClient['getConsents'] => (member) => http(`/members/${seg(member)}/consents`)
export const decideCall =
  (http: HttpCall): CoproduceClient['decideConsent'] =>
  (member, request) =>
    http(`/members/${seg(member)}/consents`, request)
export const receiptCall = (http: HttpCall): CoproduceClient['getReceipt'] => (member) =>
  http(`/members/${seg(member)}/consents/receipt`)
export const reportCall =
  (http: HttpCall): CoproduceClient['getReport'] =>
  (id, preset) =>
    http(`/initiatives/${seg(id)}/report${preset ? `?preset=${seg(preset)}` : ''}`)

export const decisionCall = (http: HttpCall): NonNullable<CoproduceClient['getDecision']> => (_initiative, id) =>
  http(`/decisions/${seg(id)}`)
export const viewCall =
  (http: HttpCall): NonNullable<CoproduceClient['giveView']> =>
  (member, id, input, key) =>
    http(`/decisions/${seg(id)}/views/${seg(member)}`, input, { 'idempotency-key': key }, 'PUT')
export const optionCall =
  (http: HttpCall): NonNullable<CoproduceClient['proposeOption']> =>
  (_member, id, input, key) =>
    http(`/decisions/${seg(id)}/options`, input, { 'idempotency-key': key })
export const agreementCall = (http: HttpCall): NonNullable<CoproduceClient['getAgreement']> => (id) =>
  http(`/initiatives/${seg(id)}/agreement`)
export const answerCall =
  (http: HttpCall): NonNullable<CoproduceClient['answerAgreement']> =>
  (member, id, input, key) =>
    http(`/decisions/${seg(id)}/agreement/${seg(member)}`, input, { 'idempotency-key': key }, 'PUT')
export const involvementCall = (http: HttpCall): NonNullable<CoproduceClient['getInvolvement']> => (member) =>
  http(`/members/${seg(member)}/involvement`)

export const membersCall = (http: HttpCall): NonNullable<CoproduceClient['listMembers']> => (id) => http(`/initiatives/${seg(id)}/members`)
export const sessionsCall = (http: HttpCall): NonNullable<CoproduceClient['listSessions']> => (id) => http(`/initiatives/${seg(id)}/sessions`)
export const scheduleCall = (http: HttpCall): NonNullable<CoproduceClient['scheduleSession']> => (id, input) =>
  http(`/initiatives/${seg(id)}/sessions`, input)
export const attendanceCall = (http: HttpCall): NonNullable<CoproduceClient['recordAttendance']> => (id, attendees) =>
  http(`/sessions/${seg(id)}/attendance`, { attendees }, undefined, 'PUT')

export const paymentsCall = (http: HttpCall): NonNullable<CoproduceClient['listPayments']> => (id) => http(`/initiatives/${seg(id)}/payments`)
export const payCall = (http: HttpCall): NonNullable<CoproduceClient['recordPayment']> => (id, input) =>
  http(`/initiatives/${seg(id)}/payments`, input)

export const initiativeCall = (http: HttpCall): NonNullable<CoproduceClient['getInitiative']> => (id) => http(`/initiatives/${seg(id)}`)
export const draftCall = (http: HttpCall): NonNullable<CoproduceClient['checkDraft']> => (id, patch) => http(`/initiatives/${seg(id)}/report`, patch)
export const patchCall = (http: HttpCall): NonNullable<CoproduceClient['updateInitiative']> => (id, patch) =>
  http(`/initiatives/${seg(id)}`, patch, undefined, 'PATCH')

/** A client for the HTTP API of `@coproduce/server`. Sends cookies (`credentials: 'include'`). */
export function createHttpClient({ endpoint, fetch: fetchImpl }: HttpClientOptions): CoproduceClient {
  const http = httpCall(endpoint, fetchImpl)
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
    listMembers: membersCall(http),
    listSessions: sessionsCall(http),
    scheduleSession: scheduleCall(http),
    recordAttendance: attendanceCall(http),
    listPayments: paymentsCall(http),
    recordPayment: payCall(http),
    getInitiative: initiativeCall(http),
    checkDraft: draftCall(http),
    updateInitiative: patchCall(http),
  }
}
