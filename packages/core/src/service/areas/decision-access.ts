import { CoproduceError } from '../../errors/coproduce-error.js'
import type { Decision } from '../../schemas/decision.js'
import type { Member } from '../../schemas/member.js'
import type { StoreTx } from '../../store/store-port.js'
import { notFound } from '../access.js'
import { parseIdempotencyKey } from '../idempotency-key.js'
import { isStaff, type Actor } from '../actor.js'

export const forbidden = (message: string): CoproduceError => new CoproduceError('forbidden', message)

export async function getDecision(tx: StoreTx, id: string, path: (string | number)[] = ['id']): Promise<Decision> {
  const decision = await tx.decisions.get(id)
  if (!decision) throw notFound('decision', path)
  return decision
}

/** Someone signed in: anonymous callers cannot take part in a decision. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw forbidden('Please sign in to take part')
  return actor
}

/** A member still taking part: in this initiative, not left, not erased. */
export const isCurrentMember = (member: Member | undefined, initiativeId: string): member is Member =>
  !!member && member.initiativeId === initiativeId && !member.leftAt && !member.erasedAt

/** Staff, or a member taking part in this initiative. Returns the member when the actor is one. */
export async function requireTakingPart(tx: StoreTx, initiativeId: string, actor: Actor): Promise<Member | undefined> {
  const member = await tx.members.get(actor.id)
  if (isCurrentMember(member, initiativeId)) return member
  if (isStaff(actor)) return undefined
  throw forbidden('Only people taking part in this group can do this')
}

/** The member the answer is for: themself, or staff recording it for them. They must still be taking part. */
export async function requireMemberFor(tx: StoreTx, initiativeId: string, memberId: string, actor: Actor): Promise<Member> {
  if (actor.id !== memberId && !isStaff(actor)) throw forbidden('You can only give your own view')
  const member = await tx.members.get(memberId)
  if (!member || member.initiativeId !== initiativeId) throw notFound('member', ['memberId'])
  if (!isCurrentMember(member, initiativeId))
    throw new CoproduceError('conflict', 'This person is no longer taking part', [{ path: ['memberId'], message: 'No longer taking part' }])
  return member
}

/** An `Idempotency-Key` from the call, checked: 1 to 200 characters. */
/** The call's idempotency key, checked by the one shared rule. */
export const parseKey = parseIdempotencyKey
