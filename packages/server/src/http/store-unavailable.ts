/** Error codes of PostgreSQL and Node that mean "the database cannot be reached just now", not "this request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300'])
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'])
/** What node-postgres says, without a code, when a connection ends or never opens in time. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection closed/i

/** Seconds a client is asked to wait before trying again when the store is unavailable. */
export const STORE_RETRY_AFTER_SECONDS = 5

function isUnavailableOne(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || UNAVAILABLE_NODE_CODES.has(code)))
    return true
  const message = (error as { message?: unknown }).message
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)
}

/**
 * True when an error means the store is out of reach (connection refused or ended, server shutting down or
 * starting up). Looks through `cause` and `AggregateError.errors`, as drivers wrap them.
 */
export function isStoreUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false
  if (isUnavailableOne(error)) return true
  const { cause, errors } = error as { cause?: unknown; errors?: unknown }
  if (Array.isArray(errors) && errors.some((e) => isStoreUnavailable(e, depth + 1))) return true
  return isStoreUnavailable(cause, depth + 1)
}
