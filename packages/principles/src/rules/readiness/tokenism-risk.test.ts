import { RuleTester } from '../../testing/index.js'
import { tokenismRisk } from './tokenism-risk.js'

const rushed = {
  outcomes: { fixedInAdvance: true },
  timeline: { start: '2026-03-02', end: '2026-03-16', deadlineFixed: true },
  paymentPolicy: { method: 'none' as const },
}

new RuleTester({ now: '2026-03-01T00:00:00Z' }).run(tokenismRisk, {
  valid: [
    { name: 'open outcomes', snapshot: { initiative: { ...rushed, outcomes: { fixedInAdvance: false } } } },
    { name: 'a long timescale', snapshot: { initiative: { ...rushed, timeline: { start: '2026-01-01', end: '2026-12-01', deadlineFixed: true } } } },
    { name: 'a deadline that can move', snapshot: { initiative: { ...rushed, timeline: { ...rushed.timeline, deadlineFixed: false } } } },
    { name: 'paid fairly', snapshot: { initiative: { ...rushed, paymentPolicy: { method: 'cash', hourlyRate: 14 } } } },
  ],
  invalid: [
    { name: 'fixed, rushed and unpaid', snapshot: { initiative: rushed }, message: 'Do not call this co-production yet' },
    { name: 'vouchers with no reason count as not paid fairly', snapshot: { initiative: { ...rushed, paymentPolicy: { method: 'voucher', hourlyRate: 14 } } }, message: 'people get vouchers with no reason given' },
    { name: 'pay below the living wage', snapshot: { initiative: { ...rushed, paymentPolicy: { method: 'cash', hourlyRate: 8 } } }, message: 'pay is £8.00 an hour, below the living wage' },
    { name: 'only an end date, two weeks away', snapshot: { initiative: { ...rushed, timeline: { end: '2026-03-15', deadlineFixed: true } } } },
  ],
  incomplete: [
    { name: 'nothing said', snapshot: {} },
    { name: 'pay not said', snapshot: { initiative: { outcomes: rushed.outcomes, timeline: rushed.timeline } } },
    { name: 'not said if the deadline can move', snapshot: { initiative: { ...rushed, timeline: { start: '2026-03-02', end: '2026-03-16' } } } },
  ],
})
