import { createCoproduction, memoryStore, type CallContext } from '@coproduce/core'
import { manualClock } from '@coproduce/core/testing'
import { describe, expect, it } from 'vitest'
import { eraseHiddenWordsEverywhere } from './erase-hidden-words.js'

const staff: CallContext = { actor: { id: 'staff-1', roles: ['staff'] } }

describe('the daily job that erases words people said we should not keep', () => {
  it('erases them in every initiative once a month has passed since the no, and leaves other words alone', async () => {
    const clock = manualClock('2026-12-01T09:00:00.000Z')
    const cp = createCoproduction({ store: memoryStore(), clock })
    const said: { id: string; initiativeId: string; text: string }[] = []
    for (const title of ['Warm spaces', 'Food bank hours']) {
      const plan = await cp.initiatives.create({ title, purpose: 'Work it out together.' }, staff)
      const member = await cp.members.join({ initiativeId: plan.id, displayName: 'Rae', roles: ['lived-experience'] }, staff)
      const as = { actor: { id: member.id, roles: ['member'] } }
      const text = `What I said about ${title}`
      said.push({ ...(await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text }, as)), text })
      await cp.consent.refuse({ subject: member.id, purposeId: 'store-contribution' }, as)
      await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'Someone else’s words', anonymous: true }, { actor: null })
    }

    expect(await eraseHiddenWordsEverywhere(cp)).toBe(0)
    clock.advanceDays(31)
    expect(await eraseHiddenWordsEverywhere(cp)).toBe(2)
    const dump = JSON.stringify(await cp.initiatives.list(staff).then((all) => Promise.all(all.map((i) => cp.feedback.list(i.id, staff)))))
    for (const { text } of said) expect(dump).not.toContain(text)
    expect(dump.match(/Someone else’s words/g)).toHaveLength(2)
    expect(await eraseHiddenWordsEverywhere(cp)).toBe(0)
  })
})
