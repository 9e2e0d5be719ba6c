import { describe, expect, it } from 'vitest'
import { SessionInputSchema } from '../../schemas/session.js'
import { world } from '../../test-support/world.js'

const held = { startsAt: '2026-01-01T10:00:00Z', durationMinutes: 120, format: 'in-person' as const }

describe('attendance', () => {
  it('reads an old plain member id as "they came"', () => {
    const parsed = SessionInputSchema.parse({ initiativeId: 'i', ...held, attendees: ['m-1', { memberId: 'm-2', attended: false }] })
    expect(parsed.attendees).toEqual([
      { memberId: 'm-1', attended: true },
      { memberId: 'm-2', attended: false },
    ])
  })

  it('refuses attendance without a yes or no', () => {
    expect(SessionInputSchema.safeParse({ initiativeId: 'i', ...held, attendees: [{ memberId: 'm-1' }] }).success).toBe(false)
  })

  it('records who came and who did not, once the session has started', async () => {
    const { cp, asStaff, initiative, member } = world()
    const plan = await initiative()
    const sam = await member(plan.id, 'Sam')
    const kit = await member(plan.id, 'Kit')
    const session = await cp.sessions.schedule({ initiativeId: plan.id, ...held }, asStaff)
    const recorded = await cp.sessions.recordAttendance(session.id, [sam.member.id, { memberId: kit.member.id, attended: false }], asStaff)
    expect(recorded.attendees).toEqual([
      { memberId: sam.member.id, attended: true },
      { memberId: kit.member.id, attended: false },
    ])
    expect((await cp.initiatives.snapshot(plan.id, asStaff)).sessions[0]?.attendees).toEqual(recorded.attendees)
  })

  it('refuses attendance before the session, for strangers, or for one person twice, and stores nothing', async () => {
    const { cp, asStaff, initiative, member } = world()
    const plan = await initiative()
    const sam = await member(plan.id, 'Sam')
    const later = await cp.sessions.schedule({ initiativeId: plan.id, ...held, startsAt: '2026-03-01T10:00:00Z' }, asStaff)
    await expect(cp.sessions.recordAttendance(later.id, [sam.member.id], asStaff)).rejects.toMatchObject({ code: 'conflict' })
    const past = await cp.sessions.schedule({ initiativeId: plan.id, ...held }, asStaff)
    await expect(cp.sessions.recordAttendance(past.id, ['ghost'], asStaff)).rejects.toMatchObject({
      code: 'not-found',
      issues: [{ path: ['attendees', 0, 'memberId'] }],
    })
    await expect(cp.sessions.recordAttendance(past.id, [sam.member.id, sam.member.id], asStaff)).rejects.toMatchObject({
      code: 'validation',
    })
    await expect(cp.sessions.recordAttendance('missing', [], asStaff)).rejects.toMatchObject({ code: 'not-found' })
    expect((await cp.sessions.list(plan.id, asStaff)).map((s) => s.attendees)).toEqual([undefined, undefined])
  })

  it('gives stored attendance in the old form back in the current form', async () => {
    const { cp, asStaff, initiative, member, store } = world()
    const plan = await initiative()
    const sam = await member(plan.id, 'Sam')
    const session = await cp.sessions.schedule({ initiativeId: plan.id, ...held }, asStaff)
    await store.transaction(async (tx) => tx.sessions.put({ ...session, attendees: [sam.member.id] as never }))
    expect((await cp.sessions.list(plan.id, asStaff))[0]?.attendees).toEqual([{ memberId: sam.member.id, attended: true }])
  })
})
