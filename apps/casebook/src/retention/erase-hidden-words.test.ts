import { createCoproduction, memoryStore } from '@coproduce/core'
import { manualClock } from '@coproduce/core/testing'
import { describe, expect, it } from 'vitest'
import { eraseHiddenWordsEverywhere } from './erase-hidden-words.js'

describe('the daily job that erases words people said we should not keep', () => {
  it('erases them in every initiative once a month has passed since the no, and leaves other words alone', async () => {
    const clock = manualClock('2026-12-01T09:00:00.000Z')
    const store = memoryStore()
    const cp = createCoproduction({ store, clock })
    const said: { id: string; initiativeId: string; text: string }[] = []
    // Two initiatives in two organisations: the job reaches both.
    for (const [title, organisationId] of [
      ['Warm spaces', 'advice-service'],
      ['Food bank hours', 'housing-association'],
    ] as const) {
      const staff = { actor: { id: `staff-${organisationId}`, roles: ['staff'], organisationId } }
      const plan = await cp.initiatives.create({ title, purpose: 'Work it out together.' }, staff)
      const member = await cp.members.join({ initiativeId: plan.id, displayName: 'Rae', roles: ['lived-experience'] }, staff)
      const as = { actor: { id: member.id, roles: ['member'], organisationId } }
      const text = `What I said about ${title}`
      said.push({ ...(await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text }, as)), text })
      await cp.consent.refuse({ subject: member.id, purposeId: 'store-contribution' }, as)
      await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'Someone else’s words', anonymous: true }, { actor: null })
    }

    expect(await eraseHiddenWordsEverywhere(cp)).toBe(0)
    clock.advanceDays(31)
    expect(await eraseHiddenWordsEverywhere(cp)).toBe(2)
    const dump = JSON.stringify(await store.dump())
    for (const { text } of said) expect(dump).not.toContain(text)
    expect(dump.match(/Someone else’s words/g)).toHaveLength(2)
    expect(await eraseHiddenWordsEverywhere(cp)).toBe(0)
  })
})
