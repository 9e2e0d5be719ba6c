import { CoproduceError } from '../errors/coproduce-error.js'
import { IDEMPOTENCY_KEY_RULE, IdempotencyKeySchema } from '../schemas/idempotency-key.js'

/** The call's idempotency key, checked against the one rule (`IdempotencyKeySchema`); absent stays absent. */
export function parseIdempotencyKey(key: unknown): string | undefined {
  if (key === undefined || key === null) return undefined
  const parsed = IdempotencyKeySchema.safeParse(key)
  if (!parsed.success)
    throw new CoproduceError('validation', 'Some answers need checking', [{ path: ['idempotencyKey'], message: IDEMPOTENCY_KEY_RULE }])
  return parsed.data
}
