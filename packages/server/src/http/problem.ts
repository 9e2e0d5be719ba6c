import type { FieldIssue } from '@coproduce/core'

/** Every `code` a problem can carry: the core's error codes plus the ones only HTTP has. */
export const PROBLEM_CODES = [
  'validation',
  'not-found',
  'conflict',
  'forbidden',
  'consent-required',
  'erased',
  'idempotency-mismatch',
  'unauthorized',
  'payload-too-large',
  'unsupported-media-type',
  'too-many-requests',
  'unavailable',
  'internal',
] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

/** An RFC 9457 problem details body, with Coproduce's `code` and per-field `errors`. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: ProblemCode
  errors: FieldIssue[]
  /** Extension member for `erased`: when the person's information was removed (ISO 8601), so a widget can say so. */
  erasedAt?: string
  /**
   * RFC 9457 extension members from the core error's `details`, by name. `consent-required` from publishing an
   * update carries `feedbackIds`: the feedback whose words need the person's permission first.
   */
  [extension: string]: unknown
}

/** The members every problem has; an error's `details` never overwrite them. */
export const PROBLEM_MEMBERS: ReadonlySet<string> = new Set(['type', 'title', 'status', 'detail', 'code', 'errors'])

export const PROBLEM_TYPE_BASE = 'https://coproduce.dev/problems/'
export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

const defaults: Record<ProblemCode, { status: number; title: string }> = {
  validation: { status: 422, title: 'Some answers need checking' },
  'not-found': { status: 404, title: 'We could not find that' },
  conflict: { status: 409, title: 'This clashes with what is already saved' },
  forbidden: { status: 403, title: 'You cannot do this' },
  'consent-required': { status: 403, title: 'This needs the person’s permission first' },
  erased: { status: 410, title: 'This person’s information was removed' },
  'idempotency-mismatch': { status: 422, title: 'This key was already used to send something different' },
  unauthorized: { status: 401, title: 'Please sign in first' },
  'payload-too-large': { status: 413, title: 'This is too big to send' },
  'unsupported-media-type': { status: 415, title: 'Send this as JSON' },
  'too-many-requests': { status: 429, title: 'Too many tries in a short time' },
  unavailable: { status: 503, title: 'We cannot save or show this just now' },
  internal: { status: 500, title: 'Something went wrong on our side' },
}

export function problem(code: ProblemCode, detail?: string, errors: FieldIssue[] = [], status: number = defaults[code].status): Problem {
  const { title } = defaults[code]
  return { type: PROBLEM_TYPE_BASE + code, title, status, detail: detail ?? title, code, errors }
}

export function problemResponse(body: Problem, headers?: HeadersInit): Response {
  const h = new Headers(headers)
  h.set('content-type', PROBLEM_CONTENT_TYPE)
  return new Response(JSON.stringify(body), { status: body.status, headers: h })
}
