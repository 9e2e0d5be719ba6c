import type { InitiativeSnapshot } from '@coproduce/core'
import type { LivingWage } from '../types.js'

type PaymentPolicy = NonNullable<InitiativeSnapshot['initiative']['paymentPolicy']>

export interface Problem {
  path: string
  message: string
  /** The same in a few words, to use inside a sentence. */
  short?: string
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
    unknowns.push({ path: POLICY, message: 'The plan does not say how people will be paid for their time.' })
    return { verdict: 'unknown', problems, unknowns }
  }
  if (policy.method === 'none') {
    problems.push({ path: `${POLICY}.method`, message: 'No one is paid for their time.', short: 'no one is paid for their time' })
    return { verdict: 'unfair', problems, unknowns }
  }
  if (policy.method === 'voucher' && !policy.voucherReason)
    problems.push({
      path: `${POLICY}.voucherReason`,
      message: 'People are paid in vouchers, and the plan does not say why not cash.',
      short: 'people get vouchers with no reason given',
    })
  const currency = policy.currency ?? livingWage.currency
  if (policy.hourlyRate === undefined)
    unknowns.push({ path: `${POLICY}.hourlyRate`, message: 'The plan does not say how much people are paid an hour.' })
  else if (currency !== livingWage.currency)
    unknowns.push({
      path: `${POLICY}.currency`,
      message: `Pay is in ${currency} but the living wage is set in ${livingWage.currency}, so they cannot be compared.`,
    })
  else if (policy.hourlyRate < livingWage.hourlyRate)
    problems.push({
      path: `${POLICY}.hourlyRate`,
      message: `${money(policy.hourlyRate, currency)} an hour is below the living wage of ${money(livingWage.hourlyRate, currency)}.`,
      short: `pay is ${money(policy.hourlyRate, currency)} an hour, below the living wage`,
    })
  return { verdict: problems.length ? 'unfair' : unknowns.length ? 'unknown' : 'fair', problems, unknowns }
}
