import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { OrganisationInputSchema, type Organisation } from '../../schemas/organisation.js'
import type { StoreTx } from '../../store/store-port.js'
import { requireOperator } from '../access.js'
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
        await tx.organisations.put(organisation)
        return organisation
      })
    },
  }
}
