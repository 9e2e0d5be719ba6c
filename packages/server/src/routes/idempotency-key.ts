import { CoproduceError, IDEMPOTENCY_KEY_RULE, IdempotencyKeySchema } from '@coproduce/core'
import type { RouteContext, RouteSpec } from './route-spec.js'

// The rule itself is core's, so the service and the header agree on which keys are good.
export { IdempotencyKeySchema }

/** The `Idempotency-Key` header, checked against core's rule (`IdempotencyKeySchema`). */
export function idempotencyKeyOf(rc: RouteContext): string | undefined {
  const raw = rc.header('idempotency-key')
  if (raw === undefined) return undefined
  const parsed = IdempotencyKeySchema.safeParse(raw)
  if (!parsed.success)
    throw new CoproduceError('validation', 'Some answers need checking', [{ path: ['Idempotency-Key'], message: IDEMPOTENCY_KEY_RULE }])
  return parsed.data
}

/** How a write that takes an `Idempotency-Key` documents it. */
export const idempotencyHeader = (what: string): NonNullable<RouteSpec['headers']> => [
  {
    name: 'Idempotency-Key',
    schema: IdempotencyKeySchema,
    description: `A key the client makes once per ${what} (a UUID). Sending it again changes nothing and answers with what is stored.`,
  },
]
