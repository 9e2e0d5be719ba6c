import { z } from 'zod'
import { IdSchema, LabelSchema } from './common.js'

/**
 * The organisation every record belongs to when nobody said otherwise: actors without an `organisationId`
 * belong to it, and the migration moves data stored before organisations existed into it.
 */
export const DEFAULT_ORGANISATION_ID = 'default'

/** A customer organisation of the platform (a council, a charity, an NHS trust): the tenant. */
export const OrganisationSchema = z.object({
  id: IdSchema,
  name: LabelSchema,
})
export type Organisation = z.infer<typeof OrganisationSchema>

/** Input to create an organisation. The id may be the host's own tenant id, or left to the service. */
export const OrganisationInputSchema = z.strictObject({
  id: IdSchema.optional(),
  name: LabelSchema,
})
export type OrganisationInput = z.input<typeof OrganisationInputSchema>
