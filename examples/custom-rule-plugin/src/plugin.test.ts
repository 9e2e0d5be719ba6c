import { createCoproduction, memoryStore } from '@coproduce/core'
import { evaluate } from '@coproduce/principles'
import { describe, expect, it } from 'vitest'
import { acmeHousing } from './plugin.js'

const plan = {
  initiative: { id: 'repairs', title: 'Repairs', purpose: 'Make repairs faster, together.', label: 'co-production' as const },
  members: [{ id: 'm-1', accessNeeds: ['BSL interpreter'] }],
  sessions: [{ id: 's-1', venue: { name: 'Housing office', kind: 'service-premises' as const, access: ['step-free'] } }],
}

describe('the acme-housing plugin in the principles engine', () => {
  it('adds its rule to evaluate, next to the built-in rules', () => {
    const report = evaluate(plan, { plugins: [acmeHousing], now: '2026-06-01T12:00:00Z' })
    const ours = report.findings.filter((f) => f.ruleId === 'acme/interpreter-booked')
    expect(ours).toHaveLength(1)
    expect(ours[0]).toMatchObject({
      outcome: 'fail',
      severity: 'error',
      stage: 'interactions',
      path: 'sessions[0].venue.access',
      source: 'Interactions: Co-production environments',
    })
    expect(ours[0]!.principles).toContain('cultural-historical-gender')
    expect(report.findings.some((f) => f.ruleId !== 'acme/interpreter-booked')).toBe(true)
    expect(report.summary.errors).toBeGreaterThanOrEqual(1)
  })

  it('counts towards the scores of the principles it names', () => {
    const without = evaluate(plan, { now: '2026-06-01T12:00:00Z' })
    const withPlugin = evaluate(plan, { plugins: [acmeHousing], now: '2026-06-01T12:00:00Z' })
    expect(withPlugin.principles['cultural-historical-gender'].fail).toBe(without.principles['cultural-historical-gender'].fail + 1)
  })

  it('can be turned down or off like any rule', () => {
    const warned = evaluate(plan, { plugins: [acmeHousing], rules: { 'acme/interpreter-booked': 'warning' }, now: '2026-06-01T12:00:00Z' })
    expect(warned.findings.find((f) => f.ruleId === 'acme/interpreter-booked')?.severity).toBe('warning')
    const off = evaluate(plan, { plugins: [acmeHousing], rules: { 'acme/interpreter-booked': 'off' }, now: '2026-06-01T12:00:00Z' })
    expect(off.findings.some((f) => f.ruleId === 'acme/interpreter-booked')).toBe(false)
  })

  it('is not run without the plugin', () => {
    const report = evaluate(plan, { now: '2026-06-01T12:00:00Z' })
    expect(report.findings.some((f) => f.ruleId === 'acme/interpreter-booked')).toBe(false)
  })
})

describe('the acme-housing plugin in the service', () => {
  const staff = { actor: { id: 'staff-1', roles: ['staff'] } }

  it('offers its consent purpose beside the seven defaults', () => {
    const cp = createCoproduction({ store: memoryStore(), plugins: [acmeHousing] })
    const ids = cp.consent.purposes().map((p) => p.id)
    expect(ids).toContain('use-in-training')
    expect(ids).toContain('quote-anonymously')
    expect(ids).toHaveLength(8)
  })

  it('lets a member give and then withdraw the new purpose, keeping the history', async () => {
    const cp = createCoproduction({ store: memoryStore(), plugins: [acmeHousing] })
    await cp.initiatives.create({ id: 'repairs', title: 'Repairs', purpose: 'Make repairs faster, together.' }, staff)
    const member = await cp.members.join({ initiativeId: 'repairs', displayName: 'Sam', roles: ['lived-experience'] }, staff)
    const self = { actor: { id: member.id, roles: [] } }

    const given = await cp.consent.give({ subject: member.id, purposeId: 'use-in-training' }, self)
    expect(given).toMatchObject({ status: 'given', purposeId: 'use-in-training', purposeVersion: 1 })
    expect(given.noticeText).toContain('train our staff')

    await cp.consent.withdraw({ subject: member.id, purposeId: 'use-in-training' }, self)
    const current = await cp.consent.current(member.id, self)
    expect(current.find((c) => c.purposeId === 'use-in-training')?.status).toBe('withdrawn')
    const history = await cp.consent.history(member.id, self)
    expect(history.filter((r) => r.purposeId === 'use-in-training').map((r) => r.status)).toEqual(['given', 'withdrawn'])
    await cp.close()
  })

  it('refuses a purpose no plugin offers', async () => {
    const cp = createCoproduction({ store: memoryStore() })
    await cp.initiatives.create({ id: 'repairs', title: 'Repairs', purpose: 'Make repairs faster, together.' }, staff)
    const member = await cp.members.join({ initiativeId: 'repairs', displayName: 'Sam', roles: ['lived-experience'] }, staff)
    await expect(
      cp.consent.give({ subject: member.id, purposeId: 'use-in-training' }, { actor: { id: member.id, roles: [] } }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/validation|not-found/) })
    await cp.close()
  })
})
