import { z } from 'zod'

/** What a good `Idempotency-Key` looks like, in words for the person or developer who sent a bad one. */
export const IDEMPOTENCY_KEY_RULE = 'Use a key of 1 to 200 letters, digits or symbols with no spaces, such as a random UUID'

/**
 * The one rule for an `Idempotency-Key`, shared by the service and the HTTP server: 1 to 200 visible ASCII
 * characters (no spaces, no control characters, nothing outside ASCII), so it travels unchanged in an HTTP header.
 */
export const IdempotencyKeySchema = z
  .string()
  .min(1, IDEMPOTENCY_KEY_RULE)
  .max(200, IDEMPOTENCY_KEY_RULE)
  .regex(/^[\x21-\x7e]+$/, IDEMPOTENCY_KEY_RULE)
  .describe('A key the client makes once per request it may retry (a UUID): 1 to 200 visible ASCII characters')
