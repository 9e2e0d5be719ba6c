import type { z } from 'zod'

/** The stable error codes. Hosts and the HTTP server switch on these, never on messages. */
export const ERROR_CODES = [
  'validation',
  'not-found',
  'conflict',
  'forbidden',
  'consent-required',
  /** The person was erased: nothing more can be done as them or about them. `details.erasedAt` says when. */
  'erased',
  /** An idempotency key sent again with a different request. */
  'idempotency-mismatch',
] as const
export type CoproduceErrorCode = (typeof ERROR_CODES)[number]

/** One problem with one field. `path` is the field's place in the input, e.g. `['scope', 'negotiable', 0]`. */
export interface FieldIssue {
  path: (string | number)[]
  message: string
}

/** Every failure the service reports on purpose. A failed call changes nothing. */
export class CoproduceError extends Error {
  override readonly name = 'CoproduceError'
  readonly code: CoproduceErrorCode
  readonly issues: FieldIssue[]
  /**
   * Extra facts a caller can act on, by name (optional). `consent-required` from publishing an update carries
   * `{ feedbackIds: string[] }`: the feedback whose words need the person's permission first. The HTTP server
   * adds each one to the problem body as an extension member.
   */
  readonly details?: Readonly<Record<string, unknown>>

  constructor(code: CoproduceErrorCode, message: string, issues: FieldIssue[] = [], details?: Record<string, unknown>) {
    super(message)
    this.code = code
    this.issues = issues
    if (details !== undefined) this.details = details
  }

  toJSON(): { code: CoproduceErrorCode; message: string; issues: FieldIssue[]; details?: Readonly<Record<string, unknown>> } {
    const json: { code: CoproduceErrorCode; message: string; issues: FieldIssue[]; details?: Readonly<Record<string, unknown>> } = {
      code: this.code,
      message: this.message,
      issues: this.issues,
    }
    if (this.details !== undefined) json.details = this.details
    return json
  }

  static fromZod(error: z.core.$ZodError, prefix: (string | number)[] = []): CoproduceError {
    const issues = error.issues.map((issue) => ({
      path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: issue.message,
    }))
    return new CoproduceError('validation', 'Some answers need checking', issues)
  }
}

export const isCoproduceError = (value: unknown): value is CoproduceError =>
  value instanceof CoproduceError ||
  (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'CoproduceError')

/** Parse `input` with `schema`, or throw a `validation` CoproduceError with one issue per field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input)
  if (!result.success) throw CoproduceError.fromZod(result.error)
  return result.data
}
