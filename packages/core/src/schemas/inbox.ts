import { z } from 'zod'
import { DateTimeSchema, IdSchema } from './common.js'
import { FeedbackKindSchema, FeedbackSchema, RatingSchema } from './feedback.js'

/** Filters and paging for the staff feedback inbox. Every filter is optional; the newest comes first. */
export const InboxQuerySchema = z.strictObject({
  /** Only feedback no update answers yet. */
  unanswered: z.boolean().optional(),
  kind: FeedbackKindSchema.optional(),
  rating: RatingSchema.optional(),
  /** Given on or after this day (`YYYY-MM-DD`, UTC). */
  from: z.iso.date().optional(),
  /** Given on or before this day (`YYYY-MM-DD`, UTC). */
  to: z.iso.date().optional(),
  /** `named` or `anonymous`. */
  who: z.enum(['named', 'anonymous']).optional(),
  /** How many on one page: 1 to 100, 25 unless said. */
  limit: z.number().int().min(1).max(100).default(25),
  /** The `nextCursor` of the page before. Stable: feedback given meanwhile never shifts a page. */
  cursor: z.string().max(200).optional(),
})
export type InboxQuery = z.input<typeof InboxQuerySchema>

/** May these words be quoted now: with the person's name, without it, or not at all. */
export const QuoteConsentSchema = z.enum(['with-name', 'anonymously', 'no'])
export type QuoteConsent = z.infer<typeof QuoteConsentSchema>

/** One piece of feedback as the inbox shows it. Anonymous feedback carries no identity at all. */
export const InboxItemSchema = FeedbackSchema.omit({ idempotencyKey: true, idempotencyScope: true, idempotencyFingerprint: true }).extend({
  /** The named person's display name (never for anonymous feedback). */
  by: z.string().optional(),
  /** May the words be quoted in a public update now. */
  quote: QuoteConsentSchema,
  /** The updates that answer it, oldest first. */
  answeredBy: z.array(z.object({ id: IdSchema, weDid: z.string(), publishedAt: DateTimeSchema })),
})
export type InboxItem = z.infer<typeof InboxItemSchema>

export const InboxPageSchema = z.object({
  items: z.array(InboxItemSchema),
  /** For the filters given: how many in all, and how many have no answer yet. */
  counts: z.object({ total: z.number().int().nonnegative(), unanswered: z.number().int().nonnegative() }),
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor: z.string().optional(),
})
export type InboxPage = z.infer<typeof InboxPageSchema>

/** A person who could be thanked or quoted in an update, and whether their consent allows it now. */
export const CreditOptionSchema = z.object({
  memberId: IdSchema,
  displayName: z.string(),
  /** `credit-by-name` is given now. */
  credit: z.boolean(),
  /** Why their name is not offered: `not-asked`, `refused`, `withdrawn`, `expired`, `removed`. */
  why: z.string().optional(),
})
export type CreditOption = z.infer<typeof CreditOptionSchema>
