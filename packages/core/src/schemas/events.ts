import { z } from 'zod'
import { DateTimeSchema, IdSchema } from './common.js'

/** Every event names its organisation, so a host can route it to the right customer. */
const base = { id: IdSchema, at: DateTimeSchema, organisationId: IdSchema, initiativeId: IdSchema.optional() }
const event = <T extends string, D extends z.ZodRawShape>(type: T, data: D) =>
  z.object({ ...base, type: z.literal(type), data: z.object(data) })

const consentData = { recordId: IdSchema, subject: IdSchema, purposeId: IdSchema }

/** Domain events, append-only. They carry ids only, never names or words. */
export const DomainEventSchema = z.discriminatedUnion('type', [
  event('initiative.created', { initiativeId: IdSchema }),
  event('member.joined', { memberId: IdSchema }),
  event('member.left', { memberId: IdSchema }),
  event('session.held', { sessionId: IdSchema }),
  event('feedback.submitted', {
    feedbackId: IdSchema,
    kind: z.string(),
    anonymous: z.boolean(),
    /** Absent for anonymous feedback. */
    memberId: IdSchema.optional(),
  }),
  event('consent.given', consentData),
  event('consent.refused', consentData),
  event('consent.withdrawn', consentData),
  event('update.published', { updateId: IdSchema }),
  event('update.withdrawn', { updateId: IdSchema }),
  event('payment.recorded', { paymentId: IdSchema, memberId: IdSchema }),
  event('member.erased', { memberId: IdSchema }),
  event('decision.opened', { decisionId: IdSchema }),
  event('decision.view-given', { decisionId: IdSchema, memberId: IdSchema }),
  event('decision.decided', { decisionId: IdSchema }),
])
export type DomainEvent = z.infer<typeof DomainEventSchema>
export type DomainEventType = DomainEvent['type']
export type DomainEventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>
export const DOMAIN_EVENT_TYPES = DomainEventSchema.options.map((o) => o.shape.type.value) as DomainEventType[]
