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

/** The purposes that apply under an initiative: its organisation's, or everyone's when there is no such initiative. */
export async function purposesOfInitiative(
  s: Pick<ServiceContext, 'purposes'>,
  tx: StoreTx,
  initiativeId: string | undefined,
): Promise<ConsentPurpose[]> {
  const initiative = initiativeId === undefined ? undefined : await tx.initiatives.get(initiativeId)
  return initiative ? purposesIn(s, tx, initiativeOrganisation(initiative)) : s.purposes.map((p) => ({ ...p }))
}

/** The purposes that apply to a subject (a member, a piece of feedback or an update): those of its initiative. */
export async function purposesOfSubject(s: Pick<ServiceContext, 'purposes'>, tx: StoreTx, subject: string): Promise<ConsentPurpose[]> {
  const record = (await tx.members.get(subject)) ?? (await tx.feedback.get(subject)) ?? (await tx.updates.get(subject))
  return purposesOfInitiative(s, tx, record?.initiativeId)
}
