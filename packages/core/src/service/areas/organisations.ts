import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { ConsentPurposeSchema, type ConsentPurpose } from '../../schemas/consent.js'
import { DEFAULT_ORGANISATION_ID, OrganisationInputSchema, type Organisation } from '../../schemas/organisation.js'
import type { StoreTx } from '../../store/store-port.js'
import { requireOperator, requireStaff } from '../access.js'
import { organisationOf } from '../actor.js'
import { purposesIn } from './organisation-purposes.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'

/**
 * Make sure an organisation exists before something is stored under it. A host that maps its own tenant ids
 * onto organisations need not create them first: the first initiative creates one named after its id.
 */
export async function ensureOrganisation(tx: StoreTx, id: string): Promise<void> {
  if (!(await tx.organisations.get(id))) await tx.organisations.put({ id, name: id })
}

/** Platform operators list and create organisations. They see names and ids only, never anyone's data. */
export function organisationsArea(s: ServiceContext): Coproduction['organisations'] {
  return {
    async list(ctx) {
      requireOperator(await s.actorOf(ctx))
      return s.run(undefined, (tx) => tx.organisations.list())
    },

    async create(input, ctx) {
      const data = parseOrThrow(OrganisationInputSchema, input)
      requireOperator(await s.actorOf(ctx))
      return s.run(undefined, async (tx) => {
        const id = data.id ?? s.id('organisation')
        if (await tx.organisations.get(id))
          throw new CoproduceError('conflict', 'An organisation with this id already exists', [
            { path: ['id'], message: 'This id is taken' },
          ])
        const organisation: Organisation = { id, name: data.name }
        for (const [n, purpose] of (data.purposes ?? []).entries()) {
          checkNewPurpose(s, organisation.purposes ?? [], purpose, ['purposes', n, 'id'])
          organisation.purposes = [...(organisation.purposes ?? []), purpose]
        }
        await tx.organisations.put(organisation)
        return organisation
      })
    },

    async purposes(ctx) {
      const actor = await s.actorOf(ctx)
      const organisationId = organisationOf(actor)
      if (!actor || organisationId === undefined) throw new CoproduceError('forbidden', 'Sign in to see this')
      return s.run(ctx, (tx) => purposesIn(s, tx, organisationId))
    },

    async addPurpose(input, ctx) {
      const purpose = parseOrThrow(ConsentPurposeSchema, input)
      const actor = requireStaff(await s.actorOf(ctx))
      const organisationId = organisationOf(actor) ?? DEFAULT_ORGANISATION_ID
      return s.run(ctx, async (tx) => {
        const organisation = (await tx.organisations.get(organisationId)) ?? { id: organisationId, name: organisationId }
        const own = organisation.purposes ?? []
        const earlier = checkNewPurpose(s, own, purpose, ['id'])
        await tx.organisations.put({ ...organisation, purposes: [...own.filter((p) => p !== earlier), purpose] })
        return purpose
      })
    },
  }
}

/**
 * A purpose an organisation may add: not one of everyone's ids, and either new to the organisation or a higher
 * version of one of its own. Returns the earlier version it replaces, if any.
 */
function checkNewPurpose(
  s: ServiceContext,
  own: readonly ConsentPurpose[],
  purpose: ConsentPurpose,
  path: (string | number)[],
): ConsentPurpose | undefined {
  if (s.purposes.some((p) => p.id === purpose.id))
    throw new CoproduceError('conflict', 'Everyone already has a consent purpose with this id', [
      { path, message: 'Choose an id of your own' },
    ])
  const earlier = own.find((p) => p.id === purpose.id)
  if (earlier && purpose.version <= earlier.version)
    throw new CoproduceError('conflict', 'Your organisation already has this consent purpose', [
      { path: [...path.slice(0, -1), 'version'], message: `To change it, give it a version above ${earlier.version}` },
    ])
  return earlier
}
