import type { ConsentPurpose } from '../../schemas/consent.js'
import type { StoreTx } from '../../store/store-port.js'
import { initiativeOrganisation } from '../organisation-scope.js'
import type { ServiceContext } from '../service-context.js'

/**
 * The consent purposes that apply in an organisation: everyone's first (the defaults and every plugin's), then
 * the ones the organisation added for itself. Another organisation's own purposes are never among them.
 */
export async function purposesIn(s: Pick<ServiceContext, 'purposes'>, tx: StoreTx, organisationId: string): Promise<ConsentPurpose[]> {
  const organisation = await tx.organisations.get(organisationId)
  return [...s.purposes, ...(organisation?.purposes ?? [])].map((p) => ({ ...p }))
}

/** The organisation of a consent subject (a member, a piece of feedback or an update); undefined when there is none. */
export async function organisationOfSubject(tx: StoreTx, subject: string): Promise<string | undefined> {
  const record = (await tx.members.get(subject)) ?? (await tx.feedback.get(subject)) ?? (await tx.updates.get(subject))
  if (!record) return undefined
  const initiative = await tx.initiatives.get(record.initiativeId)
  return initiative ? initiativeOrganisation(initiative) : undefined
}

/** The purposes that apply to a subject: its organisation's, or everyone's when it has none. */
export async function purposesOfSubject(s: Pick<ServiceContext, 'purposes'>, tx: StoreTx, subject: string): Promise<ConsentPurpose[]> {
  const organisationId = await organisationOfSubject(tx, subject)
  return organisationId === undefined ? s.purposes.map((p) => ({ ...p })) : purposesIn(s, tx, organisationId)
}
