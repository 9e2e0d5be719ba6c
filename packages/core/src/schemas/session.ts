import { z } from 'zod'
import { DateTimeSchema, IdSchema, LabelSchema, TextSchema } from './common.js'

export const VenueKindSchema = z.enum(['community', 'neutral', 'online', 'professional', 'service-premises'])

/** Who came to a session, recorded after it: `attended: false` means they were expected and did not come. */
export const AttendanceSchema = z.strictObject({
  memberId: IdSchema,
  attended: z.boolean(),
})
export type Attendance = z.infer<typeof AttendanceSchema>

/**
 * One attendee. The old form, a plain member id, still parses (stored data and older plan files): it is
 * read as `{ memberId, attended: true }`, since that list named the people who came.
 */
export const AttendeeSchema = z
  .union([AttendanceSchema, IdSchema.transform((memberId) => ({ memberId, attended: true }))])
  .pipe(AttendanceSchema)

export type AttendeeInput = z.input<typeof AttendeeSchema>

/** Attendance in the current form, whichever form it was stored in. */
export function normaliseAttendees(attendees: readonly (string | Attendance)[] | undefined): Attendance[] | undefined {
  return attendees?.map((a) => (typeof a === 'string' ? { memberId: a, attended: true } : a))
}

export const SessionInputSchema = z.strictObject({
  id: IdSchema.optional(),
  initiativeId: IdSchema,
  title: LabelSchema.optional(),
  startsAt: DateTimeSchema,
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60),
  format: z.enum(['in-person', 'online', 'hybrid']),
  venue: z
    .object({
      name: LabelSchema,
      kind: VenueKindSchema,
      /** What makes the place easy to use: `step-free`, `hearing-loop`, `quiet-room`, … */
      access: z.array(LabelSchema).max(50).default([]),
      /** Who chose the place: the group together, or staff. */
      chosenBy: z.enum(['group', 'staff']).optional(),
    })
    .optional(),
  childcare: z.boolean().optional(),
  travelSupport: z.boolean().optional(),
  methods: z.array(LabelSchema).max(50).optional(),
  facilitator: z.object({ name: LabelSchema.optional(), external: z.boolean() }).optional(),
  /** Languages interpreted at the session, e.g. `Urdu`, `BSL`. */
  interpreting: z.array(LabelSchema).max(20).optional(),
  /** `women-only` or `men-only` when the session is a gender-specific space. */
  space: z.enum(['mixed', 'women-only', 'men-only']).optional(),
  /** Someone is there after the session for anyone who shared something hard. */
  supportAfter: z.boolean().optional(),
  /** Who leads the talking: both ways, mostly staff, or mostly people with lived experience. */
  conversation: z.enum(['two-way', 'staff-led', 'lived-experience-led']).optional(),
  /** Who came (`attended: true`) and who was expected but did not (`attended: false`). */
  attendees: z.array(AttendeeSchema).max(1000).optional(),
  notes: TextSchema.optional(),
})
export type SessionInput = z.input<typeof SessionInputSchema>

export const SessionSchema = SessionInputSchema.extend({
  id: IdSchema,
  heldAt: DateTimeSchema.optional(),
})
export type Session = z.infer<typeof SessionSchema>
