import { z } from 'zod'
import { DateTimeSchema, IdSchema, TextSchema } from './common.js'
import { IdempotencyKeySchema } from './idempotency-key.js'

/**
 * A decision the group made, or is making, together: the record behind aims, ground rules and risk
 * ("Design the aims together", "deciding together the rules and parameters of your work together",
 * "How will you decide what constitutes 'risk' as part of your work together?").
 */
export const DECISION_KINDS = ['aims', 'ground-rules', 'risk', 'priority', 'other'] as const
export const DecisionKindSchema = z.enum(DECISION_KINDS)
export type DecisionKind = z.infer<typeof DecisionKindSchema>

export const DECISION_STATUSES = ['open', 'decided', 'revisited'] as const
export const DecisionStatusSchema = z.enum(DECISION_STATUSES)
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>

/** How the outcome was reached. `staff-only` is on record too: it is what holds a group below co-design. */
export const DECISION_METHODS = ['consensus', 'vote', 'delegated', 'staff-only'] as const
export const DecisionMethodSchema = z.enum(DECISION_METHODS)
export type DecisionMethod = z.infer<typeof DecisionMethodSchema>

/** One option on the table. `proposedBy` is a member id, so who brought an idea is on record. */
export const DecisionOptionSchema = z.object({
  id: IdSchema,
  text: TextSchema,
  proposedBy: IdSchema.optional(),
  at: DateTimeSchema.optional(),
  /** The key the proposer's device sent it with, so a retry stores it once. */
  idempotencyKey: IdempotencyKeySchema.optional(),
})
export type DecisionOption = z.infer<typeof DecisionOptionSchema>

/** A member's say. One current view per member: a new view replaces the old one. */
export const DecisionViewSchema = z.object({
  memberId: IdSchema,
  optionId: IdSchema.optional(),
  text: TextSchema.optional(),
  at: DateTimeSchema,
  /** The key the member's device sent it with, so a retry changes nothing. */
  idempotencyKey: IdempotencyKeySchema.optional(),
})
export type DecisionView = z.infer<typeof DecisionViewSchema>

export const DecisionOutcomeSchema = z.object({
  text: TextSchema,
  optionId: IdSchema.optional(),
  decidedAt: DateTimeSchema,
  /** Member ids (or staff ids) of the people who made the decision. */
  decidedBy: z.array(IdSchema).max(1000),
  method: DecisionMethodSchema,
})
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>

export const DecisionSchema = z.object({
  id: IdSchema,
  initiativeId: IdSchema,
  kind: DecisionKindSchema,
  /** The question, in plain words. */
  question: TextSchema,
  status: DecisionStatusSchema,
  options: z.array(DecisionOptionSchema).max(100).default([]),
  views: z.array(DecisionViewSchema).max(1000).default([]),
  outcome: DecisionOutcomeSchema.optional(),
  /** Who opened it: a member or staff id. */
  openedBy: IdSchema.optional(),
  openedAt: DateTimeSchema.optional(),
  /** When true, other members see views without names. */
  anonymousViews: z.boolean().optional(),
  /** When false, members see only their own view until the decision is made. Defaults to true. */
  showViews: z.boolean().optional(),
  /** The ground-rules decision this one suggests a change to. */
  suggestedChangeTo: IdSchema.optional(),
  /** Why it was reopened, when revisited. */
  revisitReason: TextSchema.optional(),
})
export type Decision = z.infer<typeof DecisionSchema>
