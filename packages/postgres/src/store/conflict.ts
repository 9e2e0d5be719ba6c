import { CoproduceError } from '@coproduce/core'

export const idempotencyConflict = () =>
  new CoproduceError('conflict', 'This feedback was already sent', [
    { path: ['idempotencyKey'], message: 'This key was already used for other feedback' },
  ])

export const alreadyExists = (what: string) =>
  new CoproduceError('conflict', `This ${what} already exists and cannot be changed`, [{ path: ['id'], message: 'This record already exists' }])

const UNIQUE_VIOLATION = '23505'

/** Turn a unique-key clash the database reported (a race the store's own checks could not see) into a `conflict`. */
export function asStoreError(error: unknown): unknown {
  const e = error as { code?: unknown; constraint?: unknown } | null
  if (e?.code !== UNIQUE_VIOLATION) return error
  if (typeof e.constraint === 'string' && e.constraint.includes('idempotency')) return idempotencyConflict()
  return new CoproduceError('conflict', 'This change clashes with what is stored')
}
