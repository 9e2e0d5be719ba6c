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
  // One pass over the payments: those judged, those below the living wage (and the lowest rate), vouchers unexplained.
  let judged = 0
  let low = 0
  let worst = Number.POSITIVE_INFINITY
  let unexplained = 0
  for (const p of snapshot.payments) {
    if (!p.memberId || !index.livedExperienceIds.has(p.memberId) || !p.hours || p.amount === undefined) continue
    if ((p.currency ?? wage.currency) !== wage.currency) continue
    judged++
    const rate = p.amount / p.hours
    if (rate < wage.hourlyRate - 0.005) {
      low++
      if (rate < worst) worst = rate
    }
    if (p.method === 'voucher' && !p.voucherReason) unexplained++
  }
  if (!judged) return undefined
  if (low) {
    return {
      fair: false,
      count: low,
      why: `${low} of ${judged} payments on record work out below the living wage (as low as ${money(worst, wage.currency)} an hour)`,
    }
  }
  if (unexplained) return { fair: false, count: unexplained, why: `${unexplained} payments on record are vouchers with no reason given` }
  return { fair: true, count: judged, why: `all ${judged} payments on record are at or above the living wage` }
}
