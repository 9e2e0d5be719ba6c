import type { ConsentRecord } from '../../schemas/consent.js'
import type { Decision } from '../../schemas/decision.js'
import type { Feedback } from '../../schemas/feedback.js'
import type { Member } from '../../schemas/member.js'
import type { Payment } from '../../schemas/payment.js'
import { parseId, requireSelfOrStaff } from '../access.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { lockMember } from './members.js'

/** What an erased member is called from then on. */
export const ERASED_NAME = 'Former member'

/** The member without personal data: no name, contact, notes, needs, preferences or host id. */
export function erasedMember(member: Member, at: string): Member {
  const erased: Member = {
    id: member.id,
    initiativeId: member.initiativeId,
    displayName: ERASED_NAME,
    roles: member.roles,
    joinedAt: member.joinedAt,
    erasedAt: at,
  }
  if (member.leftAt !== undefined) erased.leftAt = member.leftAt
  return erased
}

/**
 * Feedback without words, files, where it was given, its key or the person: the kind, rating and date stay so
 * counts still add up.
 */
export function erasedFeedback(feedback: Feedback, at: string): Feedback {
  const kept: Feedback = {
    id: feedback.id,
    initiativeId: feedback.initiativeId,
    kind: feedback.kind,
    anonymous: true,
    createdAt: feedback.createdAt,
    removedAt: at,
  }
  if (feedback.rating !== undefined) kept.rating = feedback.rating
  return kept
}

/** What an erased consent record says it showed: which purpose, which version. The words are in the purpose. */
export const neutralNoticeText = (record: Pick<ConsentRecord, 'purposeId' | 'purposeVersion'>): string =>
  `purpose ${record.purposeId} version ${record.purposeVersion}`

/** The one-word kinds of voucher reason an erased payment keeps. */
export const VOUCHER_REASON_CATEGORIES = ['benefits', 'other'] as const

/** A voucher reason as one category word: `benefits` when it speaks of benefits, else `other`. Never the words. */
export function voucherReasonCategory(reason: string): (typeof VOUCHER_REASON_CATEGORIES)[number] {
  return /benefit|universal credit|\bpip\b|\besa\b|allowance/i.test(reason) ? 'benefits' : 'other'
}

/** The payment with its voucher reason cut down to a category; unchanged when there is nothing to cut. */
export function erasedPayment(payment: Payment): Payment | undefined {
  const reason = payment.voucherReason
  if (reason === undefined || (VOUCHER_REASON_CATEGORIES as readonly string[]).includes(reason)) return undefined
  return { ...payment, voucherReason: voucherReasonCategory(reason) }
}

/**
 * A decision without the person's own words: their view keeps which option they chose (so counts still add up)
 * but not what they wrote, and the options they proposed no longer say who proposed them. Unchanged: undefined.
 */
export function erasedDecision(decision: Decision, memberId: string): Decision | undefined {
  const touched =
    decision.views.some((v) => v.memberId === memberId && v.text !== undefined) || decision.options.some((o) => o.proposedBy === memberId)
  if (!touched) return undefined
  return {
    ...decision,
    views: decision.views.map((v) => {
      if (v.memberId !== memberId || v.text === undefined) return v
      const { text: _words, ...kept } = v
      return kept
    }),
    options: decision.options.map((o) => {
      if (o.proposedBy !== memberId) return o
      const { proposedBy: _who, ...kept } = o
      return kept
    }),
  }
}

/**
 * Erasure holds the member's row lock for the whole transaction, and every write as or about a member takes
 * the same lock first. So a write either commits before erasure (and is erased with the rest) or runs after it
 * and fails with `erased`. Running it again is safe: it sweeps up anything still found and says nothing new.
 */
export function erasureArea(s: ServiceContext): Coproduction['erase'] {
  return async (memberId, ctx) => {
    const id = parseId(memberId, 'memberId')
    requireSelfOrStaff(await s.actorOf(ctx), id)
    await s.run(ctx, async (tx, emit) => {
      const member = await lockMember(tx, id)
      const erasedAt = member.erasedAt ?? s.now()
      const feedback = await tx.feedback.listByMember(id)
      for (const item of feedback) await tx.feedback.put(erasedFeedback(item, erasedAt))
      // Choices made with one piece of feedback have that feedback as their subject: their words go too.
      const subjects = [id, ...feedback.map((f) => f.id)]
      for (const record of await tx.consents.listBySubjects(subjects)) {
        const reference = neutralNoticeText(record)
        // The consent history stays: the organisation must be able to show what was agreed, and when.
        if (record.noticeText !== reference) await tx.consents.eraseNoticeText(record.id, reference)
      }
      for (const payment of await tx.payments.listByMember(id)) {
        const cut = erasedPayment(payment)
        if (cut) await tx.payments.put(cut)
      }
      for (const decision of await tx.decisions.listByInitiative(member.initiativeId)) {
        const cut = erasedDecision(decision, id)
        if (cut) await tx.decisions.put(cut)
      }
      await tx.members.put(erasedMember(member, erasedAt))
      if (!member.erasedAt) await emit('member.erased', { memberId: id }, member.initiativeId)
    })
  }
}
