import { describe, expect, it } from 'vitest'
import type { DomainEvent } from '../../schemas/events.js'
import { world } from '../../test-support/world.js'

/** An update published by mistake, or with something wrong in it, can be taken down. Staff keep the record. */
async function setup() {
  const w = world()
  const plan = await w.initiative()
  const sam = await w.member(plan.id, 'Sam Example')
  await w.cp.consent.give({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
  await w.cp.consent.give({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
  const said = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'Open on Saturdays.' }, sam.as)
  const update = await w.cp.updates.publish(
    {
      initiativeId: plan.id,
      youSaid: 'Open at weekends',
      weDid: 'We now open on Sundays',
      status: 'done',
      linkedFeedback: [said.id],
      credits: [sam.member.id],
    },
    w.asStaff,
  )
  const events: DomainEvent[] = []
  w.cp.on('update.withdrawn', (e) => void events.push(e))
  return { ...w, plan, sam, said, update, events }
}

describe('taking an update down', () => {
  it('takes it off the public list and keeps it, with when and why, for staff', async () => {
    const { cp, plan, update, asStaff, anonymous, sam, clock } = await setup()
    clock.advance(60_000)
    const withdrawn = await cp.updates.withdraw(update.id, { reason: '  It named the wrong day  ' }, asStaff)
    expect(withdrawn.withdrawn).toEqual({ at: clock.now().toISOString(), reason: 'It named the wrong day' })
    expect(await cp.updates.listPublic(plan.id, anonymous)).toEqual([])
    expect(await cp.updates.listPublic(plan.id, sam.as)).toEqual([])
    const staffRead = await cp.updates.list(plan.id, asStaff)
    expect(staffRead).toEqual([withdrawn])
    expect(staffRead[0]).toMatchObject({ weDid: 'We now open on Sundays', timeline: update.timeline })
  })

  it('no longer answers the feedback or thanks anyone: the inbox, impact and the person’s page say so', async () => {
    const { cp, plan, update, asStaff, sam, said } = await setup()
    expect((await cp.feedback.inbox(plan.id, { unanswered: true }, asStaff)).items).toEqual([])
    expect(await cp.initiatives.impact(plan.id, asStaff)).toMatchObject({ answered: 1, credited: [{ memberId: sam.member.id }] })
    await cp.updates.withdraw(update.id, { reason: 'Wrong day' }, asStaff)
    const inbox = await cp.feedback.inbox(plan.id, { unanswered: true }, asStaff)
    expect(inbox.items.map((i) => [i.id, i.answeredBy])).toEqual([[said.id, []]])
    expect(await cp.initiatives.impact(plan.id, asStaff)).toMatchObject({ answered: 0, credited: [] })
    const mine = await cp.involvement(sam.member.id, sam.as)
    expect(JSON.stringify(mine)).not.toContain('We now open on Sundays')
    expect((await cp.initiatives.snapshot(plan.id, asStaff)).updates).toEqual([])
  })

  it('cannot be changed once down, and taking it down again changes nothing', async () => {
    const { cp, update, asStaff, said, sam, events } = await setup()
    const first = await cp.updates.withdraw(update.id, { reason: 'Wrong day' }, asStaff)
    const again = await cp.updates.withdraw(update.id, { reason: 'Another reason' }, asStaff)
    await cp.flush()
    expect(again).toEqual(first)
    expect(events.map((e) => [e.type, e.data])).toEqual([['update.withdrawn', { updateId: update.id }]])
    const takenDown = { code: 'conflict', message: expect.stringMatching(/taken down/) }
    await expect(cp.updates.change(update.id, { weDid: 'We now open on Saturdays' }, asStaff)).rejects.toMatchObject(takenDown)
    await expect(cp.updates.linkFeedback(update.id, [said.id], asStaff)).rejects.toMatchObject(takenDown)
    await expect(cp.updates.credit(update.id, [sam.member.id], asStaff)).rejects.toMatchObject(takenDown)
  })

  it('needs a reason, from staff, for an update that exists; otherwise nothing changes', async () => {
    const { cp, plan, update, asStaff, sam, anonymous, events } = await setup()
    for (const reason of [undefined, '', '   ', 'x'.repeat(10_001), 42])
      await expect(cp.updates.withdraw(update.id, { reason } as never, asStaff)).rejects.toMatchObject({
        code: 'validation',
        issues: [expect.objectContaining({ path: ['reason'] })],
      })
    await expect(cp.updates.withdraw(update.id, { reason: 'x', extra: 1 } as never, asStaff)).rejects.toMatchObject({ code: 'validation' })
    await expect(cp.updates.withdraw(update.id, { reason: 'Wrong day' }, sam.as)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.updates.withdraw(update.id, { reason: 'Wrong day' }, anonymous)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.updates.withdraw('no-such-update', { reason: 'Wrong day' }, asStaff)).rejects.toMatchObject({ code: 'not-found' })
    await cp.flush()
    expect(events).toEqual([])
    expect((await cp.updates.listPublic(plan.id, anonymous)).map((u) => u.id)).toEqual([update.id])
    expect((await cp.updates.list(plan.id, asStaff))[0]!.withdrawn).toBeUndefined()
  })
})
