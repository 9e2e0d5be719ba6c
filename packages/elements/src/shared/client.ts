import type {
  ConsentDecisionRequest,
  ConsentPurpose,
  ConsentReceipt,
  ConsentRecord,
  Feedback,
  FeedbackSubmission,
  MemberConsents,
  PublicUpdate,
  Report,
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
}

/** One problem with one answer, as the server reports it. */
export interface ClientFieldError {
  path: (string | number)[]
  message: string
}

/** The server answered with an RFC 9457 problem (`application/problem+json`). */
export class ClientError extends Error {
  override readonly name = 'ClientError'
  readonly status: number
  readonly code: string
  readonly detail: string
  readonly errors: ClientFieldError[]

  constructor(status: number, code: string, detail: string, errors: ClientFieldError[] = []) {
    super(detail)
    this.status = status
    this.code = code
    this.detail = detail
    this.errors = errors
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

const toFieldErrors = (value: unknown): ClientFieldError[] =>
  Array.isArray(value)
    ? value
        .filter((e): e is { path?: unknown; message?: unknown } => typeof e === 'object' && e !== null)
        .map((e) => ({
          path: Array.isArray(e.path) ? e.path.filter((p) => typeof p === 'string' || typeof p === 'number') : [],
          message: typeof e.message === 'string' ? e.message : '',
        }))
    : []

async function toClientError(response: Response): Promise<ClientError> {
  let body: Record<string, unknown> = {}
  try {
    const parsed: unknown = await response.json()
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>
  } catch {
    // Not JSON: keep the status alone.
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '')
  return new ClientError(
    response.status,
    str(body.code) || `http-${response.status}`,
    str(body.detail) || str(body.title) || response.statusText,
    toFieldErrors(body.errors),
  )
}

/** A client for the HTTP API of `@coproduce/server`. Sends cookies (`credentials: 'include'`). */
export function createHttpClient({ endpoint, fetch: fetchImpl }: HttpClientOptions): CoproduceClient {
  const base = endpoint.replace(/\/+$/, '')
  const doFetch = fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init))

  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response
    try {
      response = await doFetch(`${base}${path}`, {
        credentials: 'include',
        ...init,
        headers: { accept: 'application/json, application/problem+json', ...init.headers },
      })
    } catch (cause) {
      throw new OfflineError({ cause })
    }
    if (!response.ok) throw await toClientError(response)
    if (response.status === 204) return undefined as T
    return (await response.json()) as T
  }

  const post = <T>(path: string, body: unknown, headers: Record<string, string> = {}) =>
    call<T>(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

  return {
    getConsentPurposes: () => call('/consent-purposes'),
    getUpdates: (initiativeId) => call(`/initiatives/${seg(initiativeId)}/updates`),
    submitFeedback: (initiativeId, input, idempotencyKey) =>
      post(`/initiatives/${seg(initiativeId)}/feedback`, input, { 'idempotency-key': idempotencyKey }),
    getConsents: (memberId) => call(`/members/${seg(memberId)}/consents`),
    decideConsent: (memberId, request) => post(`/members/${seg(memberId)}/consents`, request),
    getReceipt: (memberId) => call(`/members/${seg(memberId)}/consents/receipt`),
    getReport: (initiativeId, preset) =>
      call(`/initiatives/${seg(initiativeId)}/report${preset ? `?preset=${seg(preset)}` : ''}`),
  }
}
