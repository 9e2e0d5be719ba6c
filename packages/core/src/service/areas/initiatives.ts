import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { defaultStages } from '../../lifecycles/stages.js'
import { InitiativeInputSchema, InitiativePatchSchema, type Initiative } from '../../schemas/initiative.js'
import type { InitiativeSnapshot } from '../../schemas/snapshot.js'
import type { StoreTx } from '../../store/store-port.js'
import { notFound, parseId, requireStaff } from '../access.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { checkDecisionLinks } from './decision-links.js'
import { impactSummary } from './impact.js'
import { ImpactRangeSchema } from '../../schemas/results.js'
import { withWordsHidden } from './consent-effects.js'
import { storedSession } from './session-record.js'
import { organisationOf } from '../actor.js'
import { DEFAULT_ORGANISATION_ID } from '../../schemas/organisation.js'
import { ensureOrganisation } from './organisations.js'
import { liveUpdates } from '../../lifecycles/live-updates.js'

export async function getInitiative(tx: StoreTx, id: string, path: (string | number)[] = ['initiativeId']): Promise<Initiative> {
  const initiative = await tx.initiatives.get(id)
  if (!initiative) throw notFound('initiative', path)
  return initiative
}

/** Drop keys whose value is undefined, so stored records stay plain JSON. */
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

export function initiativesArea(s: ServiceContext): Coproduction['initiatives'] {
  return {
    async create(input, ctx) {
      const data = parseOrThrow(InitiativeInputSchema, input)
      const actor = requireStaff(await s.actorOf(ctx))
      const organisationId = organisationOf(actor) ?? DEFAULT_ORGANISATION_ID
      return s.run(ctx, async (tx, emit) => {
        const id = data.id ?? s.id('initiative')
        if (await tx.initiatives.get(id))
          throw new CoproduceError('conflict', 'An initiative with this id already exists', [{ path: ['id'], message: 'This id is taken' }])
        await checkDecisionLinks(tx, id, data)
        const now = s.now()
        await ensureOrganisation(tx, organisationId)
        const initiative: Initiative = defined({
          ...data,
          id,
          organisationId,
          stages: data.stages ?? defaultStages(),
          createdAt: now,
          updatedAt: now,
        })
        await tx.initiatives.put(initiative)
        await emit('initiative.created', { initiativeId: id }, id)
        return initiative
      })
    },

    async get(id, ctx) {
      const initiativeId = parseId(id, 'id')
      return s.run(ctx, (tx) => getInitiative(tx, initiativeId, ['id']))
    },

    async list(ctx) {
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, (tx) => tx.initiatives.list())
    },

    async update(id, patch, ctx) {
      const initiativeId = parseId(id, 'id')
      const data = parseOrThrow(InitiativePatchSchema, patch)
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        const current = await getInitiative(tx, initiativeId, ['id'])
        await checkDecisionLinks(tx, initiativeId, data)
        const next: Initiative = defined({
          ...current,
          ...defined(data),
          id: current.id,
          organisationId: current.organisationId,
          updatedAt: s.now(),
        })
        await tx.initiatives.put(next)
        return next
      })
    },

    async snapshot(id, ctx) {
      const initiativeId = parseId(id, 'id')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        const initiative = await getInitiative(tx, initiativeId, ['id'])
        const members = await tx.members.listByInitiative(initiativeId)
        const feedback = await tx.feedback.listByInitiative(initiativeId)
        // What an erased person agreed to no longer counts anywhere, so the principles check does not see it either.
        const subjects = [...members.filter((m) => !m.erasedAt).map((m) => m.id), ...feedback.map((f) => f.id)]
        const snapshot: InitiativeSnapshot = {
          initiative,
          members,
          sessions: (await tx.sessions.listByInitiative(initiativeId)).map(storedSession),
          payments: await tx.payments.listByInitiative(initiativeId),
          consents: await tx.consents.listBySubjects(subjects),
          feedback: await withWordsHidden(s, tx, feedback),
          updates: liveUpdates(await tx.updates.listByInitiative(initiativeId)),
          decisions: await tx.decisions.listByInitiative(initiativeId),
          asOf: s.now(),
        }
        return snapshot
      })
    },

    async impact(id, ctx, range) {
      const initiativeId = parseId(id, 'id')
      const days = parseOrThrow(ImpactRangeSchema, range ?? {})
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, initiativeId, ['id'])
        return impactSummary(tx, s, initiativeId, days)
      })
    },
  }
}
