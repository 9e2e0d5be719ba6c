import { CoproduceError } from '@coproduce/core'
import { z } from 'zod'
import type { RouteContext, RouteSpec } from './route-spec.js'

export const IdempotencyKeySchema = z.string().trim().min(1).max(200)

/** The `Idempotency-Key` header, checked: 1 to 200 characters. */
export function idempotencyKeyOf(rc: RouteContext): string | undefined {
  const raw = rc.header('idempotency-key')
  if (raw === undefined) return undefined
  const parsed = IdempotencyKeySchema.safeParse(raw)
  if (!parsed.success)
    throw new CoproduceError('validation', 'Some answers need checking', [
      { path: ['Idempotency-Key'], message: 'Use a key of 1 to 200 characters, such as a random UUID' },
    ])
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
