import { describe, expect, it } from 'vitest'
import { isCoproduceError } from '../../errors/coproduce-error.js'
import type { DomainEvent } from '../../schemas/events.js'
import { world } from '../../test-support/world.js'

async function setup(initiative: Parameters<ReturnType<typeof world>['initiative']>[0] = {}) {
  const w = world()
  const plan = await w.initiative(initiative)
  const sam = await w.member(plan.id, 'Sam Example')
  const alex = await w.member(plan.id, 'Alex Other')
  const events: DomainEvent[] = []
  for (const type of ['decision.opened', 'decision.view-given', 'decision.decided'] as const) w.cp.on(type, (e) => void events.push(e))
  const aims = await w.cp.decisions.open(
    { initiativeId: plan.id, kind: 'aims', question: 'What should the drop-in be for?', options: [{ text: 'A place to be heard' }] },
    w.asStaff,
  )
  return { ...w, plan, sam, alex, aims, events }
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (error) {
    if (isCoproduceError(error)) return error.code
    throw error
  }
  throw new Error('expected a CoproduceError')
}

describe('decisions: deciding together, on record', () => {
  it('opens a decision with its question and options, and says so in an event', async () => {
    const { cp, aims, plan, events } = await setup()
    expect(aims).toMatchObject({ initiativeId: plan.id, kind: 'aims', status: 'open', views: [], openedBy: 'staff-1' })
    expect(aims.options.map((o) => o.text)).toEqual(['A place to be heard'])
    await cp.flush()
    expect(events.map((e) => [e.type, e.data])).toEqual([['decision.opened', { decisionId: aims.id }]])
  })

  it('lets only staff open decisions unless the group says members can', async () => {
    const staffOnly = await setup()
    expect(
      await codeOf(
        staffOnly.cp.decisions.open({ initiativeId: staffOnly.plan.id, kind: 'other', question: 'Tea or coffee?' }, staffOnly.sam.as),
      ),
    ).toBe('forbidden')
    const open = await setup({ decisionsOpenedBy: 'members' })
    const byMember = await open.cp.decisions.open(
      { initiativeId: open.plan.id, kind: 'priority', question: 'What first?', options: [{ text: 'The waiting room' }] },
      open.sam.as,
    )
    expect(byMember.openedBy).toBe(open.sam.member.id)
    expect(byMember.options[0]!.proposedBy).toBe(open.sam.member.id)
    const stranger = { actor: { id: 'someone-else', roles: ['member'] } }
    expect(await codeOf(open.cp.decisions.open({ initiativeId: open.plan.id, kind: 'other', question: 'Why?' }, stranger))).toBe(
      'forbidden',
    )
    expect(await codeOf(open.cp.decisions.open({ initiativeId: open.plan.id, kind: 'other', question: 'Why?' }, open.anonymous))).toBe(
      'forbidden',
    )
  })

  it('takes options from anyone taking part, with who proposed them, and not the same option twice', async () => {
    const { cp, aims, sam, alex } = await setup()
    const { decision } = await cp.decisions.propose(aims.id, { text: 'A place to get help fast' }, sam.as)
    expect(decision.options.at(-1)).toMatchObject({ text: 'A place to get help fast', proposedBy: sam.member.id })
    expect(await codeOf(cp.decisions.propose(aims.id, { text: '  a place to get HELP fast ' }, alex.as))).toBe('conflict')
    expect(await codeOf(cp.decisions.propose(aims.id, { text: 'Mine' }, { actor: { id: 'outsider', roles: [] } }))).toBe('forbidden')
  })

  it('keeps one current view per member: a new view replaces the old one', async () => {
    const { cp, aims, sam, alex, events } = await setup()
    const [heard] = aims.options
    const { decision: withHelp } = await cp.decisions.propose(aims.id, { text: 'A place to get help fast' }, alex.as)
    const help = withHelp.options[1]!
    await cp.decisions.giveView(aims.id, sam.member.id, { optionId: heard!.id }, sam.as)
    await cp.decisions.giveView(aims.id, alex.member.id, { optionId: help.id, text: 'Waiting is the worst bit.' }, alex.as)
    const { decision } = await cp.decisions.giveView(aims.id, sam.member.id, { optionId: help.id, text: 'Alex is right.' }, sam.as)
    expect(decision.views.map((v) => [v.memberId, v.optionId, v.text])).toEqual([
      [alex.member.id, help.id, 'Waiting is the worst bit.'],
      [sam.member.id, help.id, 'Alex is right.'],
    ])
    await cp.flush()
    expect(events.filter((e) => e.type === 'decision.view-given')).toHaveLength(3)
  })

  it('lets a member give only their own view, and staff record one for them', async () => {
    const { cp, aims, sam, alex, asStaff } = await setup()
    expect(await codeOf(cp.decisions.giveView(aims.id, alex.member.id, { text: 'Not mine to say' }, sam.as))).toBe('forbidden')
    const { decision } = await cp.decisions.giveView(aims.id, alex.member.id, { text: 'Said at the meeting.' }, asStaff)
    expect(decision.views).toEqual([expect.objectContaining({ memberId: alex.member.id, text: 'Said at the meeting.' })])
  })

  it('sends a queued view or option once, whatever the retries (Idempotency-Key)', async () => {
    const { cp, aims, sam, store } = await setup()
    const first = await cp.decisions.giveView(aims.id, sam.member.id, { text: 'Sent from the bus.' }, { ...sam.as, idempotencyKey: 'k-1' })
    const before = JSON.stringify(await store.dump())
    const again = await cp.decisions.giveView(aims.id, sam.member.id, { text: 'Sent from the bus.' }, { ...sam.as, idempotencyKey: 'k-1' })
    expect([first.replayed, again.replayed]).toEqual([false, true])
    expect(JSON.stringify(await store.dump())).toBe(before)
    const o1 = await cp.decisions.propose(aims.id, { text: 'A café' }, { ...sam.as, idempotencyKey: 'k-2' })
    const o2 = await cp.decisions.propose(aims.id, { text: 'A café' }, { ...sam.as, idempotencyKey: 'k-2' })
    expect([o1.replayed, o2.replayed]).toEqual([false, true])
    expect(o2.decision.options.filter((o) => o.text === 'A café')).toHaveLength(1)
  })

  it('closes with an outcome that records the method and who decided, then takes no more views', async () => {
    const { cp, aims, sam, alex, asStaff, events } = await setup()
    const heard = aims.options[0]!
    const decided = await cp.decisions.decide(
      aims.id,
      { text: 'A place to be heard', optionId: heard.id, method: 'consensus', decidedBy: [sam.member.id, alex.member.id, sam.member.id] },
      asStaff,
    )
    expect(decided.status).toBe('decided')
    expect(decided.outcome).toMatchObject({ method: 'consensus', decidedBy: [sam.member.id, alex.member.id], optionId: heard.id })
    expect(await codeOf(cp.decisions.giveView(aims.id, sam.member.id, { text: 'Late' }, sam.as))).toBe('conflict')
    expect(await codeOf(cp.decisions.propose(aims.id, { text: 'Late idea' }, sam.as))).toBe('conflict')
    expect(await codeOf(cp.decisions.decide(aims.id, { text: 'Again', method: 'vote', decidedBy: [sam.member.id] }, asStaff))).toBe(
      'conflict',
    )
    await cp.flush()
    expect(events.map((e) => e.type)).toContain('decision.decided')
  })

  it('needs members among those who decided unless staff decided alone, and only the staff member recording it besides', async () => {
    const { cp, aims, sam, asStaff, store } = await setup()
    const before = JSON.stringify(await store.dump())
    expect(await codeOf(cp.decisions.decide(aims.id, { text: 'Ours', method: 'consensus', decidedBy: ['staff-1'] }, asStaff))).toBe(
      'validation',
    )
    expect(
      await codeOf(cp.decisions.decide(aims.id, { text: 'Ours', method: 'vote', decidedBy: [sam.member.id, 'another-staff'] }, asStaff)),
    ).toBe('not-found')
    expect(await codeOf(cp.decisions.decide(aims.id, { text: 'Ours', method: 'vote', decidedBy: [sam.member.id] }, sam.as))).toBe(
      'forbidden',
    )
    expect(JSON.stringify(await store.dump())).toBe(before)
    const staffOnly = await cp.decisions.decide(aims.id, { text: 'Ours', method: 'staff-only', decidedBy: ['staff-1'] }, asStaff)
    expect(staffOnly.outcome?.method).toBe('staff-only')
  })

  it('records the staff member recording it when staff decided alone and named nobody; any other method needs members', async () => {
    const { cp, aims, asStaff, store } = await setup()
    const before = JSON.stringify(await store.dump())
    expect(await codeOf(cp.decisions.decide(aims.id, { text: 'Ours', method: 'consensus', decidedBy: [] }, asStaff))).toBe('validation')
    expect(JSON.stringify(await store.dump())).toBe(before)
    const alone = await cp.decisions.decide(aims.id, { text: 'Ours', method: 'staff-only', decidedBy: [] }, asStaff)
    expect(alone.outcome?.decidedBy).toEqual([asStaff.actor.id])
  })

  it('uses an aims outcome as the plan’s aims, agreed with the members who decided, in the same change', async () => {
    const { cp, aims, sam, alex, plan, asStaff } = await setup()
    await cp.decisions.decide(
      aims.id,
      { text: 'A place to be heard', method: 'consensus', decidedBy: [sam.member.id, alex.member.id, asStaff.actor.id], useInPlan: true },
      asStaff,
    )
    const decided = await cp.decisions.get(aims.id, asStaff)
    expect((await cp.initiatives.get(plan.id, asStaff)).aims).toEqual({
      text: 'A place to be heard',
      agreedWith: [sam.member.id, alex.member.id],
      agreedAt: decided.outcome!.decidedAt,
      decisionId: aims.id,
    })
  })

  it('adds a ground-rules outcome to the agreements once, replacing what an earlier outcome of it put there', async () => {
    const { cp, sam, plan, asStaff } = await setup({ agreements: [{ text: 'Phones on silent', decidedTogether: true }] })
    const rules = await cp.decisions.open({ initiativeId: plan.id, kind: 'ground-rules', question: 'How do we treat each other?' }, asStaff)
    await cp.decisions.decide(rules.id, { text: 'Listen first', method: 'vote', decidedBy: [sam.member.id], useInPlan: true }, asStaff)
    await cp.decisions.revisit(rules.id, {}, asStaff)
    await cp.decisions.decide(rules.id, { text: 'Listen, then speak', method: 'staff-only', decidedBy: [], useInPlan: true }, asStaff)
    const agreements = (await cp.initiatives.get(plan.id, asStaff)).agreements ?? []
    expect(agreements.map((a) => [a.text, a.decidedTogether, a.decisionId])).toEqual([
      ['Phones on silent', true, undefined],
      ['Listen, then speak', false, rules.id],
    ])
  })

  it('refuses to use any other kind of decision in the plan, and changes nothing', async () => {
    const { cp, sam, plan, asStaff, store } = await setup()
    const risk = await cp.decisions.open({ initiativeId: plan.id, kind: 'risk', question: 'Is the car park safe at night?' }, asStaff)
    const before = JSON.stringify(await store.dump())
    expect(
      await codeOf(
        cp.decisions.decide(risk.id, { text: 'Walk in pairs', method: 'vote', decidedBy: [sam.member.id], useInPlan: true }, asStaff),
      ),
    ).toBe('validation')
    expect(JSON.stringify(await store.dump())).toBe(before)
    // Without it, the outcome is recorded and the plan is left alone.
    await cp.decisions.decide(risk.id, { text: 'Walk in pairs', method: 'vote', decidedBy: [sam.member.id] }, asStaff)
    expect((await cp.initiatives.get(plan.id, asStaff)).aims).toBeUndefined()
  })

  it('revisits a decided one: reopened for views, the earlier outcome kept until a new one', async () => {
    const { cp, aims, sam, asStaff } = await setup()
    expect(await codeOf(cp.decisions.revisit(aims.id, {}, asStaff))).toBe('conflict')
    await cp.decisions.decide(aims.id, { text: 'A place to be heard', method: 'vote', decidedBy: [sam.member.id] }, asStaff)
    const again = await cp.decisions.revisit(aims.id, { reason: 'New people joined.' }, asStaff)
    expect(again).toMatchObject({ status: 'revisited', revisitReason: 'New people joined.', outcome: { text: 'A place to be heard' } })
    await cp.decisions.giveView(aims.id, sam.member.id, { text: 'Still agree.' }, sam.as)
    const decided = await cp.decisions.decide(
      aims.id,
      { text: 'A place to be heard, still', method: 'consensus', decidedBy: [sam.member.id] },
      asStaff,
    )
    expect(decided.status).toBe('decided')
  })

  it('refuses bad input with a clear error and stores nothing', async () => {
    const { cp, aims, sam, plan, asStaff, store } = await setup()
    const before = JSON.stringify(await store.dump())
    expect(await codeOf(cp.decisions.open({ initiativeId: plan.id, kind: 'wishes', question: 'x' } as never, asStaff))).toBe('validation')
    expect(await codeOf(cp.decisions.open({ initiativeId: 'nope', kind: 'aims', question: 'x' }, asStaff))).toBe('not-found')
    expect(await codeOf(cp.decisions.giveView(aims.id, sam.member.id, {}, sam.as))).toBe('validation')
    expect(await codeOf(cp.decisions.giveView(aims.id, sam.member.id, { optionId: 'no-such-option' }, sam.as))).toBe('not-found')
    expect(await codeOf(cp.decisions.giveView('no-such-decision', sam.member.id, { text: 'Hi' }, sam.as))).toBe('not-found')
    expect(await codeOf(cp.decisions.propose(aims.id, { text: '' }, sam.as))).toBe('validation')
    expect(await codeOf(cp.decisions.giveView(aims.id, sam.member.id, { text: 'Hi' }, { ...sam.as, idempotencyKey: '' }))).toBe(
      'validation',
    )
    expect(JSON.stringify(await store.dump())).toBe(before)
  })

  it('lets aims, agreements and risk decisions point only at a decision of the same initiative', async () => {
    const { cp, aims, plan, asStaff, initiative } = await setup()
    const linked = await cp.initiatives.update(
      plan.id,
      { aims: { text: 'A place to be heard', agreedWith: [], decisionId: aims.id } },
      asStaff,
    )
    expect(linked.aims?.decisionId).toBe(aims.id)
    const other = await initiative({ title: 'Another group' })
    try {
      await cp.initiatives.update(
        other.id,
        { riskDecisions: [{ topic: 'Lone working', decision: 'Pairs', decidedTogether: true, decisionId: aims.id }] },
        asStaff,
      )
      throw new Error('expected not-found')
    } catch (error) {
      expect(isCoproduceError(error) && error.code).toBe('not-found')
      expect(isCoproduceError(error) && error.issues[0]!.path).toEqual(['riskDecisions', 0, 'decisionId'])
    }
    expect(
      await codeOf(
        cp.initiatives.create(
          { title: 'New', purpose: 'New.', agreements: [{ text: 'Listen', decidedTogether: true, decisionId: 'nope' }] },
          asStaff,
        ),
      ),
    ).toBe('not-found')
  })

  it('fills the snapshot’s decisions from the store', async () => {
    const { cp, aims, plan, asStaff } = await setup()
    expect((await cp.initiatives.snapshot(plan.id, asStaff)).decisions).toEqual([aims])
  })
})
