import { describe, expect, it } from 'vitest'
import { definePlugin } from '../plugins/define-plugin.js'
import { DEFAULT_PURPOSES } from '../purposes/default-purposes.js'
import { createCoproduction, randomIds, systemClock } from './create-coproduction.js'
import { memoryStore } from '../store/memory-store.js'
import { world } from '../test-support/world.js'

describe('plugins', () => {
  const crm = definePlugin({
    name: 'acme-crm',
    purposes: [{ ...DEFAULT_PURPOSES[4]!, id: 'text-reminders', title: 'Can we text you before each meeting?' }],
    rules: [{ meta: { id: 'acme-has-case-owner' }, check: () => [] }],
    identity: {
      async mapActor(actor, lookup) {
        if (actor.roles.includes('staff')) return actor
        const member = await lookup.findMemberByHostRef(actor.id)
        return member ? { id: member.id, roles: actor.roles } : null
      },
    },
  })

  it('adds purposes beside the defaults and carries rules for the principles engine', () => {
    const { cp } = world({ plugins: [crm] })
    expect(cp.consent.purposes().map((p) => p.id)).toEqual([...DEFAULT_PURPOSES.map((p) => p.id), 'text-reminders'])
    expect(cp.plugins.flatMap((p) => p.rules ?? []).map((r) => r.meta.id)).toEqual(['acme-has-case-owner'])
  })

  it('refuses two plugins that add the same purpose, or share a name', () => {
    expect(() => createCoproduction({ store: memoryStore(), plugins: [crm, { ...crm, name: 'copy' }] })).toThrow(/text-reminders/)
    expect(() => createCoproduction({ store: memoryStore(), plugins: [definePlugin({ name: 'a' }), definePlugin({ name: 'a' })] })).toThrow(
      /"a"/,
    )
  })

  it('maps the host’s own ids onto members through hostRef', async () => {
    const { cp, initiative, asStaff } = world({ plugins: [crm] })
    const plan = await initiative()
    const sam = await cp.members.join(
      { initiativeId: plan.id, displayName: 'Sam', roles: ['lived-experience'], hostRef: 'CRM-0042' },
      asStaff,
    )
    const fromHost = { actor: { id: 'CRM-0042', roles: ['client'] } }
    const fb = await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'More buses.' }, fromHost)
    expect(fb.memberId).toBe(sam.id)
    const record = await cp.consent.give({ subject: sam.id, purposeId: 'text-reminders' }, fromHost)
    expect(record).toMatchObject({ recordedBy: sam.id, purposeId: 'text-reminders' })
    const unknown = await cp.feedback.submit(
      { initiativeId: plan.id, kind: 'rating', rating: 'good' },
      { actor: { id: 'CRM-9999', roles: [] } },
    )
    expect(unknown.anonymous).toBe(true)
  })

  it('maps a host id only onto a member of the caller’s own organisation, when two customers use the same host id', async () => {
    const { cp } = world({ plugins: [crm] })
    const staffOf = (organisationId: string) => ({ actor: { id: `staff-${organisationId}`, roles: ['staff'], organisationId } })
    const advice = await cp.initiatives.create({ title: 'Advice group', purpose: 'P' }, staffOf('advice'))
    const housing = await cp.initiatives.create({ title: 'Housing group', purpose: 'P' }, staffOf('housing'))
    await cp.members.join(
      { initiativeId: advice.id, displayName: 'Ash', roles: ['lived-experience'], hostRef: 'CRM-0042' },
      staffOf('advice'),
    )
    const bea = await cp.members.join(
      { initiativeId: housing.id, displayName: 'Bea', roles: ['lived-experience'], hostRef: 'CRM-0042' },
      staffOf('housing'),
    )
    const fromHousingHost = { actor: { id: 'CRM-0042', roles: ['client'], organisationId: 'housing' } }
    const fb = await cp.feedback.submit({ initiativeId: housing.id, kind: 'idea', text: 'Fix the lift.' }, fromHousingHost)
    expect(fb.memberId).toBe(bea.id)
  })

  it('uses real time and random UUIDs unless told otherwise', async () => {
    const cp = createCoproduction({ store: memoryStore() })
    const plan = await cp.initiatives.create({ title: 'T', purpose: 'P' }, { actor: { id: 's', roles: ['staff'] } })
    expect(plan.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(Math.abs(Date.parse(plan.createdAt!) - Date.now())).toBeLessThan(60_000)
    expect(randomIds.next('event')).not.toBe(randomIds.next('event'))
    expect(systemClock.now()).toBeInstanceOf(Date)
    await cp.close()
  })
})
