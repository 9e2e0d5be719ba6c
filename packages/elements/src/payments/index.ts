import { define } from '../shared/define.js'
import { CpPayments } from './payments.js'

export { CpPayments }
export { paymentsMessages, type PaymentsMessages } from './payments.messages.js'
export { paymentsCsv, leastPay, type CsvPayment } from './payments-csv.js'

define('cp-payments', CpPayments)

declare global {
  interface HTMLElementTagNameMap {
    'cp-payments': CpPayments
  }
}
