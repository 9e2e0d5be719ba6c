import { describe, expect, it } from 'vitest'
import { world } from '../../test-support/world.js'

describe('erasure', () => {
  async function setup() {
    const w = world()
    const plan = await w.initiative()
    const sam = await w.member(plan.id, 'Samira Erasable')
    const fb = await w.cp.feedback.submit(
      {
        initiativeId: plan.id,
        kind: 'creative',
        rating: 'very-good',
        text: 'My poem about the waiting room.',
        attachments: [{ kind: 'drawing', ref: 'store/drawing-77.png', description: 'A long queue' }],
        consents: [{ purposeId: 'quote-with-name', decision: 'give' }],
      },
      sam.as,
    )
    await w.cp.consent.give({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    await w.cp.payments.record(
      { initiativeId: plan.id, memberId: sam.member.id, hours: 2, amount: 26.9, currency: 'GBP', method: 'cash' },
      w.asStaff,
    )
    await w.cp.updates.publish(
      { initiativeId: plan.id, youSaid: 'Waiting', weDid: 'Shorter queues', linkedFeedback: [fb.id], credits: [sam.member.id] },
      w.asStaff,
    )
    return { ...w, plan, sam, fb }
  }

  it('leaves no name, contact or words in the store, while counts, payments and consent history stay', async () => {
    const { cp, store, plan, sam, asStaff, anonymous } = await setup()
    const personal = [
      'Samira Erasable',
      'sam@example.org',
      '07700 900123',
      'My poem about the waiting room.',
      'drawing-77',
      'A long queue',
      'Likes mornings',
      'crm-Samira',
    ]
    const before = JSON.stringify(await store.dump())
    for (const text of personal) expect(before).toContain(text)
    const historyBefore = await cp.consent.history(sam.member.id, asStaff)

    await cp.erase(sam.member.id, sam.as)

    const after = JSON.stringify(await store.dump())
    for (const text of personal) expect(after).not.toContain(text)
    // Who decided what, and when, stays; the words shown become a reference to the purpose and its version.
    expect(await cp.consent.history(sam.member.id, asStaff)).toEqual(
      historyBefore.map((r) => ({ ...r, noticeText: `purpose ${r.purposeId} version ${r.purposeVersion}` })),
    )
    expect(await cp.feedback.list(plan.id, asStaff)).toEqual([
      {
        id: 'feedback-1',
        initiativeId: plan.id,
        kind: 'creative',
        rating: 'very-good',
        anonymous: true,
        createdAt: '2026-01-05T10:00:00.000Z',
        removedAt: expect.any(String),
      },
    ])
    expect((await cp.payments.list(plan.id, asStaff)).map((p) => p.amount)).toEqual([26.9])
    expect(await cp.initiatives.impact(plan.id, anonymous)).toMatchObject({ feedback: 1, answered: 1, credited: [] })
    const [shown] = await cp.updates.listPublic(plan.id, anonymous)
    expect(shown).toMatchObject({ linkedFeedbackCount: 1, quotes: [], credits: [] })
    const member = (await cp.members.list(plan.id, asStaff)).find((m) => m.id === sam.member.id)
    expect(member).toEqual({
      id: sam.member.id,
      initiativeId: plan.id,
      displayName: 'Former member',
      roles: ['lived-experience'],
      joinedAt: sam.member.joinedAt,
      erasedAt: '2026-01-05T10:00:00.000Z',
    })
  })

  it('keeps no free text: no context, no notice words, and a voucher reason cut down to one category word', async () => {
    const { cp, store, plan, sam, asStaff } = await setup()
    await cp.feedback.submit(
      { initiativeId: plan.id, kind: 'idea', text: 'Tea.', context: 'At the Tuesday group with my sister Jo' },
      sam.as,
    )
    await cp.consent.give(
      { subject: sam.member.id, purposeId: 'photo-and-video', noticeText: 'Sam, can we film you at the garden?' },
      sam.as,
    )
    await cp.payments.record(
      {
        initiativeId: plan.id,
        memberId: sam.member.id,
        hours: 1,
        amount: 13.45,
        currency: 'GBP',
        method: 'voucher',
        voucherReason: 'Cash would cut her Universal Credit',
      },
      asStaff,
    )
    await cp.erase(sam.member.id, asStaff)
    const dump = (await store.dump()) as {
      feedback: object[]
      consents: { subject: string; recordedBy: string; noticeText: string; purposeId: string; purposeVersion: number }[]
      payments: { voucherReason?: string }[]
    }
    const text = JSON.stringify(dump)
    for (const words of ['Tuesday group', 'film you', 'Universal Credit']) expect(text).not.toContain(words)
    for (const f of dump.feedback) expect(f).not.toHaveProperty('context')
    // Their standing choices, and the choice made with their feedback (whose subject is that feedback).
    const theirs = dump.consents.filter((c) => c.subject === sam.member.id || c.recordedBy === sam.member.id)
    expect(theirs.length).toBe(3)
    for (const c of theirs) expect(c.noticeText).toBe(`purpose ${c.purposeId} version ${c.purposeVersion}`)
    expect(dump.payments.map((p) => p.voucherReason)).toEqual([undefined, 'benefits'])
  })

  it('is final: nothing more can be done as them or about them, and each refusal says when they were removed', async () => {
    const { cp, plan, sam, asStaff, clock } = await setup()
    await cp.erase(sam.member.id, sam.as)
    const erasedAt = '2026-01-05T10:00:00.000Z'
    clock.advance(60_000)
    const gone = { code: 'erased', details: { erasedAt } }
    const input = { initiativeId: plan.id, kind: 'idea' as const, text: 'Written after I was removed.' }
    await expect(cp.feedback.submit(input, sam.as)).rejects.toMatchObject(gone)
    await expect(cp.feedback.submit({ ...input, memberId: sam.member.id }, asStaff)).rejects.toMatchObject(gone)
    await expect(cp.consent.give({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)).rejects.toMatchObject(gone)
    await expect(cp.consent.give({ subject: sam.member.id, purposeId: 'quote-with-name' }, asStaff)).rejects.toMatchObject(gone)
    await expect(cp.consent.current(sam.member.id, asStaff)).rejects.toMatchObject(gone)
    await expect(cp.consent.receipt(sam.member.id, asStaff)).rejects.toMatchObject(gone)
    await expect(cp.consent.current(sam.member.id, sam.as)).rejects.toMatchObject(gone)
    await expect(cp.exports.member(sam.member.id, asStaff)).rejects.toMatchObject(gone)
    await expect(cp.exports.member(sam.member.id, sam.as)).rejects.toMatchObject(gone)
    await expect(cp.members.get(sam.member.id, asStaff)).rejects.toMatchObject(gone)
    await expect(
      cp.payments.record(
        { initiativeId: plan.id, memberId: sam.member.id, hours: 1, amount: 13.45, currency: 'GBP', method: 'cash' },
        asStaff,
      ),
    ).rejects.toMatchObject(gone)
    await expect(
      cp.updates.publish({ initiativeId: plan.id, youSaid: 'x', weDid: 'y', credits: [sam.member.id] }, asStaff),
    ).rejects.toMatchObject(gone)
    await expect(cp.erase(sam.member.id, sam.as)).rejects.toMatchObject(gone)
    // The organisation can still show what was agreed, and when.
    expect((await cp.consent.history(sam.member.id, asStaff)).length).toBeGreaterThan(0)
  })

  it('takes what they agreed to out of the principles snapshot too, so nothing they said yes to counts any more', async () => {
    const { cp, plan, sam, asStaff } = await setup()
    expect((await cp.initiatives.snapshot(plan.id, asStaff)).consents?.some((c) => c.subject === sam.member.id)).toBe(true)
    await cp.erase(sam.member.id, asStaff)
    expect((await cp.initiatives.snapshot(plan.id, asStaff)).consents?.some((c) => c.subject === sam.member.id)).toBe(false)
  })

  it('sweeps up again when called again: anything found under the member is erased too', async () => {
    const { cp, store, plan, sam, asStaff } = await setup()
    await cp.erase(sam.member.id, asStaff)
    // A row that got in some other way (an old instance, a restore from backup) still names them.
    await store.transaction((tx) =>
      tx.feedback.put({
        id: 'late-1',
        initiativeId: plan.id,
        kind: 'story',
        text: 'A late story from Samira',
        anonymous: false,
        memberId: sam.member.id,
        createdAt: '2026-01-05T10:00:00.000Z',
      }),
    )
    await cp.erase(sam.member.id, asStaff)
    const text = JSON.stringify(await store.dump())
    expect(text).not.toContain('A late story')
    expect(text).toContain('late-1')
  })

  it('says so with a member.erased event, once', async () => {
    const { cp, sam, asStaff } = await setup()
    const erased: string[] = []
    cp.on('member.erased', (e) => void erased.push(e.data.memberId))
    await cp.erase(sam.member.id, asStaff)
    await cp.erase(sam.member.id, asStaff)
    await cp.flush()
    expect(erased).toEqual([sam.member.id])
  })

  it('is for the person themself or staff only', async () => {
    const { cp, plan, sam, member, anonymous } = await setup()
    const alex = await member(plan.id, 'Alex Other')
    await expect(cp.erase(sam.member.id, alex.as)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.erase(sam.member.id, anonymous)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.erase('nobody', { actor: { id: 'staff', roles: ['staff'] } })).rejects.toMatchObject({ code: 'not-found' })
  })
})
