import { z } from 'zod'
import { IdSchema } from './common.js'
import { ConsentRecordSchema } from './consent.js'
import { DecisionSchema } from './decision.js'
import { FeedbackSchema } from './feedback.js'
import { InitiativeSchema } from './initiative.js'
import { MemberSchema } from './member.js'
import { PaymentSchema } from './payment.js'
import { SessionSchema } from './session.js'
import { UpdateSchema } from './update.js'

/** In a plan most facts are still unknown, so everything but the id is optional in the lists. */
const loose = <S extends z.ZodObject>(schema: S) => schema.partial().extend({ id: IdSchema })

/**
 * Everything the principles engine reads about one initiative. It is also the file format of a plan
 * for the `coproduce check` CLI. Only `initiative` (with `id`, `title` and `purpose`) is required.
 */
export const InitiativeSnapshotSchema = z.strictObject({
  initiative: InitiativeSchema,
  members: z.array(loose(MemberSchema)).default([]),
  sessions: z.array(loose(SessionSchema)).default([]),
  payments: z.array(loose(PaymentSchema)).default([]),
  consents: z.array(loose(ConsentRecordSchema)).default([]),
  feedback: z.array(loose(FeedbackSchema)).default([]),
  updates: z.array(loose(UpdateSchema)).default([]),
  /** Decisions the group took together: the record behind aims, ground rules and risk. */
  decisions: z.array(loose(DecisionSchema)).default([]),
  /** The moment the snapshot describes (ISO 8601). Defaults to now when evaluated. */
  asOf: z.string().optional(),
})
export type InitiativeSnapshot = z.infer<typeof InitiativeSnapshotSchema>
export type InitiativeSnapshotInput = z.input<typeof InitiativeSnapshotSchema>
