import type { InitiativeSnapshot } from '@coproduce/core'
import type { SnapshotIndex } from '../engine/snapshot-index.js'
import type { LivingWage } from '../types.js'
import { money } from './pay.js'

/**
 * Payments on record to people with lived experience, judged against the living wage per hour.
 * Undefined when no such payment with hours and an amount in the living wage's currency is on record.
 */
export function paidFairlyOnRecord(
  snapshot: InitiativeSnapshot,
  index: SnapshotIndex,
  wage: LivingWage,
): { fair: boolean; why: string; count: number } | undefined {
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
      why: `${low.length} of ${judged.length} payments on record work out below the living wage (as low as ${money(worst, wage.currency)} an hour)`,
    }
  }
  if (unexplained.length)
    return { fair: false, count: unexplained.length, why: `${unexplained.length} payments on record are vouchers with no reason given` }
  return { fair: true, count: judged.length, why: `all ${judged.length} payments on record are at or above the living wage` }
}
