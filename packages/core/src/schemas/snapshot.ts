import { z } from 'zod'
import { DateSchema, IdSchema } from './common.js'
import { ConsentRecordSchema } from './consent.js'
import { DecisionSchema } from './decision.js'
import { FeedbackSchema } from './feedback.js'
import { InitiativeSchema } from './initiative.js'
import { MemberSchema } from './member.js'
import { PaymentSchema } from './payment.js'
import { SessionSchema } from './session.js'
import { UpdateSchema } from './update.js'

/*
 * In a plan most facts are still unknown, so everything but the id is optional in the lists.
 * Each list is written out (not made by a generic helper) so the shipped types are real records with a required
 * `id` and no index signature: a generic `ZodObject` helper widened them to `{[x: string]: any; id: string}`.
 *
 * A plan is written by hand, so its dates take a date (`2026-05-03`) or a date-time everywhere, as the
 * initiative's own dates do: `members[].joinedAt: 2026-05-03` is as good as `2026-05-03T00:00:00Z`.
 */
const date = DateSchema.optional()
export const SnapshotMemberSchema = MemberSchema.partial().extend({ id: IdSchema, joinedAt: date, leftAt: date, erasedAt: date })
export const SnapshotSessionSchema = SessionSchema.partial().extend({ id: IdSchema, startsAt: date, heldAt: date })
export const SnapshotPaymentSchema = PaymentSchema.partial().extend({ id: IdSchema, paidAt: date })
export const SnapshotConsentSchema = ConsentRecordSchema.partial().extend({ id: IdSchema, at: date, expiresAt: date })
export const SnapshotFeedbackSchema = FeedbackSchema.partial().extend({ id: IdSchema, createdAt: date })
export const SnapshotUpdateSchema = UpdateSchema.partial().extend({ id: IdSchema, publishedAt: date })
export const SnapshotDecisionSchema = DecisionSchema.partial().extend({ id: IdSchema, openedAt: date })

/**
 * Everything the principles engine reads about one initiative. It is also the file format of a plan
 * for the `coproduce check` CLI. Only `initiative` (with `id`, `title` and `purpose`) is required.
 */
export const InitiativeSnapshotSchema = z.strictObject({
  initiative: InitiativeSchema,
  members: z.array(SnapshotMemberSchema).default([]),
  sessions: z.array(SnapshotSessionSchema).default([]),
  payments: z.array(SnapshotPaymentSchema).default([]),
  consents: z.array(SnapshotConsentSchema).default([]),
  feedback: z.array(SnapshotFeedbackSchema).default([]),
  updates: z.array(SnapshotUpdateSchema).default([]),
  /** Decisions the group took together: the record behind aims, ground rules and risk. */
  decisions: z.array(SnapshotDecisionSchema).default([]),
  /** The moment the snapshot describes (ISO 8601). Defaults to now when evaluated. */
  asOf: z.string().optional(),
})
export type InitiativeSnapshot = z.infer<typeof InitiativeSnapshotSchema>
export type InitiativeSnapshotInput = z.input<typeof InitiativeSnapshotSchema>
