import { z } from 'zod'
import { DateTimeSchema, IdSchema, TextSchema } from './common.js'

export const UPDATE_STATUSES = ['planned', 'in-progress', 'done', 'not-possible'] as const
export const UpdateStatusSchema = z.enum(UPDATE_STATUSES)
export type UpdateStatus = z.infer<typeof UpdateStatusSchema>

export const UpdateTimelineEntrySchema = z.object({
  at: DateTimeSchema,
  status: UpdateStatusSchema,
  note: TextSchema.optional(),
})

const reasonRequired = (value: { status?: string | undefined; reason?: string | undefined }, ctx: z.RefinementCtx) => {
  if (value.status === 'not-possible' && !value.reason)
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why this is not possible' })
}

/** Input to publish a "you said, we did" update. */
export const UpdateInputSchema = z
  .strictObject({
    id: IdSchema.optional(),
    initiativeId: IdSchema,
    youSaid: TextSchema,
    weDid: TextSchema,
    status: UpdateStatusSchema.default('planned'),
    /** Required when the status is `not-possible`: "not possible, because…". */
    reason: TextSchema.optional(),
    /** How far along, from 0 to 100. */
    progress: z.number().min(0).max(100).optional(),
    /** Feedback ids this update answers. */
    linkedFeedback: z.array(IdSchema).max(1000).optional(),
    /** Member ids to credit. Names show only while their `credit-by-name` consent is given. */
    credits: z.array(IdSchema).max(1000).optional(),
  })
  .superRefine(reasonRequired)
export type UpdateInput = z.input<typeof UpdateInputSchema>

/** A change to an update: a new status (with a reason when not possible), progress, text, links or credits. */
export const UpdatePatchSchema = z
  .strictObject({
    youSaid: TextSchema.optional(),
    weDid: TextSchema.optional(),
    status: UpdateStatusSchema.optional(),
    reason: TextSchema.optional(),
    progress: z.number().min(0).max(100).optional(),
    note: TextSchema.optional(),
    linkedFeedback: z.array(IdSchema).max(1000).optional(),
    credits: z.array(IdSchema).max(1000).optional(),
  })
  .superRefine(reasonRequired)
export type UpdatePatch = z.input<typeof UpdatePatchSchema>

/** Input to take a published update down: it leaves the public page, and the reason is kept for staff. */
export const UpdateWithdrawalInputSchema = z.strictObject({
  /** Why it comes down, for the team's record: "it named the wrong building". */
  reason: TextSchema,
})
export type UpdateWithdrawalInput = z.input<typeof UpdateWithdrawalInputSchema>

/** When and why an update was taken down. */
export const UpdateWithdrawalSchema = z.object({ at: DateTimeSchema, reason: TextSchema })
export type UpdateWithdrawal = z.infer<typeof UpdateWithdrawalSchema>

/** What every read of an update shows: the words, where it stands, and its history. */
const updateFields = {
  id: IdSchema,
  initiativeId: IdSchema,
  youSaid: TextSchema,
  weDid: TextSchema,
  status: UpdateStatusSchema,
  reason: TextSchema.optional(),
  progress: z.number().min(0).max(100).optional(),
  publishedAt: DateTimeSchema,
  timeline: z.array(UpdateTimelineEntrySchema),
}

/** A stored update, with every link and credit. Staff read this; the public read is `PublicUpdate`. */
export const UpdateSchema = z.object({
  ...updateFields,
  linkedFeedback: z.array(IdSchema),
  credits: z.array(IdSchema),
  /** Set once the update is taken down: it no longer shows in public, answers no feedback and thanks no one. */
  withdrawn: UpdateWithdrawalSchema.optional(),
})
export type Update = z.infer<typeof UpdateSchema>

/** The public read of an update: words and names appear only with the person's consent. */
export const PublicUpdateSchema = z.object({
  ...updateFields,
  /** How many pieces of feedback this answers (always shown: a count names nobody). */
  linkedFeedbackCount: z.number().int().nonnegative(),
  /** Words from linked feedback, shown only while a `quote-*` consent is given. `by` only with `quote-with-name`. */
  quotes: z.array(z.object({ feedbackId: IdSchema, text: TextSchema, by: z.string().optional(), yours: z.boolean().optional() })),
  /** Names shown only while `credit-by-name` is given. */
  credits: z.array(z.object({ memberId: IdSchema, displayName: z.string() })),
  /** True when the viewer gave feedback this update answers. */
  yours: z.boolean().optional(),
})
export type PublicUpdate = z.infer<typeof PublicUpdateSchema>
