import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { z } from 'zod'
import { AttendeeSchema, SessionInputSchema, type Attendance, type Session } from '../../schemas/session.js'
import { storedSession } from './session-record.js'
import type { StoreTx } from '../../store/store-port.js'
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
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, data.initiativeId)
        await checkAttendees(tx, data.initiativeId, data.attendees ?? [])
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
      return s.run(ctx, async (tx, emit) => {
        const session = await tx.sessions.get(sessionId)
        if (!session) throw notFound('session', ['id'])
        if (session.heldAt) return session
        const held: Session = { ...session, heldAt: s.now() }
        await tx.sessions.put(held)
        await emit('session.held', { sessionId }, session.initiativeId)
        return held
      })
    },

    async recordAttendance(id, attendees, ctx) {
      const sessionId = parseId(id, 'id')
      const list = parseOrThrow(AttendanceListSchema, attendees)
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        const found = await tx.sessions.get(sessionId)
        if (!found) throw notFound('session', ['id'])
        if (Date.parse(found.startsAt) > s.nowDate().getTime())
          throw new CoproduceError('conflict', 'Attendance is recorded after the session has started', [
            { path: ['attendees'], message: 'This session has not started yet' },
          ])
        await checkAttendees(tx, found.initiativeId, list)
        const session: Session = { ...storedSession(found), attendees: list }
        await tx.sessions.put(session)
        return session
      })
    },

    async list(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, id)
        return (await tx.sessions.listByInitiative(id)).map(storedSession)
      })
    },
  }
}

const AttendanceListSchema = z.array(AttendeeSchema).max(1000)

/** Every attendee is a member of the initiative, and each is named once. */
async function checkAttendees(tx: StoreTx, initiativeId: string, attendees: readonly Attendance[]): Promise<void> {
  const seen = new Set<string>()
  for (const [i, { memberId }] of attendees.entries()) {
    if (seen.has(memberId))
      throw new CoproduceError('validation', 'Each person is listed once', [
        { path: ['attendees', i, 'memberId'], message: 'This person is already listed' },
      ])
    seen.add(memberId)
    await getMemberOf(tx, initiativeId, memberId, ['attendees', i, 'memberId'])
  }
}
