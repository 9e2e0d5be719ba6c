import { defineMessages } from '../shared/i18n.js'

/**
 * Every string `<cp-payments>` shows, in plain words, after the briefing: "cash payment at the living wage but if
 * vouchers have to be used instead (especially if cash would affect benefit payments) communicate the reasons".
 */
const en = {
  heading: 'Payments',
  loading: 'Loading…',
  error: 'Sorry, we could not load this. Please try again.',
  offline: 'You seem to be offline. Try again when you are back online.',
  retry: 'Try again',
  intro: 'We pay people for their time at the living wage or more: {rate} an hour.',
  record: 'Record a payment',
  member: 'Who you are paying',
  chooseMember: 'Choose a person',
  session: 'Which session (optional)',
  noSession: 'Not for one session',
  hours: 'Hours',
  amount: 'Amount (leave empty to pay the living wage)',
  atWage: '{hours} hours at {rate} an hour is {amount}.',
  below: 'This is less than the living wage. For {hours} hours, pay at least {amount}.',
  method: 'How you pay',
  cash: 'Cash or bank transfer',
  voucher: 'Voucher',
  voucherReason: 'Why a voucher and not cash',
  voucherHint: 'Tell the person why. Vouchers can feel like we do not trust people with money.',
  benefits: 'Payments can affect some people’s benefits. Offer benefits advice before you pay.',
  save: 'Record payment',
  saved: 'Payment recorded: {amount} to {name}.',
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  needMember: 'Choose who you are paying',
  needHours: 'Enter the hours as a number more than 0, for example 3',
  needAmount: 'Enter the amount as a number, for example 40.35',
  needReason: 'Say why a voucher is used instead of cash',
  couldNotSave: 'The payment could not be saved: {detail}',
  totals: 'Totals per person',
  person: 'Person',
  payments: 'Payments',
  total: 'Total',
  none: 'No payments recorded yet.',
  export: 'Download payments for finance (CSV)',
  formerMember: 'Former member',
}

export type PaymentsMessages = { [K in keyof typeof en]: string }

export const paymentsMessages = defineMessages<PaymentsMessages>({
  en,
  cy: () => import('./payments.messages.cy.js'),
  ur: () => import('./payments.messages.ur.js'),
})
