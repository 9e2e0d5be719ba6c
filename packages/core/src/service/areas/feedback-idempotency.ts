import { CoproduceError } from '../../errors/coproduce-error.js'
import type { Feedback } from '../../schemas/feedback.js'
import type { Actor } from '../actor.js'
import { sha256Hex } from '../fingerprint.js'

/**
 * Whose key an idempotency key is. A named sender's key is theirs (by actor id); an anonymous sender's key
 * belongs to their device key, or, without one, to "anyone anonymous". Stored only as a SHA-256, so anonymous
 * feedback keeps nothing that points to a person.
 */
export function idempotencyScope(actor: Actor | null, anonymous: boolean, anonymousKey: string | undefined): Promise<string> {
  return sha256Hex(!anonymous && actor ? `actor:${actor.id}` : `anonymous:${anonymousKey ?? ''}`)
}

/** What a replay answers: only what the caller had from the first answer (ids, kind, time, their key), never words. */
export function replayOf(feedback: Feedback): Feedback {
  const replay: Feedback = {
    id: feedback.id,
    initiativeId: feedback.initiativeId,
    kind: feedback.kind,
    anonymous: feedback.anonymous,
    createdAt: feedback.createdAt,
  }
  if (feedback.memberId !== undefined) replay.memberId = feedback.memberId
  if (feedback.idempotencyKey !== undefined) replay.idempotencyKey = feedback.idempotencyKey
  return replay
}

/**
 * Feedback as the service hands it out: without the hash of whose key it was or of the request. Both stay in the
 * store for replays; handed out, the caller hash would let staff see which anonymous sends came from one device.
 */
export function withoutKeyHashes(feedback: Feedback): Feedback {
  const { idempotencyScope: _s, idempotencyFingerprint: _f, ...rest } = feedback
  return rest
}

/** The stored feedback minus its key, once the key has expired, so the key can be used again. */
export function withoutKey(feedback: Feedback): Feedback {
  const { idempotencyKey: _k, idempotencyScope: _s, idempotencyFingerprint: _f, ...rest } = feedback
  return rest
}

const keyProblem = (code: 'conflict' | 'idempotency-mismatch', message: string) =>
  new CoproduceError(code, message, [{ path: ['idempotencyKey'], message }])

/** Someone else's key, or one still in use by a send that has not finished: `conflict`. */
export const keyInUse = (): CoproduceError =>
  keyProblem('conflict', 'This key is in use by another send. Wait a moment, then try again with the same key')

/**
 * What to do with feedback already stored under the same key: `replay` it, treat the key as `expired`, or throw
 * (`conflict` for another caller's key, `idempotency-mismatch` for the same key with a different request).
 */
export function judgeStoredKey(
  first: Feedback,
  request: { scope: string; fingerprint: string; now: Date; lifetimeMs: number },
): 'replay' | 'expired' {
  if (Date.parse(first.createdAt) + request.lifetimeMs <= request.now.getTime()) return 'expired'
  if (first.idempotencyScope !== request.scope) throw keyProblem('conflict', 'This key was already used')
  if (first.idempotencyFingerprint !== undefined && first.idempotencyFingerprint !== request.fingerprint)
    throw keyProblem('idempotency-mismatch', 'This key was already used to send something different. Use a new key for new feedback')
  return 'replay'
}
