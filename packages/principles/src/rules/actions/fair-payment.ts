import { assessPayPolicy, money } from '../../facts/pay.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

export const fairPayment = defineRule({
  meta: {
    id: 'fair-payment',
    principles: ['collaboration-mutuality', 'empowerment-voice-choice', 'trust-transparency'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Mutuality and Impact',
    quote:
      'Value the time and work of lived experience members as you expect yours to be valued. This should ideally be cash payment at the living wage but if vouchers have to be used instead (especially if cash would affect benefit payments) communicate the reasons for this.',
    docs: docsFor('fair-payment'),
    description:
      'Checks that people are paid for their time in cash at no less than the living wage (£13.45 an hour by default), that vouchers come with a stated reason, and that benefits advice is offered.',
    guidance:
      "Pay people with lived experience for their time, in cash, at the living wage or more, as you are paid for yours. If you must use vouchers, for example to protect someone's benefits, say why, and let people choose. Offer advice on how payment affects benefits before anyone is paid.",
    path: 'initiative.paymentPolicy',
    messages: {
      'no-policy': 'The plan does not say how people will be paid for their time.',
      'no-pay': 'No one is paid for their time.',
      'voucher-no-reason': 'People are paid in vouchers, and the plan does not say why not cash.',
      'no-rate': 'The plan does not say how much people are paid an hour.',
      'other-currency': 'Pay is in {currency} but the living wage is set in {wageCurrency}, so they cannot be compared.',
      'below-wage': '{rate} an hour is below the living wage of {wage}.',
      'no-benefits-advice': 'No advice is offered on how payment affects benefits.',
      'benefits-advice-unsaid': 'The plan does not say if benefits advice is offered.',
      'fair-vouchers': 'Vouchers at {rate} an hour, with the reason said.',
      fair: 'People are paid {rate} an hour, at or above the living wage.',
      'vouchers-unexplained': '{count} of {all} payments were made in vouchers without a reason.',
      underpaid: '{count} of {all} payments were below the living wage of {wage} an hour (the lowest was {lowest}).',
      'paid-well': '{count} payments were at or above the living wage.',
    },
    examples: {
      pass: plan({ initiative: { paymentPolicy: { method: 'cash', hourlyRate: 15, currency: 'GBP', benefitsAdviceOffered: true } } }),
      fail: plan({ initiative: { paymentPolicy: { method: 'voucher', hourlyRate: 10, currency: 'GBP', benefitsAdviceOffered: false } } }),
    },
  },
  check(snapshot, ctx) {
    const policy = snapshot.initiative.paymentPolicy
    const verdict = assessPayPolicy(policy, ctx.livingWage)
    const results: RuleResult[] = verdict.problems.map((p) => fail(p.messageId, p.data, p.path))
    if (policy && policy.method !== 'none') {
      if (policy.benefitsAdviceOffered === false) results.push(fail('no-benefits-advice', 'initiative.paymentPolicy.benefitsAdviceOffered'))
      else if (policy.benefitsAdviceOffered === undefined)
        results.push(incomplete('benefits-advice-unsaid', 'initiative.paymentPolicy.benefitsAdviceOffered'))
    }
    results.push(...verdict.unknowns.map((p) => incomplete(p.messageId, p.data, p.path)))
    if (verdict.verdict === 'fair' && policy)
      results.push(
        pass(policy.method === 'voucher' ? 'fair-vouchers' : 'fair', {
          rate: money(policy.hourlyRate ?? 0, policy.currency ?? ctx.livingWage.currency),
        }),
      )

    const unexplained: number[] = []
    const underpaid: { i: number; rate: number }[] = []
    let paidWell = 0
    snapshot.payments.forEach((payment, i) => {
      if (payment.method === 'voucher' && !payment.voucherReason) unexplained.push(i)
      if (payment.amount === undefined || !payment.hours || payment.currency !== ctx.livingWage.currency) return
      const rate = payment.amount / payment.hours
      if (rate + 1e-9 < ctx.livingWage.hourlyRate) underpaid.push({ i, rate })
      else paidWell++
    })
    if (unexplained.length)
      results.push(
        fail(
          'vouchers-unexplained',
          { count: unexplained.length, all: snapshot.payments.length },
          `payments[${unexplained[0]}].voucherReason`,
        ),
      )
    if (underpaid.length) {
      const lowest = Math.min(...underpaid.map((u) => u.rate))
      results.push(
        fail(
          'underpaid',
          {
            count: underpaid.length,
            all: snapshot.payments.length,
            wage: money(ctx.livingWage.hourlyRate, ctx.livingWage.currency),
            lowest: money(lowest, ctx.livingWage.currency),
          },
          `payments[${underpaid[0]?.i}].amount`,
        ),
      )
    }
    if (paidWell && !underpaid.length) results.push(pass('paid-well', { count: paidWell }, 'payments'))
    return results
  },
})
