import type { Feedback } from '../../schemas/feedback.js'
import type { Member } from '../../schemas/member.js'
import { parseId, requireSelfOrStaff } from '../access.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { getMember } from './members.js'

/** What an erased member is called from then on. */
export const ERASED_NAME = 'Former member'

/** The member without personal data: no name, contact, notes, needs, preferences or host id. */
export function erasedMember(member: Member, at: string): Member {
  const erased: Member = { id: member.id, initiativeId: member.initiativeId, displayName: ERASED_NAME, roles: member.roles, joinedAt: member.joinedAt, erasedAt: at }
  if (member.leftAt !== undefined) erased.leftAt = member.leftAt
  return erased
}

/** Feedback without words, files or the person: the kind, rating and date stay so counts still add up. */
export function erasedFeedback(feedback: Feedback): Feedback {
  const kept: Feedback = { id: feedback.id, initiativeId: feedback.initiativeId, kind: feedback.kind, anonymous: true, createdAt: feedback.createdAt }
  if (feedback.rating !== undefined) kept.rating = feedback.rating
  if (feedback.context !== undefined) kept.context = feedback.context
  if (feedback.idempotencyKey !== undefined) kept.idempotencyKey = feedback.idempotencyKey
  return kept
}

export function erasureArea(s: ServiceContext): Coproduction['erase'] {
  return async (memberId, ctx) => {
    const id = parseId(memberId, 'memberId')
    requireSelfOrStaff(await s.actorOf(ctx), id)
    await s.run(async (tx, emit) => {
      const member = await getMember(tx, id)
      if (member.erasedAt) return
      for (const feedback of await tx.feedback.listByMember(id)) await tx.feedback.put(erasedFeedback(feedback))
      await tx.members.put(erasedMember(member, s.now()))
      // Consent records stay: the organisation must be able to show what was agreed, and when.
      await emit('member.erased', { memberId: id }, member.initiativeId)
    })
  }
}
