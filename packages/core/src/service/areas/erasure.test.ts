import { describe, expect, it } from 'vitest'
import { world } from '../world.fixture.js'

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
    await w.cp.payments.record({ initiativeId: plan.id, memberId: sam.member.id, hours: 2, amount: 26.9, currency: 'GBP', method: 'cash' }, w.asStaff)
    await w.cp.updates.publish({ initiativeId: plan.id, youSaid: 'Waiting', weDid: 'Shorter queues', linkedFeedback: [fb.id], credits: [sam.member.id] }, w.asStaff)
    return { ...w, plan, sam, fb }
  }

  it('leaves no name, contact or words in the store, while counts, payments and consent history stay', async () => {
    const { cp, store, plan, sam, asStaff, anonymous } = await setup()
    const personal = ['Samira Erasable', 'sam@example.org', '07700 900123', 'My poem about the waiting room.', 'drawing-77', 'A long queue', 'Likes mornings', 'crm-Samira']
    const before = JSON.stringify(await store.dump())
    for (const text of personal) expect(before).toContain(text)
    const historyBefore = await cp.consent.history(sam.member.id, asStaff)

    await cp.erase(sam.member.id, sam.as)

    const after = JSON.stringify(await store.dump())
    for (const text of personal) expect(after).not.toContain(text)
    expect(await cp.consent.history(sam.member.id, asStaff)).toEqual(historyBefore)
    expect(await cp.feedback.list(plan.id, asStaff)).toEqual([
      { id: 'feedback-1', initiativeId: plan.id, kind: 'creative', rating: 'very-good', anonymous: true, createdAt: '2026-01-05T10:00:00.000Z' },
    ])
    expect((await cp.payments.list(plan.id, asStaff)).map((p) => p.amount)).toEqual([26.9])
    expect(await cp.initiatives.impact(plan.id, anonymous)).toMatchObject({ feedback: 1, answered: 1, credited: [] })
    const [shown] = await cp.updates.listPublic(plan.id, anonymous)
    expect(shown).toMatchObject({ linkedFeedbackCount: 1, quotes: [], credits: [] })
    const member = await cp.members.get(sam.member.id, asStaff)
    expect(member).toEqual({ id: sam.member.id, initiativeId: plan.id, displayName: 'Former member', roles: ['lived-experience'], joinedAt: sam.member.joinedAt, erasedAt: '2026-01-05T10:00:00.000Z' })
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
