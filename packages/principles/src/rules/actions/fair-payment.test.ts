import { RuleTester } from '../../testing/index.js'
import { fairPayment } from './fair-payment.js'

const good = { method: 'cash' as const, hourlyRate: 13.45, currency: 'GBP', benefitsAdviceOffered: true }

new RuleTester().run(fairPayment, {
  valid: [
    { name: 'cash at the living wage', snapshot: { initiative: { paymentPolicy: good } } },
    {
      name: 'vouchers with a reason',
      snapshot: {
        initiative: { paymentPolicy: { ...good, method: 'voucher', voucherReason: "Cash would affect some people's benefits." } },
      },
    },
    {
      name: 'currency left out means the living wage currency',
      snapshot: { initiative: { paymentPolicy: { method: 'choice', hourlyRate: 14, benefitsAdviceOffered: true } } },
    },
    {
      name: 'payments at the rate',
      snapshot: { initiative: { paymentPolicy: good }, payments: [{ id: 'p', hours: 2, amount: 27, currency: 'GBP', method: 'cash' }] },
    },
    {
      name: 'a living wage set by the host',
      snapshot: { initiative: { paymentPolicy: { ...good, hourlyRate: 12 } } },
      options: { livingWage: { hourlyRate: 12, currency: 'GBP' } },
    },
  ],
  invalid: [
    { name: 'no pay', snapshot: { initiative: { paymentPolicy: { method: 'none' } } }, path: 'initiative.paymentPolicy.method' },
    {
      name: 'below the living wage',
      snapshot: { initiative: { paymentPolicy: { ...good, hourlyRate: 10 } } },
      message: '£10.00 an hour is below the living wage of £13.45',
    },
    {
      name: 'vouchers without a reason',
      snapshot: { initiative: { paymentPolicy: { ...good, method: 'voucher' } } },
      path: 'initiative.paymentPolicy.voucherReason',
    },
    {
      name: 'no benefits advice',
      snapshot: { initiative: { paymentPolicy: { ...good, benefitsAdviceOffered: false } } },
      path: 'initiative.paymentPolicy.benefitsAdviceOffered',
    },
    {
      name: 'a payment below the rate',
      snapshot: { initiative: { paymentPolicy: good }, payments: [{ id: 'p', hours: 3, amount: 20, currency: 'GBP', method: 'cash' }] },
      path: 'payments[0].amount',
    },
    {
      name: 'a voucher payment without a reason',
      snapshot: { payments: [{ id: 'p', hours: 1, amount: 20, currency: 'GBP', method: 'voucher' }] },
      path: 'payments[0].voucherReason',
    },
    {
      name: 'above a lower wage but below a higher one',
      snapshot: { initiative: { paymentPolicy: { ...good, hourlyRate: 14 } } },
      options: { livingWage: { hourlyRate: 14.8, currency: 'GBP' } },
    },
  ],
  incomplete: [
    { name: 'no policy', snapshot: {} },
    {
      name: 'no rate',
      snapshot: { initiative: { paymentPolicy: { method: 'cash', benefitsAdviceOffered: true } } },
      path: 'initiative.paymentPolicy.hourlyRate',
    },
    {
      name: 'another currency',
      snapshot: { initiative: { paymentPolicy: { ...good, currency: 'EUR' } } },
      path: 'initiative.paymentPolicy.currency',
    },
    {
      name: 'benefits advice not said',
      snapshot: { initiative: { paymentPolicy: { method: 'cash', hourlyRate: 15 } } },
      path: 'initiative.paymentPolicy.benefitsAdviceOffered',
    },
  ],
})
