import { describe, expect, it } from 'vitest'
import { isCoproduceError } from '../../errors/coproduce-error.js'
import { AGREE_OPTION_ID, NOT_YET_OPTION_ID } from '../../schemas/decision-input.js'
import { world } from '../../test-support/world.js'

async function setup() {
  const w = world()
  const plan = await w.initiative()
  const sam = await w.member(plan.id, 'Sam Example')
  const alex = await w.member(plan.id, 'Alex Other')
  const rules = await w.cp.decisions.open(
    { initiativeId: plan.id, kind: 'ground-rules', question: 'Can we all live with these ground rules?' },
    w.asStaff,
  )
  await w.cp.initiatives.update(
    plan.id,
    {
      agreements: [
        { text: 'We listen before we fix.', decidedTogether: true, decisionId: rules.id },
        { text: 'Phones on quiet.', decidedTogether: true, decisionId: rules.id },
      ],
    },
    w.asStaff,
  )
  return { ...w, plan, sam, alex, rules }
}

describe('agreement: the ground rules, agreed one person at a time', () => {
  it('gives a ground-rules decision the options "agree" and "not yet"', async () => {
    const { rules } = await setup()
    expect(rules.options.map((o) => o.id)).toEqual([AGREE_OPTION_ID, NOT_YET_OPTION_ID])
  })

  it('shows the rules and where the group stands; staff see who has not agreed yet', async () => {
    const { cp, plan, sam, alex, rules, asStaff } = await setup()
    await cp.decisions.respondToAgreement(rules.id, sam.member.id, { response: 'agree' }, sam.as)
    const mine = await cp.decisions.agreement(plan.id, sam.as)
    expect(mine).toMatchObject({
      decisionId: rules.id,
      rules: [{ text: 'We listen before we fix.' }, { text: 'Phones on quiet.' }],
      agreed: 1,
      notYet: 0,
      mine: { response: 'agree' },
      changes: [],
    })
    expect(mine.notAgreedYet).toBeUndefined()
    expect((await cp.decisions.agreement(plan.id, asStaff)).notAgreedYet).toEqual([{ memberId: alex.member.id, displayName: 'Alex Other' }])
  })

  it('records "not yet" with the words, and a change of mind replaces it', async () => {
    const { cp, plan, sam, rules } = await setup()
    await cp.decisions.respondToAgreement(rules.id, sam.member.id, { response: 'not-yet', text: 'I need to think.' }, sam.as)
    expect(await cp.decisions.agreement(plan.id, sam.as)).toMatchObject({
      agreed: 0,
      notYet: 1,
      mine: { response: 'not-yet', text: 'I need to think.' },
    })
    await cp.decisions.respondToAgreement(rules.id, sam.member.id, { response: 'agree' }, sam.as)
    expect(await cp.decisions.agreement(plan.id, sam.as)).toMatchObject({ agreed: 1, notYet: 0 })
  })

  it('opens a ground-rules decision for a suggested change, linked to the rules, once however often it is sent', async () => {
    const { cp, plan, alex, rules, store } = await setup()
    const ctx = { ...alex.as, idempotencyKey: 'change-1' }
    const result = await cp.decisions.respondToAgreement(
      rules.id,
      alex.member.id,
      { response: 'suggest-change', text: 'Add: we start on time.' },
      ctx,
    )
    expect(result.opened).toMatchObject({
      kind: 'ground-rules',
      question: 'Add: we start on time.',
      status: 'open',
      suggestedChangeTo: rules.id,
    })
    expect(result.agreement).toMatchObject({
      notYet: 1,
      changes: [{ decisionId: result.opened!.id, proposedBy: 'A member', status: 'open' }],
    })
    const before = JSON.stringify(await store.dump())
    const again = await cp.decisions.respondToAgreement(
      rules.id,
      alex.member.id,
      { response: 'suggest-change', text: 'Add: we start on time.' },
      ctx,
    )
    expect(again.opened?.id).toBe(result.opened!.id)
    expect(JSON.stringify(await store.dump())).toBe(before)
    expect((await cp.decisions.listPublic(plan.id, { actor: null })).filter((d) => d.suggestedChangeTo === rules.id)).toHaveLength(1)
  })

  it('needs words for a suggested change, and refuses a decision that is not the ground rules', async () => {
    const { cp, plan, sam, rules, asStaff, store } = await setup()
    const aims = await cp.decisions.open({ initiativeId: plan.id, kind: 'aims', question: 'What for?' }, asStaff)
    const before = JSON.stringify(await store.dump())
    for (const [call, code] of [
      [cp.decisions.respondToAgreement(rules.id, sam.member.id, { response: 'suggest-change' }, sam.as), 'validation'],
      [cp.decisions.respondToAgreement(aims.id, sam.member.id, { response: 'agree' }, sam.as), 'conflict'],
      [cp.decisions.respondToAgreement(rules.id, sam.member.id, { response: 'agree' }, { actor: null }), 'forbidden'],
    ] as const) {
      await expect(call).rejects.toSatisfy((e: unknown) => isCoproduceError(e) && e.code === code)
    }
    expect(JSON.stringify(await store.dump())).toBe(before)
  })

  it('answers not-found when the group has no ground rules yet', async () => {
    const w = world()
    const plan = await w.initiative()
    await expect(w.cp.decisions.agreement(plan.id, w.asStaff)).rejects.toSatisfy(
      (e: unknown) => isCoproduceError(e) && e.code === 'not-found',
    )
  })
})
