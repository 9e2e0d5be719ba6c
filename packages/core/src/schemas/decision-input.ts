import { z } from 'zod'
import { IdSchema, TextSchema } from './common.js'
import { DecisionKindSchema, DecisionMethodSchema } from './decision.js'

/**
 * The option ids every ground-rules decision has, so `<cp-agreement>` can record "I agree" and
 * "I do not agree yet" as ordinary views on the decision.
 */
export const AGREE_OPTION_ID = 'agree'
export const NOT_YET_OPTION_ID = 'not-yet'

/** Open a decision. Staff, or any member when the initiative's `decisionsOpenedBy` is `members`. */
export const DecisionInputSchema = z.strictObject({
  id: IdSchema.optional(),
  initiativeId: IdSchema,
  kind: DecisionKindSchema,
  /** The question, in plain words. */
  question: TextSchema,
  /** Options to start with; more can be proposed later. Ground-rules decisions get `agree` and `not-yet` when left out. */
  options: z
    .array(z.strictObject({ text: TextSchema }))
    .max(100)
    .optional(),
  /** When true, other members see views without names. */
  anonymousViews: z.boolean().optional(),
  /** When false, members see only their own view until the decision is made. Defaults to true. */
  showViews: z.boolean().optional(),
  /** The ground-rules decision this one suggests a change to. */
  suggestedChangeTo: IdSchema.optional(),
})
export type DecisionInput = z.input<typeof DecisionInputSchema>

/** Propose an option. Anyone taking part (a member of the initiative) or staff. Takes an `Idempotency-Key`. */
export const DecisionOptionInputSchema = z.strictObject({
  text: TextSchema,
})
export type DecisionOptionInput = z.input<typeof DecisionOptionInputSchema>

/** Give or change my view: an option, a few words, or both. One current view per member. Takes an `Idempotency-Key`. */
export const DecisionViewInputSchema = z
  .strictObject({
    optionId: IdSchema.optional(),
    text: TextSchema.optional(),
  })
  .refine((v) => v.optionId !== undefined || v.text !== undefined, {
    message: 'Choose an option or say what you think',
    path: ['optionId'],
  })
export type DecisionViewInput = z.input<typeof DecisionViewInputSchema>

/**
 * Close a decision with its outcome (staff). `decidedBy` names who made it: members of the initiative and,
 * for `staff-only` or `delegated`, the staff member recording it. Every method but `staff-only` needs at least one member;
 * `staff-only` with nobody named records the staff member recording it.
 */
export const DecisionOutcomeInputSchema = z.strictObject({
  text: TextSchema,
  optionId: IdSchema.optional(),
  method: DecisionMethodSchema,
  decidedBy: z.array(IdSchema).max(1000),
  /**
   * Use the outcome in the plan, pointing at this decision, in the same change: an `aims` decision becomes the
   * initiative's aims (agreed with the members who decided); a `ground-rules` decision is added to its agreements
   * (replacing what an earlier outcome of the same decision put there). Other kinds cannot be used this way.
   */
  useInPlan: z.boolean().optional(),
})
export type DecisionOutcomeInput = z.input<typeof DecisionOutcomeInputSchema>

/** Reopen a decided decision for views (staff). Its status becomes `revisited`; the earlier outcome stays until a new one. */
export const DecisionRevisitInputSchema = z.strictObject({
  reason: TextSchema.optional(),
})
export type DecisionRevisitInput = z.input<typeof DecisionRevisitInputSchema>

export const AGREEMENT_RESPONSES = ['agree', 'not-yet', 'suggest-change'] as const
export const AgreementResponseKindSchema = z.enum(AGREEMENT_RESPONSES)
export type AgreementResponseKind = z.infer<typeof AgreementResponseKindSchema>

/**
 * A member's answer to the ground rules (a ground-rules decision). Stored as their view on that decision:
 * `agree` → option `agree`; `not-yet` and `suggest-change` → option `not-yet` with the words.
 * `suggest-change` also opens a new ground-rules decision (`suggestedChangeTo` the rules) with the words as its question.
 * Takes an `Idempotency-Key`.
 */
export const AgreementResponseInputSchema = z
  .strictObject({
    response: AgreementResponseKindSchema,
    text: TextSchema.optional(),
  })
  .refine((v) => v.response !== 'suggest-change' || v.text !== undefined, {
    message: 'Say what you would change',
    path: ['text'],
  })
export type AgreementResponseInput = z.input<typeof AgreementResponseInputSchema>
