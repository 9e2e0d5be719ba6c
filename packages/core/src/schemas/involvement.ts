import { z } from 'zod'
import { CurrencySchema, DateTimeSchema, IdSchema, LabelSchema, TextSchema } from './common.js'
import { DecisionKindSchema, DecisionMethodSchema, DecisionStatusSchema } from './decision.js'
import { RatingSchema } from './feedback.js'
import { VenueKindSchema } from './session.js'
import { UpdateStatusSchema } from './update.js'

const UpdateBriefSchema = z.object({
  updateId: IdSchema,
  youSaid: TextSchema,
  weDid: TextSchema,
  status: UpdateStatusSchema,
  publishedAt: DateTimeSchema,
})

/**
 * One member's involvement, in one place, for `<cp-my-involvement>` (the member themself or staff).
 * "Share the impact" and "credit contributors", made personal.
 */
export const InvolvementSchema = z.object({
  memberId: IdSchema,
  initiativeId: IdSchema,
  displayName: z.string(),
  /** Sessions that have not started yet, soonest first, with what makes them easy to get to. */
  sessions: z.array(
    z.object({
      id: IdSchema,
      title: LabelSchema.optional(),
      startsAt: DateTimeSchema,
      durationMinutes: z.number(),
      format: z.enum(['in-person', 'online', 'hybrid']),
      venue: z.object({ name: LabelSchema, kind: VenueKindSchema, access: z.array(LabelSchema) }).optional(),
      childcare: z.boolean(),
      travelSupport: z.boolean(),
    }),
  ),
  payments: z.object({
    /** Payments recorded for this member, newest first. */
    made: z.array(
      z.object({
        id: IdSchema,
        sessionId: IdSchema.optional(),
        paidAt: DateTimeSchema,
        hours: z.number(),
        amount: z.number(),
        currency: CurrencySchema,
        method: z.enum(['cash', 'voucher']),
      }),
    ),
    /** Sessions held that the member attended with no payment recorded yet (when the initiative pays). */
    due: z.array(
      z.object({
        sessionId: IdSchema,
        startsAt: DateTimeSchema,
        hours: z.number(),
        /** `hours × hourlyRate`, when the initiative has a rate. */
        amount: z.number().optional(),
        currency: CurrencySchema.optional(),
      }),
    ),
  }),
  /** What I said (my named feedback), newest first, and what changed because of it. */
  said: z.array(
    z.object({
      feedbackId: IdSchema,
      kind: z.string(),
      rating: RatingSchema.optional(),
      text: z.string().optional(),
      createdAt: DateTimeSchema,
      changes: z.array(UpdateBriefSchema),
    }),
  ),
  /** Updates that credit me. `shownByName` says whether my name shows in public (my `credit-by-name` consent). */
  credited: z.array(UpdateBriefSchema.extend({ shownByName: z.boolean() })),
  /** Decisions I took part in: proposed an option, gave a view, or was among those who decided. */
  decisions: z.array(
    z.object({
      decisionId: IdSchema,
      kind: DecisionKindSchema,
      question: TextSchema,
      status: DecisionStatusSchema,
      myView: z
        .object({ optionId: IdSchema.optional(), optionText: TextSchema.optional(), text: TextSchema.optional(), at: DateTimeSchema })
        .optional(),
      /** Options I proposed. */
      proposed: z.array(z.object({ id: IdSchema, text: TextSchema })),
      decidedByMe: z.boolean(),
      outcome: z.object({ text: TextSchema, method: DecisionMethodSchema, decidedAt: DateTimeSchema }).optional(),
    }),
  ),
})
export type Involvement = z.infer<typeof InvolvementSchema>
