import { createCoproduction, memoryStore, type Member } from '@coproduce/core'
import { describe, expect, it } from 'vitest'
import { DEMO_INITIATIVE_ID } from './ids.js'
import { seedDemo } from './seed.js'
import { shiftableClock } from './shiftable-clock.js'

const staff = { actor: { id: 'staff-test', roles: ['staff'] } }

describe('the demo’s decisions, on record', () => {
  it('has the aims decided by consensus with members who have lived experience, the ground rules agreed, a risk decision and one still open', async () => {
    const clock = shiftableClock()
    const cp = createCoproduction({ store: memoryStore(), clock })
    await seedDemo(cp, clock, new Date('2026-06-15T12:00:00Z'))
    const initiative = await cp.initiatives.get(DEMO_INITIATIVE_ID, staff)
    const members = await cp.members.list(DEMO_INITIATIVE_ID, staff)
    const livedExperience = (id: string) => members.find((m: Member) => m.id === id)?.roles.includes('lived-experience') ?? false
    const decisions = await cp.decisions.list(DEMO_INITIATIVE_ID, staff)
    const byId = (id: string | undefined) => decisions.find((d) => d.id === id)

    const aims = byId(initiative.aims?.decisionId)
    expect(aims).toMatchObject({ kind: 'aims', status: 'decided', outcome: { method: 'consensus' } })
    expect(aims!.outcome!.decidedBy.filter(livedExperience).length).toBeGreaterThanOrEqual(2)
    expect(aims!.views.map((v) => v.memberId).filter(livedExperience).length).toBeGreaterThanOrEqual(2)

    const rules = byId(initiative.agreements?.[0]?.decisionId)
    expect(rules).toMatchObject({ kind: 'ground-rules', status: 'decided' })
    expect(initiative.agreements!.every((a) => a.decisionId === rules!.id)).toBe(true)
    const agreement = await cp.decisions.agreement(DEMO_INITIATIVE_ID, staff)
    expect(agreement.agreed).toBe(4)
    expect(agreement.rules.map((r) => r.text)).toEqual(initiative.agreements!.map((a) => a.text))

    expect(byId(initiative.riskDecisions?.[0]?.decisionId)).toMatchObject({ kind: 'risk', status: 'decided' })
    expect(decisions.filter((d) => d.status === 'open')).toHaveLength(1)
    expect((await cp.initiatives.snapshot(DEMO_INITIATIVE_ID, staff)).decisions).toHaveLength(4)
  })
})
