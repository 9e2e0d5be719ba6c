import { describe, expect, it } from 'vitest'
import { world } from '../test-support/world.js'

/** Who may do what. Each row is tried by an anonymous caller and by a member who is not staff. */
describe('who may do what', () => {
  async function setup() {
    const w = world()
    const plan = await w.initiative()
    const sam = await w.member(plan.id, 'Sam Example')
    const session = await w.cp.sessions.schedule(
      { initiativeId: plan.id, startsAt: '2026-02-01T10:00:00Z', durationMinutes: 90, format: 'in-person' },
      w.asStaff,
    )
    const update = await w.cp.updates.publish({ initiativeId: plan.id, youSaid: 'x', weDid: 'y' }, w.asStaff)
    return { ...w, plan, sam, session, update }
  }

  it('keeps staff work for staff', async () => {
    const { cp, plan, sam, session, update, anonymous, store } = await setup()
    const staffOnly: [string, (ctx: { actor: { id: string; roles: string[] } | null }) => Promise<unknown>][] = [
      ['create an initiative', (ctx) => cp.initiatives.create({ title: 'T', purpose: 'P' }, ctx)],
      ['change an initiative', (ctx) => cp.initiatives.update(plan.id, { title: 'New' }, ctx)],
      ['list initiatives', (ctx) => cp.initiatives.list(ctx)],
      ['take a snapshot', (ctx) => cp.initiatives.snapshot(plan.id, ctx)],
      ['add a member', (ctx) => cp.members.join({ initiativeId: plan.id, displayName: 'X', roles: ['practitioner'] }, ctx)],
      ['list members', (ctx) => cp.members.list(plan.id, ctx)],
      ['correct a member’s details', (ctx) => cp.members.change(sam.member.id, { displayName: 'Changed' }, ctx)],
      ['mark someone as left', (ctx) => cp.members.leave(sam.member.id, ctx)],
      ['look up a host reference', (ctx) => cp.members.findByHostRef('crm-Sam Example', ctx)],
      [
        'plan a session',
        (ctx) =>
          cp.sessions.schedule({ initiativeId: plan.id, startsAt: '2026-02-01T10:00:00Z', durationMinutes: 60, format: 'online' }, ctx),
      ],
      ['mark a session held', (ctx) => cp.sessions.markHeld(session.id, ctx)],
      ['list sessions', (ctx) => cp.sessions.list(plan.id, ctx)],
      [
        'record a payment',
        (ctx) =>
          cp.payments.record(
            { initiativeId: plan.id, memberId: sam.member.id, hours: 1, amount: 13, currency: 'GBP', method: 'cash' },
            ctx,
          ),
      ],
      ['list payments', (ctx) => cp.payments.list(plan.id, ctx)],
      ['read all feedback', (ctx) => cp.feedback.list(plan.id, ctx)],
      ['publish an update', (ctx) => cp.updates.publish({ initiativeId: plan.id, youSaid: 'a', weDid: 'b' }, ctx)],
      ['change an update', (ctx) => cp.updates.change(update.id, { progress: 10 }, ctx)],
      ['take an update down', (ctx) => cp.updates.withdraw(update.id, { reason: 'Wrong day' }, ctx)],
      ['read every update link', (ctx) => cp.updates.list(plan.id, ctx)],
      ['export for partners', (ctx) => cp.exports.partners(plan.id, ctx)],
    ]
    const before = await store.dump()
    for (const [what, call] of staffOnly) {
      for (const ctx of [anonymous, sam.as, { actor: { id: 'staff-ish', roles: ['Staff', 'admin'] } }]) {
        await expect(call(ctx), `${what} as ${ctx.actor?.id ?? 'anonymous'}`).rejects.toMatchObject({ code: 'forbidden' })
      }
    }
    expect(await store.dump()).toEqual(before)
  })

  it('lets anyone read an initiative, its public updates, its impact and the consent purposes', async () => {
    const { cp, plan, anonymous } = await setup()
    expect((await cp.initiatives.get(plan.id, anonymous)).title).toBe(plan.title)
    expect(await cp.updates.listPublic(plan.id, anonymous)).toHaveLength(1)
    expect((await cp.initiatives.impact(plan.id, anonymous)).initiativeId).toBe(plan.id)
    expect(cp.consent.purposes()).toHaveLength(7)
  })

  it('lets a member read their own record only', async () => {
    const { cp, plan, sam, member } = await setup()
    const alex = await member(plan.id, 'Alex Other')
    expect((await cp.members.get(sam.member.id, sam.as)).displayName).toBe('Sam Example')
    await expect(cp.members.get(sam.member.id, alex.as)).rejects.toMatchObject({ code: 'forbidden' })
  })
})
