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
      why: phrase('common/paid-below', { low, all: judged, rate: money(worst, wage.currency) }),
    }
  }
  if (unexplained) return { fair: false, count: unexplained, why: phrase('common/paid-vouchers', { count: unexplained }) }
  return { fair: true, count: judged, why: phrase('common/paid-fair', { count: judged }) }
}
