import { z } from 'zod'
import { ConsentPurposeSchema, ConsentRecordSchema, ConsentStatusSchema } from './consent.js'
import { FeedbackSchema } from './feedback.js'
import { MemberSchema } from './member.js'
import { PaymentSchema } from './payment.js'
import { UpdateSchema } from './update.js'

// What the service's reads return. The TypeScript types, the JSON Schema files and the server's OpenAPI
// document all come from these, so the shape is written once.

/** The current decision for one purpose. `status` is `none` when the person has not been asked yet. */
export const CurrentConsentSchema = z.object({
  purposeId: z.string(),
  status: z.union([ConsentStatusSchema, z.literal('none')]),
  record: ConsentRecordSchema.optional(),
})
export type CurrentConsent = z.infer<typeof CurrentConsentSchema>

/** Every purpose, the person's current choice for each, and the full history (`GET /members/:id/consents`). */
export const MemberConsentsSchema = z.object({
  purposes: z.array(ConsentPurposeSchema),
  current: z.array(CurrentConsentSchema),
  history: z.array(ConsentRecordSchema),
})
export type MemberConsents = z.infer<typeof MemberConsentsSchema>

/** One current choice on a receipt, with the purpose's title so a widget can show it without another call. */
export const ReceiptChoiceSchema = CurrentConsentSchema.extend({ title: z.string() })
export type ReceiptChoice = z.infer<typeof ReceiptChoiceSchema>

/** A receipt a person can keep: every purpose, their current decision, and the full history, in plain words. */
export const ConsentReceiptSchema = z.object({
  subject: z.string(),
  /** The member's name when the subject is a member who has not been erased; absent otherwise. */
  displayName: z.string().optional(),
  issuedAt: z.string(),
  current: z.array(ReceiptChoiceSchema),
  history: z.array(ConsentRecordSchema),
  /** The same in plain words, ready to print or download: their name (or "you"), dates in words, no ids or timestamps. */
  text: z.string(),
})
export type ConsentReceipt = z.infer<typeof ConsentReceiptSchema>

/** Everything held about one member (a subject access request). */
export const MemberExportSchema = z.object({
  member: MemberSchema,
  feedback: z.array(FeedbackSchema),
  consents: z.array(ConsentRecordSchema),
  payments: z.array(PaymentSchema),
  /** Updates that credit the member or answer their feedback. */
  updates: z.array(UpdateSchema),
})
export type MemberExport = z.infer<typeof MemberExportSchema>

/** What a partner organisation may see: only feedback whose subject gave `share-with-partners`, with words and names filtered by consent. */
export const PartnerExportSchema = z.object({
  initiativeId: z.string(),
  exportedAt: z.string(),
  feedback: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      rating: z.string().optional(),
      text: z.string().optional(),
      by: z.string().optional(),
      createdAt: z.string(),
    }),
  ),
  counts: z.object({ feedback: z.number().int(), members: z.number().int(), updates: z.number().int() }),
})
export type PartnerExport = z.infer<typeof PartnerExportSchema>

const CalendarDateSchema = z.iso.date({ message: 'Use a date like 2026-04-01' })

/**
 * Which feedback an impact summary counts: given from `from` to `to` (whole days, UTC, both included; either may
 * be left out). Thanks count from updates published in the same days.
 */
export const ImpactRangeSchema = z
  .strictObject({ from: CalendarDateSchema.optional(), to: CalendarDateSchema.optional() })
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    message: 'The end date must be the same as or after the start date',
    path: ['to'],
    // Only compare two days that could both be read: a day that cannot be read has its own message.
    when: (payload) => payload.issues.length === 0,
  })
export type ImpactRange = z.infer<typeof ImpactRangeSchema>

/** Counts for a board: how much feedback got a "you said, we did" answer, how fast, and who was credited. */
export const ImpactSummarySchema = z.object({
  initiativeId: z.string(),
  /** The days counted, when the summary was asked for a range. */
  range: z.object({ from: z.string().optional(), to: z.string().optional() }).optional(),
  feedback: z.number().int(),
  answered: z.number().int(),
  /** Median days from feedback to the first update linked to it. */
  medianDaysToAnswer: z.number().nullable(),
  /** Per month (YYYY-MM): feedback given and how many of them have an answer. */
  byMonth: z.array(z.object({ month: z.string(), feedback: z.number().int(), answered: z.number().int() })),
  credited: z.array(z.object({ memberId: z.string(), displayName: z.string() })),
})
export type ImpactSummary = z.infer<typeof ImpactSummarySchema>
