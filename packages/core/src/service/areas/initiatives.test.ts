import { describe, expect, it } from 'vitest'
import { world } from '../../test-support/world.js'

describe('initiatives, members, sessions and payments', () => {
  it('creates an initiative with the default stages, and changes only the fields given', async () => {
    const { cp, asStaff, clock, initiative } = world()
    const plan = await initiative({ problemFraming: 'open', communication: { updateEveryDays: 14 } })
    expect(plan).toMatchObject({ id: 'initiative-1', createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z' })
    clock.advanceDays(1)
    const changed = await cp.initiatives.update(plan.id, { title: 'The welcome project', label: 'co-design' }, asStaff)
    expect(changed).toMatchObject({
      title: 'The welcome project',
      label: 'co-design',
      problemFraming: 'open',
      communication: { updateEveryDays: 14 },
      updatedAt: '2026-01-06T10:00:00.000Z',
    })
    expect(await cp.initiatives.get(plan.id, { actor: null })).toEqual(changed)
    expect(await cp.initiatives.list(asStaff)).toEqual([changed])
    await expect(cp.initiatives.update('missing', { title: 'x' }, asStaff)).rejects.toMatchObject({
      code: 'not-found',
      issues: [{ path: ['id'] }],
    })
    await expect(cp.initiatives.get('', { actor: null })).rejects.toMatchObject({ code: 'validation', issues: [{ path: ['id'] }] })
  })

  it('keeps the id a host chose, and refuses it twice', async () => {
    const { cp, asStaff } = world()
    expect((await cp.initiatives.create({ id: 'case-42', title: 'T', purpose: 'P' }, asStaff)).id).toBe('case-42')
    await expect(cp.initiatives.create({ id: 'case-42', title: 'T', purpose: 'P' }, asStaff)).rejects.toMatchObject({ code: 'conflict' })
  })

  it('gathers everything for the principles engine in a snapshot', async () => {
    const { cp, asStaff, initiative, member } = world()
    const plan = await initiative()
    const sam = await member(plan.id)
    const fb = await cp.feedback.submit(
      { initiativeId: plan.id, kind: 'rating', rating: 'good', consents: [{ purposeId: 'store-contribution', decision: 'give' }] },
      sam.as,
    )
    const anon = await cp.feedback.submit(
      { initiativeId: plan.id, kind: 'rating', rating: 'poor', consents: [{ purposeId: 'quote-anonymously', decision: 'refuse' }] },
      { actor: null },
    )
    const snapshot = await cp.initiatives.snapshot(plan.id, asStaff)
    expect(snapshot.initiative.id).toBe(plan.id)
    expect(snapshot.members.map((m) => m.id)).toEqual([sam.member.id])
    expect(snapshot.feedback.map((f) => f.id)).toEqual([fb.id, anon.id])
    // A choice made with a piece of feedback covers that feedback: its subject is the feedback.
    expect(snapshot.consents.map((c) => c.subject)).toEqual([fb.id, anon.id])
    expect(snapshot.asOf).toBe('2026-01-05T10:00:00.000Z')
  })

  it('adds members, finds them by the host’s id, and marks them as left', async () => {
    const { cp, asStaff, initiative, member } = world()
    const plan = await initiative()
    const { member: sam } = await member(plan.id, 'Sam')
    expect(await cp.members.findByHostRef('crm-Sam', asStaff)).toEqual(sam)
    expect(await cp.members.findByHostRef('crm-nobody', asStaff)).toBeUndefined()
    const left = await cp.members.leave(sam.id, asStaff)
    expect(left.leftAt).toBe('2026-01-05T10:00:00.000Z')
    expect(await cp.members.list(plan.id, asStaff)).toEqual([left])
    await expect(cp.members.join({ initiativeId: 'missing', displayName: 'X', roles: ['practitioner'] }, asStaff)).rejects.toMatchObject({
      code: 'not-found',
      issues: [{ path: ['initiativeId'] }],
    })
    await expect(cp.members.join({ initiativeId: plan.id, displayName: 'X', roles: [] }, asStaff)).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: ['roles'] }],
    })
  })

  it('plans sessions and marks them held once', async () => {
    const { cp, asStaff, initiative, member } = world()
    const plan = await initiative()
    const sam = await member(plan.id)
    const events: string[] = []
    cp.on('session.held', (e) => void events.push(e.data.sessionId))
    const session = await cp.sessions.schedule(
      {
        initiativeId: plan.id,
        startsAt: '2026-02-01T10:00:00Z',
        durationMinutes: 120,
        format: 'in-person',
        venue: { name: 'Community café', kind: 'community' },
        attendees: [sam.member.id],
        childcare: true,
      },
      asStaff,
    )
    expect(session.venue?.access).toEqual([])
    const held = await cp.sessions.markHeld(session.id, asStaff)
    await cp.sessions.markHeld(session.id, asStaff)
    await cp.flush()
    expect(events).toEqual([session.id])
    expect(await cp.sessions.list(plan.id, asStaff)).toEqual([held])
    await expect(
      cp.sessions.schedule(
        { initiativeId: plan.id, startsAt: '2026-02-01T10:00:00Z', durationMinutes: 60, format: 'online', attendees: ['ghost'] },
        asStaff,
      ),
    ).rejects.toMatchObject({
      code: 'not-found',
      issues: [{ path: ['attendees', 0, 'memberId'] }],
    })
  })

  it('records payments, with a reason for vouchers', async () => {
    const { cp, asStaff, initiative, member } = world()
    const plan = await initiative()
    const sam = await member(plan.id)
    await expect(
      cp.payments.record(
        { initiativeId: plan.id, memberId: sam.member.id, hours: 2, amount: 26.9, currency: 'GBP', method: 'voucher' },
        asStaff,
      ),
    ).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: ['voucherReason'] }],
    })
    const paid = await cp.payments.record(
      {
        initiativeId: plan.id,
        memberId: sam.member.id,
        hours: 2,
        amount: 26.9,
        currency: 'GBP',
        method: 'voucher',
        voucherReason: 'Cash would affect their benefits.',
      },
      asStaff,
    )
    expect(paid).toMatchObject({ id: 'payment-1', paidAt: '2026-01-05T10:00:00.000Z' })
    expect(await cp.payments.list(plan.id, asStaff)).toEqual([paid])
    await expect(
      cp.payments.record({ initiativeId: plan.id, memberId: 'ghost', hours: 1, amount: 1, currency: 'GBP', method: 'cash' }, asStaff),
    ).rejects.toMatchObject({
      code: 'not-found',
      issues: [{ path: ['memberId'] }],
    })
  })

  it('sums up impact: how much feedback was answered, and how fast', async () => {
    const { cp, asStaff, initiative, anonymous, clock } = world()
    const plan = await initiative()
    const a = await cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'good' }, anonymous)
    clock.set('2026-02-10T10:00:00Z')
    const b = await cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'poor' }, anonymous)
    await cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'neither' }, anonymous)
    clock.set('2026-02-14T10:00:00Z')
    await cp.updates.publish({ initiativeId: plan.id, youSaid: 'x', weDid: 'y', linkedFeedback: [a.id, b.id] }, asStaff)
    expect(await cp.initiatives.impact(plan.id, anonymous)).toEqual({
      initiativeId: plan.id,
      feedback: 3,
      answered: 2,
      medianDaysToAnswer: 22,
      byMonth: [
        { month: '2026-01', feedback: 1, answered: 1 },
        { month: '2026-02', feedback: 2, answered: 1 },
      ],
      credited: [],
    })
  })
  it('sums up impact for a range of days: the feedback given then, with its answers whenever they came', async () => {
    const { cp, asStaff, initiative, anonymous, clock, member } = world()
    const plan = await initiative()
    const { member: sam, as } = await member(plan.id)
    await cp.consent.give({ subject: sam.id, purposeId: 'credit-by-name' }, as)
    clock.set('2026-01-20T10:00:00Z')
    const january = await cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'good' }, anonymous)
    clock.set('2026-02-10T23:30:00Z')
    const february = await cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'poor' }, anonymous)
    clock.set('2026-03-02T10:00:00Z')
    await cp.updates.publish(
      { initiativeId: plan.id, youSaid: 'x', weDid: 'y', linkedFeedback: [january.id, february.id], credits: [sam.id] },
      asStaff,
    )
    const feb = await cp.initiatives.impact(plan.id, anonymous, { from: '2026-02-01', to: '2026-02-10' })
    expect(feb).toEqual({
      initiativeId: plan.id,
      range: { from: '2026-02-01', to: '2026-02-10' },
      feedback: 1,
      answered: 1,
      medianDaysToAnswer: 19.4, // 10 Feb 23:30 to 2 Mar 10:00
      byMonth: [{ month: '2026-02', feedback: 1, answered: 1 }],
      // The thanks were in March.
      credited: [],
    })
    const fromMarch = await cp.initiatives.impact(plan.id, anonymous, { from: '2026-03-01' })
    expect(fromMarch).toMatchObject({ feedback: 0, answered: 0, medianDaysToAnswer: null, byMonth: [] })
    expect(fromMarch.credited).toEqual([{ memberId: sam.id, displayName: sam.displayName }])
    expect(await cp.initiatives.impact(plan.id, anonymous, {})).toEqual(await cp.initiatives.impact(plan.id, anonymous))
  })

  it('says plainly what is wrong with a range', async () => {
    const { cp, initiative, anonymous } = world()
    const plan = await initiative()
    await expect(cp.initiatives.impact(plan.id, anonymous, { from: '1 Feb' })).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: ['from'], message: 'Use a date like 2026-04-01' }],
    })
    await expect(cp.initiatives.impact(plan.id, anonymous, { from: '2026-03-01', to: '2026-02-01' })).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: ['to'], message: 'The end date must be the same as or after the start date' }],
    })
    await expect(cp.initiatives.impact(plan.id, anonymous, { since: '2026-01-01' } as never)).rejects.toMatchObject({ code: 'validation' })
  })
})
