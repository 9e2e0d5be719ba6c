import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { SessionInputSchema, type Session } from '../../schemas/session.js'
import { notFound, parseId, requireStaff } from '../access.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { getInitiative } from './initiatives.js'
import { getMemberOf } from './members.js'

export function sessionsArea(s: ServiceContext): Coproduction['sessions'] {
  return {
    async schedule(input, ctx) {
      const data = parseOrThrow(SessionInputSchema, input)
      requireStaff(await s.actorOf(ctx))
      return s.run(async (tx) => {
        await getInitiative(tx, data.initiativeId)
        for (const [i, memberId] of (data.attendees ?? []).entries()) await getMemberOf(tx, data.initiativeId, memberId, ['attendees', i])
        const id = data.id ?? s.id('session')
        if (await tx.sessions.get(id))
          throw new CoproduceError('conflict', 'A session with this id already exists', [{ path: ['id'], message: 'This id is taken' }])
        const session: Session = { ...data, id }
        await tx.sessions.put(session)
        return session
      })
    },

    async markHeld(id, ctx) {
      const sessionId = parseId(id, 'id')
      requireStaff(await s.actorOf(ctx))
      return s.run(async (tx, emit) => {
        const session = await tx.sessions.get(sessionId)
        if (!session) throw notFound('session', ['id'])
        if (session.heldAt) return session
        const held: Session = { ...session, heldAt: s.now() }
        await tx.sessions.put(held)
        await emit('session.held', { sessionId }, session.initiativeId)
        return held
      })
    },

    async list(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      requireStaff(await s.actorOf(ctx))
      return s.run(async (tx) => {
        await getInitiative(tx, id)
        return tx.sessions.listByInitiative(id)
      })
    },
  }
}
