import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { InboxItem } from '../../schemas/inbox.js'
import { world } from '../../test-support/world.js'
import { pageOf } from './feedback-inbox.js'

async function setup() {
  const w = world()
  const plan = await w.initiative()
  const sam = await w.member(plan.id, 'Sam Example')
  const alex = await w.member(plan.id, 'Alex Other')
  const samSaid = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'Open on Saturdays.' }, sam.as)
  const quiet = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'poor', anonymous: true }, w.anonymous)
  const alexSaid = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'story', text: 'I waited two hours.' }, alex.as)
  return { ...w, plan, sam, alex, samSaid, quiet, alexSaid }
}

describe('the staff feedback inbox', () => {
  it('lists newest first, with counts, and links each piece to the update that answers it', async () => {
    const { cp, plan, samSaid, quiet, alexSaid, asStaff } = await setup()
    const update = await cp.updates.publish(
      { initiativeId: plan.id, youSaid: 'More hours', weDid: 'We stay open later', linkedFeedback: [samSaid.id] },
      asStaff,
    )
    const page = await cp.feedback.inbox(plan.id, {}, asStaff)
    expect(page.items.map((f) => f.id)).toEqual([alexSaid.id, quiet.id, samSaid.id])
    expect(page.counts).toEqual({ total: 3, unanswered: 2 })
    expect(page.items[2]!.answeredBy).toEqual([{ id: update.id, weDid: 'We stay open later', publishedAt: update.publishedAt }])
    const unanswered = await cp.feedback.inbox(plan.id, { unanswered: true }, asStaff)
    expect(unanswered.items.map((f) => f.id)).toEqual([alexSaid.id, quiet.id])
  })

  it('never shows who gave anonymous feedback, and shows the name of who gave named feedback', async () => {
    const { cp, plan, asStaff } = await setup()
    const page = await cp.feedback.inbox(plan.id, { who: 'anonymous' }, asStaff)
    expect(page.items).toHaveLength(1)
    expect(page.items[0]).not.toHaveProperty('memberId')
    expect(page.items[0]).not.toHaveProperty('by')
    const named = await cp.feedback.inbox(plan.id, { who: 'named', kind: 'idea' }, asStaff)
    expect(named.items.map((f) => f.by)).toEqual(['Sam Example'])
  })

  it('says whether each person agreed to be quoted, at this moment', async () => {
    const { cp, plan, sam, asStaff, samSaid } = await setup()
    const quoteOf = async () => (await cp.feedback.inbox(plan.id, {}, asStaff)).items.find((f) => f.id === samSaid.id)!.quote
    expect(await quoteOf()).toBe('no')
    await cp.consent.give({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
    expect(await quoteOf()).toBe('with-name')
    await cp.consent.withdraw({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
    expect(await quoteOf()).toBe('no')
  })

  it('is for staff only, and refuses a bad filter with a clear error', async () => {
    const { cp, plan, sam, asStaff } = await setup()
    await expect(cp.feedback.inbox(plan.id, {}, sam.as)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.feedback.inbox(plan.id, { limit: 0 }, asStaff)).rejects.toMatchObject({ code: 'validation' })
    await expect(cp.feedback.inbox(plan.id, { cursor: 'nonsense' }, asStaff)).rejects.toMatchObject({ code: 'validation' })
  })

  it('offers credit by name only where consent allows it now, and says why not', async () => {
    const { cp, plan, sam, alex, asStaff } = await setup()
    await cp.consent.give({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    await cp.consent.refuse({ subject: alex.member.id, purposeId: 'credit-by-name' }, alex.as)
    const options = await cp.updates.creditOptions(plan.id, asStaff)
    expect(options).toEqual(
      expect.arrayContaining([
        { memberId: sam.member.id, displayName: 'Sam Example', credit: true },
        { memberId: alex.member.id, displayName: 'Alex Other', credit: false, why: 'refused' },
      ]),
    )
  })
})

const item = (n: number, at: number): InboxItem => ({
  id: `f${String(n).padStart(4, '0')}`,
  initiativeId: 'i1',
  kind: 'idea',
  anonymous: n % 2 === 0,
  createdAt: new Date(Date.UTC(2026, 0, 1) + at * 60_000).toISOString(),
  quote: 'no',
  answeredBy: [],
})

describe('inbox paging', () => {
  it('walks every item exactly once, newest first, for any page size, even when new items arrive between pages', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }), fc.integer({ min: 1, max: 100 }), (times, limit) => {
        const items = times.map((at, n) => item(n, at))
        const seen: string[] = []
        let cursor: string | undefined
        let arriving = items.length
        for (;;) {
          const page = pageOf([...items], cursor === undefined ? { limit } : { limit, cursor })
          seen.push(...page.items.map((f) => f.id))
          // Feedback given meanwhile is newer than everything: it must not shift the next page.
          items.push(item(arriving++, 100))
          if (!page.nextCursor) break
          cursor = page.nextCursor
        }
        const expected = times
          .map((at, n) => item(n, at))
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
        expect(seen).toEqual(expected.map((f) => f.id))
      }),
    )
  })
})
