import { describe, expect, it } from 'vitest'
import { world } from '../../test-support/world.js'

async function setup() {
  const w = world()
  const plan = await w.initiative()
  const sam = await w.member(plan.id, 'Sam Example')
  const alex = await w.member(plan.id, 'Alex Other')
  const samSaid = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', rating: 'good', text: 'Open on Saturdays.' }, sam.as)
  const alexSaid = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'story', text: 'I waited two hours.' }, alex.as)
  return { ...w, plan, sam, alex, samSaid, alexSaid }
}

describe('exports', () => {
  it('gives a member everything kept about them', async () => {
    const { cp, plan, sam, samSaid, asStaff } = await setup()
    await cp.consent.give({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    await cp.payments.record(
      { initiativeId: plan.id, memberId: sam.member.id, hours: 1, amount: 13.45, currency: 'GBP', method: 'cash' },
      asStaff,
    )
    const update = await cp.updates.publish(
      { initiativeId: plan.id, youSaid: 'Weekends', weDid: 'Open Saturdays', linkedFeedback: [samSaid.id] },
      asStaff,
    )
    await cp.updates.publish({ initiativeId: plan.id, youSaid: 'Other', weDid: 'Other' }, asStaff)
    const mine = await cp.exports.member(sam.member.id, sam.as)
    expect(mine.member).toEqual(sam.member)
    expect(mine.feedback).toEqual([samSaid])
    expect(mine.consents.map((c) => c.purposeId)).toEqual(['credit-by-name'])
    expect(mine.payments.map((p) => p.amount)).toEqual([13.45])
    expect(mine.updates.map((u) => u.id)).toEqual([update.id])
  })

  it('lets only the person or staff export their data', async () => {
    const { cp, sam, alex, anonymous, asStaff } = await setup()
    await expect(cp.exports.member(sam.member.id, alex.as)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.exports.member(sam.member.id, anonymous)).rejects.toMatchObject({ code: 'forbidden' })
    expect((await cp.exports.member(sam.member.id, asStaff)).member.id).toBe(sam.member.id)
  })

  it('shares with partners only what people agreed to share, with words and names as agreed', async () => {
    const { cp, plan, sam, alex, samSaid, alexSaid, asStaff } = await setup()
    await cp.consent.give({ subject: sam.member.id, purposeId: 'share-with-partners' }, sam.as)
    await cp.consent.give({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
    await cp.consent.give({ subject: alex.member.id, purposeId: 'quote-with-name' }, alex.as)
    let shared = await cp.exports.partners(plan.id, asStaff)
    expect(shared.feedback).toEqual([
      { id: samSaid.id, kind: 'idea', rating: 'good', text: 'Open on Saturdays.', by: 'Sam Example', createdAt: samSaid.createdAt },
    ])
    expect(shared.counts).toEqual({ feedback: 2, members: 2, updates: 0 })
    expect(JSON.stringify(shared)).not.toContain(alexSaid.text!)
    await cp.consent.withdraw({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
    shared = await cp.exports.partners(plan.id, asStaff)
    expect(shared.feedback).toEqual([{ id: samSaid.id, kind: 'idea', rating: 'good', createdAt: samSaid.createdAt }])
    await cp.consent.withdraw({ subject: sam.member.id, purposeId: 'share-with-partners' }, sam.as)
    expect((await cp.exports.partners(plan.id, asStaff)).feedback).toEqual([])
    await expect(cp.exports.partners(plan.id, sam.as)).rejects.toMatchObject({ code: 'forbidden' })
  })
})
