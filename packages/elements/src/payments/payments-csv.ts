/**
 * Payments as CSV for finance, one row per payment. A cell that a spreadsheet would read as a formula (starting
 * with `=`, `+`, `-`, `@`, tab or return) is prefixed with `'`, so names typed by anyone stay text.
 */
export interface CsvPayment {
  paidAt: string
  memberName: string
  sessionTitle: string
  hours: number
  amount: number
  currency: string
  method: string
  voucherReason?: string | undefined
}

const cell = (value: string | number): string => {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function paymentsCsv(rows: readonly CsvPayment[]): string {
  const head = ['Paid on', 'Member', 'Session', 'Hours', 'Amount', 'Currency', 'Method', 'Voucher reason']
  const lines = rows.map((r) =>
    [r.paidAt.slice(0, 10), r.memberName, r.sessionTitle, r.hours, r.amount.toFixed(2), r.currency, r.method, r.voucherReason ?? '']
      .map(cell)
      .join(','),
  )
  return `${[head.join(','), ...lines].join('\r\n')}\r\n`
}

/** The least pay for `hours` at `rate` an hour, to the penny (rounded up, so it is never below the rate). */
export const leastPay = (hours: number, rate: number): number => Math.ceil(Math.round(hours * rate * 1e6) / 1e4) / 100
