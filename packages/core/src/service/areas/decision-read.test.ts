import { describe, expect, it } from 'vitest'
import { world } from '../../test-support/world.js'

async function setup(options: { anonymousViews?: boolean; showViews?: boolean } = {}) {
  const w = world()
  const plan = await w.initiative({ decisionsOpenedBy: 'members' })
  const sam = await w.member(plan.id, 'Sam Example')
  const alex = await w.member(plan.id, 'Alex Other')
  const opened = await w.cp.decisions.open(
    { initiativeId: plan.id, kind: 'risk', question: 'How do we keep each other safe?', ...options },
    w.asStaff,
  )
  const { decision } = await w.cp.decisions.propose(opened.id, { text: 'Meet in pairs' }, sam.as)
  const pairs = decision.options[0]!
  await w.cp.decisions.giveView(opened.id, sam.member.id, { optionId: pairs.id, text: 'Nobody alone.' }, sam.as)
  await w.cp.decisions.giveView(opened.id, alex.member.id, { optionId: pairs.id }, alex.as)
  return { ...w, plan, sam, alex, decision: opened, pairs }
}

describe('decisions: the public read shows names only as people agreed', () => {
  it('says "A member" until a person gives credit-by-name, and drops the name again when they withdraw', async () => {
    const { cp, decision, sam, anonymous } = await setup()
    const before = await cp.decisions.read(decision.id, anonymous)
    expect(before.options[0]!.proposedBy).toBe('A member')
    expect(before.views!.map((v) => v.by)).toEqual(['A member', 'A member'])
    expect(JSON.stringify(before)).not.toContain('Sam Example')
    await cp.consent.give({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    const named = await cp.decisions.read(decision.id, anonymous)
    expect(named.options[0]!.proposedBy).toBe('Sam Example')
    expect(named.views!.map((v) => v.by)).toEqual(['Sam Example', 'A member'])
    await cp.consent.withdraw({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    expect(JSON.stringify(await cp.decisions.read(decision.id, anonymous))).not.toContain('Sam Example')
  })

  it('shows how views stand, with counts, and marks the viewer’s own', async () => {
    const { cp, decision, sam, pairs } = await setup()
    const read = await cp.decisions.read(decision.id, sam.as)
    expect(read.options).toEqual([{ id: pairs.id, text: 'Meet in pairs', proposedBy: 'A member', yours: true, count: 2 }])
    expect(read.viewCount).toBe(2)
    expect(read.myView).toMatchObject({ optionId: pairs.id, text: 'Nobody alone.' })
    expect(read.views!.find((v) => v.yours)).toMatchObject({ text: 'Nobody alone.' })
  })

  it('names no one next to a view when the group chose anonymous views, whatever their consent', async () => {
    const { cp, decision, sam, anonymous } = await setup({ anonymousViews: true })
    await cp.consent.give({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    const read = await cp.decisions.read(decision.id, anonymous)
    expect(read.views!.map((v) => v.by)).toEqual(['A member', 'A member'])
    expect(read.options[0]!.proposedBy).toBe('Sam Example')
  })

  it('hides views and counts until the outcome when the group chose not to show them', async () => {
    const { cp, decision, sam, alex, asStaff, anonymous } = await setup({ showViews: false })
    const open = await cp.decisions.read(decision.id, sam.as)
    expect(open.views).toBeUndefined()
    expect(open.options[0]!.count).toBeUndefined()
    expect(open.viewCount).toBe(2)
    expect(open.myView?.text).toBe('Nobody alone.')
    await cp.decisions.decide(
      decision.id,
      { text: 'We meet in pairs', method: 'vote', decidedBy: [sam.member.id, alex.member.id] },
      asStaff,
    )
    const decided = await cp.decisions.read(decision.id, anonymous)
    expect(decided.options[0]!.count).toBe(2)
    expect(decided.outcome).toMatchObject({ text: 'We meet in pairs', method: 'vote', decidedBy: ['A member', 'A member'] })
  })

  it('says "A member of staff" for staff among those who decided', async () => {
    const { cp, decision, sam, asStaff, plan } = await setup()
    await cp.decisions.decide(decision.id, { text: 'Pairs', method: 'delegated', decidedBy: [sam.member.id, 'staff-1'] }, asStaff)
    const [read] = await cp.decisions.listPublic(plan.id, { actor: null })
    expect(read!.outcome!.decidedBy).toEqual(['A member', 'A member of staff'])
  })
})
