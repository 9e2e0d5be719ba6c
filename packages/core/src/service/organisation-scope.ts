import { DEFAULT_ORGANISATION_ID } from '../schemas/organisation.js'
import { CoproduceError } from '../errors/coproduce-error.js'
import type { StoreTx } from '../store/store-port.js'

/** The organisation of an initiative as stored; initiatives stored before organisations belong to the default one. */
export const initiativeOrganisation = (initiative: { organisationId?: string | undefined }): string =>
  initiative.organisationId ?? DEFAULT_ORGANISATION_ID

/**
 * A view of `tx` that holds only the records of one organisation. A record of another organisation behaves
 * exactly as one that does not exist: `get` answers undefined, lists leave it out, and writing under another
 * organisation's initiative is refused the way a missing one is (the caller's own lookups answer `not-found`).
 */
const missing = () => new CoproduceError('not-found', 'We could not find that initiative')
const taken = () => new CoproduceError('conflict', 'This id is taken', [{ path: ['id'], message: 'This id is taken' }])

export function scopedTx(tx: StoreTx, organisationId: string): StoreTx {
  const known = new Map<string, boolean>()
  const inOrg = async (initiativeId: string | undefined): Promise<boolean> => {
    if (initiativeId === undefined) return false
    const cached = known.get(initiativeId)
    if (cached !== undefined) return cached
    const initiative = await tx.initiatives.get(initiativeId)
    const mine = !!initiative && initiativeOrganisation(initiative) === organisationId
    known.set(initiativeId, mine)
    return mine
  }
  const keep = async <T extends { initiativeId: string }>(record: T | undefined): Promise<T | undefined> =>
    record && (await inOrg(record.initiativeId)) ? record : undefined
  const keepAll = async <T extends { initiativeId: string }>(records: T[]): Promise<T[]> => {
    const out: T[] = []
    for (const r of records) if (await inOrg(r.initiativeId)) out.push(r)
    return out
  }
  const byInitiative =
    <T>(list: (id: string) => Promise<T[]>) =>
    async (initiativeId: string): Promise<T[]> =>
      (await inOrg(initiativeId)) ? list(initiativeId) : []
  /**
   * Write a record under one of this organisation's initiatives. Ids are shared by every organisation, so an id
   * another organisation's record has is taken: `conflict`, and nothing of that record shows or changes.
   */
  const guardPut =
    <T extends { id: string; initiativeId: string }>(
      get: (id: string) => Promise<{ initiativeId: string } | undefined>,
      put: (record: T) => Promise<void>,
    ) =>
    async (record: T): Promise<void> => {
      if (!(await inOrg(record.initiativeId))) throw missing()
      const current = await get(record.id)
      if (current && !(await inOrg(current.initiativeId))) throw taken()
      return put(record)
    }
  /** A consent subject is a member or a contribution (feedback); it is in the organisation when its initiative is. */
  const subjectInOrg = async (subject: string): Promise<boolean> => {
    const member = await tx.members.get(subject)
    if (member) return inOrg(member.initiativeId)
    const feedback = await tx.feedback.get(subject)
    if (feedback) return inOrg(feedback.initiativeId)
    const update = await tx.updates.get(subject)
    if (update) return inOrg(update.initiativeId)
    return false
  }

  return {
    organisations: tx.organisations,
    initiatives: {
      get: async (id) => {
        const initiative = await tx.initiatives.get(id)
        return initiative && initiativeOrganisation(initiative) === organisationId ? initiative : undefined
      },
      list: async () => (await tx.initiatives.list(organisationId)).filter((i) => initiativeOrganisation(i) === organisationId),
      put: async (initiative) => {
        const current = await tx.initiatives.get(initiative.id)
        // Ids are shared by every organisation, so a taken id is taken; nothing else about the other initiative shows.
        if (current && initiativeOrganisation(current) !== organisationId)
          throw new CoproduceError('conflict', 'An initiative with this id already exists', [{ path: ['id'], message: 'This id is taken' }])
        if (initiativeOrganisation(initiative) !== organisationId) throw missing()
        known.set(initiative.id, true)
        return tx.initiatives.put(initiative)
      },
    },
    members: {
      get: async (id) => keep(await tx.members.get(id)),
      getForUpdate: async (id) => keep(await tx.members.getForUpdate(id)),
      listByInitiative: byInitiative((id) => tx.members.listByInitiative(id)),
      findByHostRef: async (hostRef) => keepAll(await tx.members.findByHostRef(hostRef)),
      put: guardPut(
        (id) => tx.members.get(id),
        (m) => tx.members.put(m),
      ),
    },
    sessions: {
      get: async (id) => keep(await tx.sessions.get(id)),
      listByInitiative: byInitiative((id) => tx.sessions.listByInitiative(id)),
      put: guardPut(
        (id) => tx.sessions.get(id),
        (x) => tx.sessions.put(x),
      ),
    },
    feedback: {
      get: async (id) => keep(await tx.feedback.get(id)),
      listByInitiative: byInitiative((id) => tx.feedback.listByInitiative(id)),
      listByMember: async (memberId) => keepAll(await tx.feedback.listByMember(memberId)),
      findByIdempotencyKey: async (initiativeId, key) =>
        (await inOrg(initiativeId)) ? tx.feedback.findByIdempotencyKey(initiativeId, key) : undefined,
      put: guardPut(
        (id) => tx.feedback.get(id),
        (x) => tx.feedback.put(x),
      ),
      delete: async (id) => {
        if (await keep(await tx.feedback.get(id))) await tx.feedback.delete(id)
      },
    },
    updates: {
      get: async (id) => keep(await tx.updates.get(id)),
      listByInitiative: byInitiative((id) => tx.updates.listByInitiative(id)),
      put: guardPut(
        (id) => tx.updates.get(id),
        (x) => tx.updates.put(x),
      ),
    },
    payments: {
      get: async (id) => keep(await tx.payments.get(id)),
      listByInitiative: byInitiative((id) => tx.payments.listByInitiative(id)),
      listByMember: async (memberId) => keepAll(await tx.payments.listByMember(memberId)),
      put: guardPut(
        (id) => tx.payments.get(id),
        (x) => tx.payments.put(x),
      ),
    },
    decisions: {
      get: async (id) => keep(await tx.decisions.get(id)),
      listByInitiative: byInitiative((id) => tx.decisions.listByInitiative(id)),
      put: guardPut(
        (id) => tx.decisions.get(id),
        (x) => tx.decisions.put(x),
      ),
    },
    consents: {
      append: async (record) => {
        if (!(await subjectInOrg(record.subject))) throw missing()
        return tx.consents.append(record)
      },
      eraseNoticeText: (id, reference) => tx.consents.eraseNoticeText(id, reference),
      listBySubject: async (subject) => ((await subjectInOrg(subject)) ? tx.consents.listBySubject(subject) : []),
      listBySubjects: async (subjects) => {
        const mine: string[] = []
        for (const s of subjects) if (await subjectInOrg(s)) mine.push(s)
        return mine.length ? tx.consents.listBySubjects(mine) : []
      },
    },
    events: {
      append: (event) => tx.events.append(event),
      list: async () => (await tx.events.list(organisationId)).filter((e) => e.organisationId === organisationId),
    },
  }
}
