import { createCoproduction, memoryStore } from '@coproduce/core'
import { describe, expect, it } from 'vitest'
import { DEMO_INITIATIVE_ID, DEMO_MEMBER_IDS, DEMO_STAFF_ID, DEMO_STAFF_MEMBER_ID } from './ids.js'
import { seedDemo } from './seed.js'
import { shiftableClock } from './shiftable-clock.js'

const staff = { actor: { id: 'staff-test', roles: ['staff'] } }

describe('seedDemo', () => {
  it('fills an empty store with a Truth Commission that has months of history, and does nothing the second time', async () => {
    const clock = shiftableClock()
    const cp = createCoproduction({ store: memoryStore(), clock })
    const today = new Date('2026-06-15T12:00:00Z')
    expect(await seedDemo(cp, clock, today)).toBe(true)
    expect(await seedDemo(cp, clock, today)).toBe(false)

    const initiative = await cp.initiatives.get(DEMO_INITIATIVE_ID, staff)
    expect(initiative.paymentPolicy).toMatchObject({ hourlyRate: 13.45, currency: 'GBP' })
    const members = await cp.members.list(DEMO_INITIATIVE_ID, staff)
    expect(members.map((m) => m.displayName)).toContain('Amira Hussain')
    expect(members).toHaveLength(6)
    const feedback = await cp.feedback.list(DEMO_INITIATIVE_ID, staff)
    expect(feedback).toHaveLength(11)
    expect(feedback.filter((f) => f.anonymous).every((f) => f.memberId === undefined)).toBe(true)
    // Back-dated: the oldest feedback is about five months old.
    expect(
      feedback
        .map((f) => f.createdAt)
        .sort()[0]!
        .slice(0, 7),
    ).toBe('2026-01')
    const updates = await cp.updates.list(DEMO_INITIATIVE_ID, staff)
    expect(updates.map((u) => u.status).sort()).toEqual(['done', 'done', 'in-progress', 'not-possible', 'planned'])
    const payments = await cp.payments.list(DEMO_INITIATIVE_ID, staff)
    expect(payments.length).toBeGreaterThan(10)
    expect(payments.every((p) => p.amount >= p.hours * 13.45 - 0.01)).toBe(true)
    // The clock is back to the real time afterwards.
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5_000)

    // Public read: only people who said yes are named.
    const publicUpdates = await cp.updates.listPublic(DEMO_INITIATIVE_ID, { actor: null })
    const names = publicUpdates.flatMap((u) => u.credits.map((c) => c.displayName))
    expect(names).toContain('Amira Hussain')
    expect(names).not.toContain('Dave Price')
    expect(names).not.toContain('Tom Walsh')
    const impact = await cp.initiatives.impact(DEMO_INITIATIVE_ID, { actor: null })
    expect(impact).toMatchObject({ feedback: 11, answered: 6 })
    expect(impact.credited.map((c) => c.memberId).sort()).toEqual([DEMO_MEMBER_IDS.amira, DEMO_MEMBER_IDS.joy].sort())
  })

  it('names nobody in its ids, so erasing any demo member leaves none of their names or host ids in the store', async () => {
    const clock = shiftableClock()
    const store = memoryStore()
    const cp = createCoproduction({ store, clock })
    await seedDemo(cp, clock, new Date('2026-06-15T12:00:00Z'))
    const members = await cp.members.list(DEMO_INITIATIVE_ID, staff)
    for (const member of members) {
      const words = [...member.displayName.split(/\s+/), member.hostRef].filter((w): w is string => !!w)
      await cp.erase(member.id, staff)
      const dump = JSON.stringify(await store.dump())
      // Whole words only: "Joy" is a name, "enjoy" is not.
      for (const word of words) expect(dump, `${member.id}: ${word}`).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'))
    }
    for (const id of [...Object.values(DEMO_MEMBER_IDS), DEMO_STAFF_ID, DEMO_STAFF_MEMBER_ID]) expect(id).toMatch(/^(member|staff)-\d{4}$/)
  })
})
