import { CoproduceError } from '@coproduce/core'

export const idempotencyConflict = () =>
  new CoproduceError('conflict', 'This feedback was already sent', [
    { path: ['idempotencyKey'], message: 'This key was already used for other feedback' },
  ])

export const alreadyExists = (what: string) =>
  new CoproduceError('conflict', `This ${what} already exists and cannot be changed`, [
    { path: ['id'], message: 'This record already exists' },
  ])

/** PostgreSQL text (and so jsonb) cannot hold U+0000. Say so as a `validation` error, before the database is asked. */
export const nulCharacter = () =>
  new CoproduceError('validation', 'Some answers need checking', [
    { path: [], message: 'Remove the hidden character (U+0000) from the text' },
  ])

const UNIQUE_VIOLATION = '23505'
/** `insufficient_privilege`: what a row-level security policy answers (migration 8). */
const INSUFFICIENT_PRIVILEGE = '42501'

/**
 * Turn what the database refused into the error the port promises: a unique-key clash (a race the store's own
 * checks could not see) into a `conflict`, a value it cannot store (SQLSTATE class 22) into a `validation`.
 */
export function asStoreError(error: unknown): unknown {
  const e = error as { code?: unknown; constraint?: unknown } | null
  if (typeof e?.code === 'string' && e.code.startsWith('22'))
    return new CoproduceError('validation', 'Some answers need checking', [
      { path: [], message: 'The database cannot store one of these values' },
    ])
  // A write the row-level security policy refused. Through the service this can only be an id that another
  // organisation's record has (the core refuses every other cross-organisation write before the database sees it,
  // and cannot see that record to say so itself): ids are shared, so the id is taken.
  if (e?.code === INSUFFICIENT_PRIVILEGE && error instanceof Error && /row-level security/.test(error.message))
    return new CoproduceError('conflict', 'This id is taken', [{ path: ['id'], message: 'This id is taken' }])
  if (e?.code !== UNIQUE_VIOLATION) return error
  if (typeof e.constraint === 'string' && e.constraint.includes('idempotency')) return idempotencyConflict()
  return new CoproduceError('conflict', 'This change clashes with what is stored')
}
