import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { leastPay, paymentsCsv } from './payments-csv.js'

describe('leastPay: the living wage for some hours, to the penny', () => {
  it('is never below hours × rate, and never a penny more than needed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4000 }).map((q) => q / 4),
        fc.integer({ min: 0, max: 5000 }).map((p) => p / 100),
        (hours, rate) => {
          const least = leastPay(hours, rate)
          expect(least + 1e-9).toBeGreaterThanOrEqual(hours * rate)
          expect(least - 0.01).toBeLessThan(hours * rate + 1e-9)
        },
      ),
    )
    expect(leastPay(2, 13.45)).toBe(26.9)
  })
})

describe('paymentsCsv: payments for finance', () => {
  const row = {
    paidAt: '2027-03-02T10:00:00Z',
    memberName: 'Sam',
    sessionTitle: 'First',
    hours: 2,
    amount: 26.9,
    currency: 'GBP',
    method: 'cash',
  }

  it('has a header and one line per payment', () => {
    expect(paymentsCsv([row])).toBe(
      'Paid on,Member,Session,Hours,Amount,Currency,Method,Voucher reason\r\n2027-03-02,Sam,First,2,26.90,GBP,cash,\r\n',
    )
  })

  it('keeps any typed name as one text cell: quotes, commas and formulas (any printable text) never escape it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (name) => {
        const line = paymentsCsv([{ ...row, memberName: name }]).split('\r\n')[1]!
        const cell = line.slice('2027-03-02,'.length, line.length - ',First,2,26.90,GBP,cash,'.length)
        const text = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell
        // Exactly one apostrophe is put before a name a spreadsheet would read as a formula; any other name is as typed
        // (one already starting with an apostrophe too: fast-check found `'+`, which an "undo the prefix" check misread).
        expect(text).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name)
        expect(/^[=+\-@\t\r]/.test(text)).toBe(false)
      }),
      { examples: [["'+"], ["'=SUM(A1)"], ['=1+1'], ['"quoted", with comma']] },
    )
  })
})
