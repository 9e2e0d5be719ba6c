import type { InitiativeSnapshot } from '@coproduce/core'
import type { LivingWage } from '../types.js'
import { phrase } from '../messages/common.js'
import type { MessageData, MessageRef } from '../messages/types.js'

type PaymentPolicy = NonNullable<InitiativeSnapshot['initiative']['paymentPolicy']>

export interface Problem {
  path: string
  /** The id of the message in `fair-payment`'s `meta.messages`, and its data. */
  messageId: string
  data?: MessageData
  /** The same in a few words, to use inside a sentence (a `common/pay-…` phrase). */
  short?: MessageRef
}

/** Is the pay fair? `unknown` when the plan does not say enough. */
export interface PayVerdict {
  verdict: 'fair' | 'unfair' | 'unknown'
  problems: Problem[]
  unknowns: Problem[]
}

const SYMBOLS: Record<string, string> = { GBP: '£', EUR: '€', USD: '$', AUD: 'A$', CAD: 'C$', NZD: 'NZ$', IEP: '£' }

/** Money in plain words, e.g. `£13.45`, or `13.45 SEK` for a currency without a symbol here. */
export function money(amount: number, currency: string): string {
  const symbol = SYMBOLS[currency]
  const fixed = amount.toFixed(2)
  return symbol ? `${symbol}${fixed}` : `${fixed} ${currency}`
}

const POLICY = 'initiative.paymentPolicy'

/**
 * Judges the pay policy's method and rate against the living wage.
 * Benefits advice is judged by the `fair-payment` rule itself.
 */
export function assessPayPolicy(policy: PaymentPolicy | undefined, livingWage: LivingWage): PayVerdict {
  const problems: Problem[] = []
  const unknowns: Problem[] = []
  if (!policy) {
    unknowns.push({ path: POLICY, messageId: 'no-policy' })
    return { verdict: 'unknown', problems, unknowns }
  }
  if (policy.method === 'none') {
    problems.push({ path: `${POLICY}.method`, messageId: 'no-pay', short: phrase('common/pay-none') })
    return { verdict: 'unfair', problems, unknowns }
  }
  if (policy.method === 'voucher' && !policy.voucherReason)
    problems.push({
      path: `${POLICY}.voucherReason`,
      messageId: 'voucher-no-reason',
      short: phrase('common/pay-voucher'),
    })
  const currency = policy.currency ?? livingWage.currency
  if (policy.hourlyRate === undefined) unknowns.push({ path: `${POLICY}.hourlyRate`, messageId: 'no-rate' })
  else if (currency !== livingWage.currency)
    unknowns.push({
      path: `${POLICY}.currency`,
      messageId: 'other-currency',
      data: { currency, wageCurrency: livingWage.currency },
    })
  else if (policy.hourlyRate < livingWage.hourlyRate)
    problems.push({
      path: `${POLICY}.hourlyRate`,
      messageId: 'below-wage',
      data: { rate: money(policy.hourlyRate, currency), wage: money(livingWage.hourlyRate, currency) },
      short: phrase('common/pay-below', { rate: money(policy.hourlyRate, currency) }),
    })
  return { verdict: problems.length ? 'unfair' : unknowns.length ? 'unknown' : 'fair', problems, unknowns }
}
