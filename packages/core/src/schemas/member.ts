import { z } from 'zod'
import { DateTimeSchema, IdSchema, LabelSchema, TextSchema } from './common.js'

export const MEMBER_ROLES = ['lived-experience', 'practitioner', 'commissioner', 'facilitator', 'peer-researcher'] as const
export const MemberRoleSchema = z.enum(MEMBER_ROLES)
export type MemberRole = z.infer<typeof MemberRoleSchema>

export const ContactChannelSchema = z.enum(['email', 'phone', 'text', 'post', 'in-person'])

const memberFields = {
  displayName: LabelSchema,
  roles: z.array(MemberRoleSchema).min(1).max(5),
  accessNeeds: z.array(LabelSchema).max(50).optional(),
  /** Languages the person needs to take part in, when not English, e.g. `Urdu`, `BSL`. */
  languages: z.array(LabelSchema).max(10).optional(),
  /** Times the person cannot come, so sessions are planned around their lives. */
  cannotCome: z
    .array(z.enum(['school-run', 'working-hours', 'evenings', 'weekends']))
    .max(4)
    .optional(),
  contactPreferences: z.array(ContactChannelSchema).max(5).optional(),
  /** How the person would like to be paid. */
  paymentPreference: z.enum(['cash', 'voucher', 'none']).optional(),
  /** Contact details. Personal data: removed on erasure. */
  contact: z.object({ email: z.email().optional(), phone: z.string().max(40).optional() }).optional(),
  /** The host system's own id for this person (case record, CRM contact). */
  hostRef: LabelSchema.optional(),
  notes: TextSchema.optional(),
}

export const MemberInputSchema = z.strictObject({
  id: IdSchema.optional(),
  initiativeId: IdSchema,
  joinedAt: DateTimeSchema.optional(),
  ...memberFields,
})
export type MemberInput = z.input<typeof MemberInputSchema>

/**
 * A correction to a member's details (staff): any of the fields a member was added with, at least one. A field
 * sent as `null` is cleared (not `displayName` or `roles`, which every member has).
 */
export const MemberPatchSchema = z
  .strictObject({
    displayName: memberFields.displayName.optional(),
    roles: memberFields.roles.optional(),
    accessNeeds: memberFields.accessNeeds.nullable(),
    languages: memberFields.languages.nullable(),
    cannotCome: memberFields.cannotCome.nullable(),
    contactPreferences: memberFields.contactPreferences.nullable(),
    paymentPreference: memberFields.paymentPreference.nullable(),
    contact: memberFields.contact.nullable(),
    hostRef: memberFields.hostRef.nullable(),
    notes: memberFields.notes.nullable(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Change at least one detail' })
export type MemberPatch = z.input<typeof MemberPatchSchema>

export const MemberSchema = z.object({
  id: IdSchema,
  initiativeId: IdSchema,
  ...memberFields,
  joinedAt: DateTimeSchema,
  leftAt: DateTimeSchema.optional(),
  /** Set when the person's personal data was erased. */
  erasedAt: DateTimeSchema.optional(),
})
export type Member = z.infer<typeof MemberSchema>
