import { describe, expect, it } from 'vitest'
import { world } from '../../test-support/world.js'

async function setup() {
  const w = world()
  const plan = await w.initiative()
  const sam = await w.member(plan.id, 'Sam Example')
  const alex = await w.member(plan.id, 'Alex Other')
  const samSaid = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'Open on Saturdays.' }, sam.as)
  const alexSaid = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'story', text: 'I waited two hours.' }, alex.as)
  const update = await w.cp.updates.publish(
    {
      initiativeId: plan.id,
      youSaid: 'Open at weekends',
      weDid: 'We now open on Saturday mornings',
      status: 'done',
      linkedFeedback: [samSaid.id, alexSaid.id],
      credits: [sam.member.id, alex.member.id],
    },
    w.asStaff,
  )
  const publicRead = async (ctx = w.anonymous) => (await w.cp.updates.listPublic(plan.id, ctx))[0]!
  return { ...w, plan, sam, alex, samSaid, alexSaid, update, publicRead }
}

describe('updates: "you said, we did", shown only as people agreed', () => {
  it('shows no words and no names until people say yes, but always the count', async () => {
    const { publicRead } = await setup()
    expect(await publicRead()).toMatchObject({ linkedFeedbackCount: 2, quotes: [], credits: [] })
  })

  it('shows words without a name for quote-anonymously, and with the name for quote-with-name', async () => {
    const { cp, sam, alex, publicRead, samSaid, alexSaid } = await setup()
    await cp.consent.give({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
    await cp.consent.give({ subject: alex.member.id, purposeId: 'quote-anonymously' }, alex.as)
    expect((await publicRead()).quotes).toEqual([
      { feedbackId: samSaid.id, text: 'Open on Saturdays.', by: 'Sam Example' },
      { feedbackId: alexSaid.id, text: 'I waited two hours.' },
    ])
  })

  it('removes a person’s words and name the moment they withdraw quote-with-name; the history stays', async () => {
    const { cp, sam, publicRead } = await setup()
    await cp.consent.give({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
    expect(JSON.stringify(await publicRead())).toContain('Open on Saturdays.')
    await cp.consent.withdraw({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
    const after = JSON.stringify(await publicRead())
    expect(after).not.toContain('Open on Saturdays.')
    expect(after).not.toContain('Sam Example')
    expect((await cp.consent.history(sam.member.id, sam.as)).map((r) => [r.purposeId, r.status])).toEqual([
      ['quote-with-name', 'given'],
      ['quote-with-name', 'withdrawn'],
    ])
  })

  it('thanks people by name only while credit-by-name is given', async () => {
    const { cp, sam, publicRead, asStaff, plan } = await setup()
    await cp.consent.give({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    expect((await publicRead()).credits).toEqual([{ memberId: sam.member.id, displayName: 'Sam Example' }])
    expect((await cp.initiatives.impact(plan.id, { actor: null })).credited).toEqual([
      { memberId: sam.member.id, displayName: 'Sam Example' },
    ])
    await cp.consent.withdraw({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    expect((await publicRead()).credits).toEqual([])
    expect((await cp.updates.list(plan.id, asStaff))[0]!.credits).toHaveLength(2)
    expect((await cp.consent.history(sam.member.id, sam.as)).map((r) => r.status)).toEqual(['given', 'withdrawn'])
  })

  it('marks the viewer’s own contributions as theirs', async () => {
    const { cp, sam, alex, publicRead, samSaid } = await setup()
    await cp.consent.give({ subject: sam.member.id, purposeId: 'quote-anonymously' }, sam.as)
    const forSam = await publicRead(sam.as)
    expect(forSam.yours).toBe(true)
    expect(forSam.quotes).toEqual([{ feedbackId: samSaid.id, text: 'Open on Saturdays.', yours: true }])
    expect((await publicRead(alex.as)).quotes[0]!.yours).toBeUndefined()
    expect((await publicRead()).yours).toBeUndefined()
  })

  it('quotes anonymous feedback only with consent given for that contribution', async () => {
    const { cp, plan, asStaff, anonymous } = await setup()
    const quiet = await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'More chairs.' }, anonymous)
    const shared = await cp.feedback.submit(
      { initiativeId: plan.id, kind: 'idea', text: 'A quiet room.', consents: [{ purposeId: 'quote-with-name', decision: 'give' }] },
      anonymous,
    )
    const update = await cp.updates.publish(
      { initiativeId: plan.id, youSaid: 'Space', weDid: 'Rearranged the room', linkedFeedback: [quiet.id, shared.id] },
      asStaff,
    )
    const shown = (await cp.updates.listPublic(plan.id, anonymous)).find((u) => u.id === update.id)!
    expect(shown.quotes).toEqual([{ feedbackId: shared.id, text: 'A quiet room.' }])
  })

  it('changes status with a timeline, and needs a reason for "not possible"', async () => {
    const { cp, plan, asStaff, clock } = await setup()
    const update = await cp.updates.publish({ initiativeId: plan.id, youSaid: 'A lift', weDid: 'Asked the landlord' }, asStaff)
    expect(update).toMatchObject({ status: 'planned', timeline: [{ status: 'planned' }] })
    await expect(cp.updates.change(update.id, { status: 'not-possible' }, asStaff)).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: ['reason'] }],
    })
    await expect(
      cp.updates.publish({ initiativeId: plan.id, youSaid: 'x', weDid: 'y', status: 'not-possible' }, asStaff),
    ).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: ['reason'] }],
    })
    clock.advanceDays(3)
    const changed = await cp.updates.change(
      update.id,
      { status: 'not-possible', reason: 'The building is listed.', note: 'We tried.' },
      asStaff,
    )
    expect(changed.timeline).toEqual([
      { at: '2026-01-05T10:00:00.000Z', status: 'planned' },
      { at: '2026-01-08T10:00:00.000Z', status: 'not-possible', note: 'We tried.' },
    ])
    expect((await cp.updates.listPublic(plan.id, { actor: null })).find((u) => u.id === update.id)?.reason).toBe('The building is listed.')
  })

  it('links feedback and credits only from the same initiative, without repeats', async () => {
    const { cp, plan, asStaff, update, samSaid, sam, initiative, member } = await setup()
    expect((await cp.updates.linkFeedback(update.id, [samSaid.id], asStaff)).linkedFeedback).toHaveLength(2)
    expect((await cp.updates.credit(update.id, [sam.member.id], asStaff)).credits).toHaveLength(2)
    const other = await initiative({ title: 'Another plan' })
    const stranger = await member(other.id, 'Stranger')
    await expect(cp.updates.credit(update.id, [stranger.member.id], asStaff)).rejects.toMatchObject({
      code: 'not-found',
      issues: [{ path: ['credits', 0] }],
    })
    await expect(cp.updates.linkFeedback(update.id, ['no-such-feedback'], asStaff)).rejects.toMatchObject({ code: 'not-found' })
    await expect(
      cp.updates.publish({ initiativeId: plan.id, youSaid: 'x', weDid: 'y', credits: [stranger.member.id] }, asStaff),
    ).rejects.toMatchObject({
      code: 'not-found',
    })
  })

  it('is read by anyone in public, but changed only by staff', async () => {
    const { cp, plan, sam, update, anonymous } = await setup()
    await expect(cp.updates.publish({ initiativeId: plan.id, youSaid: 'x', weDid: 'y' }, sam.as)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(cp.updates.change(update.id, { progress: 50 }, sam.as)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.updates.linkFeedback(update.id, [], anonymous)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.updates.credit(update.id, [], sam.as)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.updates.list(plan.id, sam.as)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.updates.listPublic('no-such-initiative', anonymous)).rejects.toMatchObject({ code: 'not-found' })
  })
})
