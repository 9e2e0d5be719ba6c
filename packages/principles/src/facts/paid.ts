import type { InitiativeSnapshot } from '@coproduce/core'
import type { SnapshotIndex } from '../engine/snapshot-index.js'
import type { LivingWage } from '../types.js'
import { money } from './pay.js'
import { phrase } from '../messages/common.js'
import type { MessageRef } from '../messages/types.js'

/**
 * Payments on record to people with lived experience, judged against the living wage per hour.
 * Undefined when no such payment with hours and an amount in the living wage's currency is on record.
 */
export function paidFairlyOnRecord(
  snapshot: InitiativeSnapshot,
  index: SnapshotIndex,
  wage: LivingWage,
): { fair: boolean; why: MessageRef; count: number } | undefined {
  const judged = snapshot.payments.filter(
    (p) =>
      p.memberId &&
      index.livedExperienceIds.has(p.memberId) &&
      p.hours &&
      p.amount !== undefined &&
      (p.currency ?? wage.currency) === wage.currency,
  )
  if (!judged.length) return undefined
  const low = judged.filter((p) => (p.amount ?? 0) / (p.hours ?? 1) < wage.hourlyRate - 0.005)
  const unexplained = judged.filter((p) => p.method === 'voucher' && !p.voucherReason)
  if (low.length) {
    const worst = Math.min(...low.map((p) => (p.amount ?? 0) / (p.hours ?? 1)))
    return {
      fair: false,
      count: low.length,
      why: phrase('common/paid-below', { low: low.length, all: judged.length, rate: money(worst, wage.currency) }),
    }
  }
  if (unexplained.length)
    return { fair: false, count: unexplained.length, why: phrase('common/paid-vouchers', { count: unexplained.length }) }
  return { fair: true, count: judged.length, why: phrase('common/paid-fair', { count: judged.length }) }
}
