import { z } from 'zod'
import { DateTimeSchema, IdSchema, LabelSchema, TextSchema } from './common.js'

export const VenueKindSchema = z.enum(['community', 'neutral', 'online', 'professional', 'service-premises'])

export const SessionInputSchema = z.strictObject({
  id: IdSchema.optional(),
  initiativeId: IdSchema,
  title: LabelSchema.optional(),
  startsAt: DateTimeSchema,
  durationMinutes: z.number().int().positive().max(24 * 60),
  format: z.enum(['in-person', 'online', 'hybrid']),
  venue: z
    .object({
      name: LabelSchema,
      kind: VenueKindSchema,
      /** What makes the place easy to use: `step-free`, `hearing-loop`, `quiet-room`, … */
      access: z.array(LabelSchema).max(50).default([]),
    })
    .optional(),
  childcare: z.boolean().optional(),
  travelSupport: z.boolean().optional(),
  methods: z.array(LabelSchema).max(50).optional(),
  facilitator: z.object({ name: LabelSchema.optional(), external: z.boolean() }).optional(),
  /** Who leads the talking: both ways, mostly staff, or mostly people with lived experience. */
  conversation: z.enum(['two-way', 'staff-led', 'lived-experience-led']).optional(),
  /** Member ids. */
  attendees: z.array(IdSchema).max(1000).optional(),
  notes: TextSchema.optional(),
})
export type SessionInput = z.input<typeof SessionInputSchema>

export const SessionSchema = SessionInputSchema.extend({
  id: IdSchema,
  heldAt: DateTimeSchema.optional(),
})
export type Session = z.infer<typeof SessionSchema>
