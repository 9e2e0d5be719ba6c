import { z } from 'zod'
import { DateTimeSchema, IdSchema, TextSchema } from './common.js'
import { DecisionKindSchema, DecisionMethodSchema, DecisionStatusSchema } from './decision.js'

/**
 * Who, as shown in a public read: a member's display name while their `credit-by-name` consent is given,
 * otherwise "A member"; "A member of staff" for someone who is not a member of the initiative.
 */
export const ShownNameSchema = z.string()

/** The read of a decision for the people taking part (and anyone else allowed to read it). Names follow consent. */
export const PublicDecisionSchema = z.object({
  id: IdSchema,
  initiativeId: IdSchema,
  kind: DecisionKindSchema,
  question: TextSchema,
  status: DecisionStatusSchema,
  openedAt: DateTimeSchema.optional(),
  anonymousViews: z.boolean(),
  showViews: z.boolean(),
  suggestedChangeTo: IdSchema.optional(),
  options: z.array(
    z.object({
      id: IdSchema,
      text: TextSchema,
      proposedBy: ShownNameSchema.optional(),
      /** True when the viewer proposed it. */
      yours: z.boolean().optional(),
      /** How many current views chose it. Absent when views are hidden (`showViews: false` and not yet decided). */
      count: z.number().int().nonnegative().optional(),
    }),
  ),
  /** How many members have given a view (always shown: a count names nobody). */
  viewCount: z.number().int().nonnegative(),
  /** The views, when shown. `by` is "A member" for everyone when `anonymousViews`. */
  views: z
    .array(
      z.object({
        by: ShownNameSchema,
        optionId: IdSchema.optional(),
        text: TextSchema.optional(),
        at: DateTimeSchema,
        yours: z.boolean().optional(),
      }),
    )
    .optional(),
  /** The viewer's own current view, if they gave one. */
  myView: z.object({ optionId: IdSchema.optional(), text: TextSchema.optional(), at: DateTimeSchema }).optional(),
  outcome: z
    .object({
      text: TextSchema,
      optionId: IdSchema.optional(),
      decidedAt: DateTimeSchema,
      method: DecisionMethodSchema,
      decidedBy: z.array(ShownNameSchema),
    })
    .optional(),
})
export type PublicDecision = z.infer<typeof PublicDecisionSchema>

/** The ground rules and where the group stands on them, for `<cp-agreement>`. */
export const AgreementSummarySchema = z.object({
  initiativeId: IdSchema,
  /** The ground-rules decision the answers are recorded on. */
  decisionId: IdSchema,
  question: TextSchema,
  status: DecisionStatusSchema,
  /** The rules: the initiative's `agreements` that point at this decision (or, when none do, the outcome text). */
  rules: z.array(z.object({ text: TextSchema, agreedAt: z.string().optional() })),
  agreed: z.number().int().nonnegative(),
  notYet: z.number().int().nonnegative(),
  /** The viewer's own answer. */
  mine: z.object({ response: z.enum(['agree', 'not-yet']), text: TextSchema.optional(), at: DateTimeSchema }).optional(),
  /** Suggested changes: ground-rules decisions opened with `suggestedChangeTo` this decision. */
  changes: z.array(
    z.object({ decisionId: IdSchema, question: TextSchema, status: DecisionStatusSchema, proposedBy: ShownNameSchema.optional() }),
  ),
  /** Staff only: current members who have not agreed yet. */
  notAgreedYet: z.array(z.object({ memberId: IdSchema, displayName: z.string() })).optional(),
})
export type AgreementSummary = z.infer<typeof AgreementSummarySchema>

/** What `PUT /decisions/:id/agreement/:memberId` answers: the new summary and, after `suggest-change`, the decision it opened. */
export const AgreementResponseResultSchema = z.object({
  agreement: AgreementSummarySchema,
  opened: PublicDecisionSchema.optional(),
})
export type AgreementResponseResult = z.infer<typeof AgreementResponseResultSchema>
