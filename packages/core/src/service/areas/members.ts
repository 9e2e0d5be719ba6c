import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { MemberInputSchema, MemberPatchSchema, type Member } from '../../schemas/member.js'
import type { StoreTx } from '../../store/store-port.js'
import { notFound, parseId, requireSelfOrStaff, requireStaff } from '../access.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { notErased } from './erased.js'
import { getInitiative } from './initiatives.js'

/** The member, locked until the transaction ends, erased or not; or `not-found`. Erasure reads them this way. */
export async function lockMember(tx: StoreTx, id: string, path: (string | number)[] = ['memberId']): Promise<Member> {
  const member = await tx.members.getForUpdate(id)
  if (!member) throw notFound('member', path)
  return member
}

/** The member, locked until the transaction ends; `not-found`, or `erased` once they were erased. */
export async function getMember(tx: StoreTx, id: string, path: (string | number)[] = ['memberId']): Promise<Member> {
  return notErased(await lockMember(tx, id, path), path)
}

/** A member of this initiative, locked until the transaction ends; `not-found`, or `erased` once they were erased. */
export async function getMemberOf(tx: StoreTx, initiativeId: string, id: string, path: (string | number)[]): Promise<Member> {
  const member = await tx.members.getForUpdate(id)
  if (!member || member.initiativeId !== initiativeId) throw notFound('member', path)
  return notErased(member, path)
}

export function membersArea(s: ServiceContext): Coproduction['members'] {
  return {
    async join(input, ctx) {
      const data = parseOrThrow(MemberInputSchema, input)
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx, emit) => {
        await getInitiative(tx, data.initiativeId)
        const id = data.id ?? s.id('member')
        if (await tx.members.get(id))
          throw new CoproduceError('conflict', 'A member with this id already exists', [{ path: ['id'], message: 'This id is taken' }])
        const member: Member = { ...data, id, joinedAt: data.joinedAt ?? s.now() }
        await tx.members.put(member)
        await emit('member.joined', { memberId: id }, member.initiativeId)
        return member
      })
    },

    async get(id, ctx) {
      const memberId = parseId(id, 'id')
      requireSelfOrStaff(await s.actorOf(ctx), memberId)
      return s.run(ctx, (tx) => getMember(tx, memberId, ['id']))
    },

    async list(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, id)
        return tx.members.listByInitiative(id)
      })
    },

    async change(id, patch, ctx) {
      const memberId = parseId(id, 'id')
      const changes = parseOrThrow(MemberPatchSchema, patch)
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        const member = await getMember(tx, memberId, ['id'])
        const changed: Member = { ...member }
        for (const [field, value] of Object.entries(changes) as [keyof typeof changes, unknown][]) {
          if (value === undefined) continue
          if (value === null) delete changed[field]
          else (changed as Record<string, unknown>)[field] = value
        }
        await tx.members.put(changed)
        return changed
      })
    },

    async leave(id, ctx) {
      const memberId = parseId(id, 'id')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx, emit) => {
        const member = await getMember(tx, memberId, ['id'])
        if (member.leftAt) return member
        const left: Member = { ...member, leftAt: s.now() }
        await tx.members.put(left)
        await emit('member.left', { memberId }, member.initiativeId)
        return left
      })
    },

    async findByHostRef(hostRef, ctx) {
      const ref = parseId(hostRef, 'hostRef')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => (await tx.members.findByHostRef(ref)).find((m) => !m.erasedAt))
    },
  }
}
