import { z } from 'zod'
import { IdSchema, LabelSchema } from './common.js'
import { ConsentPurposeSchema } from './consent.js'

/**
 * The organisation every record belongs to when nobody said otherwise: actors without an `organisationId`
 * belong to it, and the migration moves data stored before organisations existed into it.
 */
export const DEFAULT_ORGANISATION_ID = 'default'

/** A customer organisation of the platform (a council, a charity, an NHS trust): the tenant. */
export const OrganisationSchema = z.object({
  id: IdSchema,
  name: LabelSchema,
  /** Consent purposes this organisation added for itself, next to everyone's (the defaults and the plugins'). */
  purposes: z.array(ConsentPurposeSchema).max(50).optional(),
})
export type Organisation = z.infer<typeof OrganisationSchema>

/** Input to create an organisation. The id may be the host's own tenant id, or left to the service. */
export const OrganisationInputSchema = z.strictObject({
  id: IdSchema.optional(),
  name: LabelSchema,
  /** Consent purposes of its own, as `organisations.addPurpose` adds them. */
  purposes: z.array(ConsentPurposeSchema).max(50).optional(),
})
export type OrganisationInput = z.input<typeof OrganisationInputSchema>
