import { CoproduceError } from '../errors/coproduce-error.js'
import type { ConsentDecision, ConsentRecord, ConsentStatus } from '../schemas/consent.js'

/** A purpose's state for one subject: a stored status, `expired` when a given consent ran out, or `none`. */
export type ConsentState = ConsentStatus | 'none'

const time = (iso: string): number => Date.parse(iso)

/**
 * The latest record for one purpose, or undefined. Records are compared by `at`; when two share the same
 * moment, the one later in the list wins (lists come oldest first, in the order they were recorded).
 */
export function latestRecord(records: readonly ConsentRecord[], purposeId: string): ConsentRecord | undefined {
  let latest: ConsentRecord | undefined
  for (const record of records) {
    if (record.purposeId !== purposeId) continue
    if (!latest || time(record.at) >= time(latest.at)) latest = record
  }
  return latest
}

/** Why a `given` record no longer counts: its end date passed, or the purpose's words changed since. */
export type ExpiryReason = 'ran-out' | 'new-wording'

/**
 * Why a `given` record is `expired` at `now`, or undefined when it is not. `purposeVersion` is the purpose's
 * current version: a yes given to an older version of the words does not count for the new words.
 */
export function expiryOf(record: ConsentRecord | undefined, now: Date, purposeVersion?: number): ExpiryReason | undefined {
  if (record?.status !== 'given') return undefined
  if (purposeVersion !== undefined && record.purposeVersion < purposeVersion) return 'new-wording'
  if (record.expiresAt !== undefined && time(record.expiresAt) <= now.getTime()) return 'ran-out'
  return undefined
}

/**
 * The state a record stands for at `now`: a `given` record whose `expiresAt` has passed, or that was given to an
 * older version of the purpose than `purposeVersion`, is `expired`. Expired never authorises anything.
 */
export function stateOf(record: ConsentRecord | undefined, now: Date, purposeVersion?: number): ConsentState {
  if (!record) return 'none'
  if (expiryOf(record, now, purposeVersion)) return 'expired'
  return record.status
}

/**
 * Current consent is the latest record per (subject, purpose). Pass the records of one subject, and the purpose's
 * current version so that a yes to older words counts as `expired`.
 */
export function currentState(records: readonly ConsentRecord[], purposeId: string, now: Date, purposeVersion?: number): ConsentState {
  return stateOf(latestRecord(records, purposeId), now, purposeVersion)
}

/** True only while the subject's latest decision for the purpose is `given`, has not run out, and was given to the current words. */
export function isGiven(records: readonly ConsentRecord[], purposeId: string, now: Date, purposeVersion?: number): boolean {
  return currentState(records, purposeId, now, purposeVersion) === 'given'
}

/** Group records by subject, keeping their order. */
export function bySubject(records: readonly ConsentRecord[]): Map<string, ConsentRecord[]> {
  const map = new Map<string, ConsentRecord[]>()
  for (const record of records) {
    const list = map.get(record.subject)
    if (list) list.push(record)
    else map.set(record.subject, [record])
  }
  return map
}

/**
 * Which decisions can be made from which state.
 * - Nothing decided, refused, withdrawn or expired: the person can give or refuse.
 * - Given: the person can give again (for example to a new version, or to renew it) or withdraw.
 *   Refusing something already given is a withdrawal, so it must be asked for as one.
 */
export const ALLOWED_DECISIONS: Readonly<Record<ConsentState, readonly ConsentDecision[]>> = {
  none: ['give', 'refuse'],
  given: ['give', 'withdraw'],
  refused: ['give', 'refuse'],
  withdrawn: ['give', 'refuse'],
  expired: ['give', 'refuse'],
}

export const canDecide = (state: ConsentState, decision: ConsentDecision): boolean => ALLOWED_DECISIONS[state].includes(decision)

/** The status a decision records. */
export const STATUS_OF_DECISION: Readonly<Record<ConsentDecision, ConsentStatus>> = {
  give: 'given',
  refuse: 'refused',
  withdraw: 'withdrawn',
}

/** Throw `conflict` when the decision is not allowed from the state. */
export function assertCanDecide(state: ConsentState, decision: ConsentDecision): void {
  if (canDecide(state, decision)) return
  const message =
    decision === 'withdraw' ? 'There is nothing to withdraw: this was not given.' : 'This was given. To take it back, withdraw it.'
  throw new CoproduceError('conflict', message, [{ path: ['decision'], message }])
}
