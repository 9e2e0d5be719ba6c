import { z } from 'zod'
import { CurrencySchema, DateTimeSchema, IdSchema, TextSchema } from './common.js'

const paymentFields = {
  initiativeId: IdSchema,
  memberId: IdSchema,
  sessionId: IdSchema.optional(),
  hours: z.number().positive().max(1000),
  amount: z.number().nonnegative().max(1_000_000),
  currency: CurrencySchema,
  method: z.enum(['cash', 'voucher']),
  /** Required for vouchers: why not cash (for example, to protect someone's benefits). */
  voucherReason: TextSchema.optional(),
}

export const PaymentInputSchema = z
  .strictObject({ id: IdSchema.optional(), paidAt: DateTimeSchema.optional(), ...paymentFields })
  .superRefine((value, ctx) => {
    if (value.method === 'voucher' && !value.voucherReason)
      ctx.addIssue({ code: 'custom', path: ['voucherReason'], message: 'Say why a voucher is used instead of cash' })
  })
export type PaymentInput = z.input<typeof PaymentInputSchema>

export const PaymentSchema = z.object({ id: IdSchema, paidAt: DateTimeSchema, ...paymentFields })
export type Payment = z.infer<typeof PaymentSchema>
