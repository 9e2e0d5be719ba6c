import { DEFAULT_ORGANISATION_ID } from '../schemas/organisation.js'

/**
 * Who is calling. `roles` containing `staff` opens the staff reads and writes of the actor's organisation.
 * `organisationId` names the organisation the actor belongs to; without it the actor belongs to the default
 * organisation (`DEFAULT_ORGANISATION_ID`). Null means anonymous.
 */
export interface Actor {
  id: string
  roles: string[]
  organisationId?: string | undefined
}

export const STAFF_ROLE = 'staff'

/** A platform operator: may list and create organisations, and reads no personal data. */
export const OPERATOR_ROLE = 'operator'

/** Staff of their organisation. An operator is never staff, even holding both roles: operators read no personal data. */
export const isStaff = (actor: Actor | null | undefined): boolean => !!actor?.roles.includes(STAFF_ROLE) && !isOperator(actor)

export const isOperator = (actor: Actor | null | undefined): boolean => !!actor?.roles.includes(OPERATOR_ROLE)

/** The organisation an actor belongs to; undefined for anonymous callers, who reach only public things by id. */
export const organisationOf = (actor: Actor | null | undefined): string | undefined =>
  actor
    ? typeof actor.organisationId === 'string' && actor.organisationId.length > 0
      ? actor.organisationId
      : DEFAULT_ORGANISATION_ID
    : undefined

/** Per-call context. */
export interface CallContext {
  actor: Actor | null
}
