import { describe, expect, it } from 'vitest'
import { isCoproduceError } from '../../errors/coproduce-error.js'
import { SessionInputSchema } from '../../schemas/session.js'
import { world } from '../../test-support/world.js'

/** Attendance as the session schema takes it: member ids, or `{ memberId, attended }`. */
const attendance = (memberId: string): unknown[] =>
  SessionInputSchema.safeParse({
    initiativeId: 'i',
    startsAt: '2026-01-01T10:00:00Z',
    durationMinutes: 60,
    format: 'online',
    attendees: [memberId],
  }).success
    ? [memberId]
    : [{ memberId, attended: true }]

async function setup() {
  const w = world()
  const plan = await w.initiative({ paymentPolicy: { method: 'cash', hourlyRate: 13.45, currency: 'GBP' } })
  const sam = await w.member(plan.id, 'Sam Example')
  const alex = await w.member(plan.id, 'Alex Other')
  const now = w.clock.now().getTime()
  const at = (days: number) => new Date(now + days * 86_400_000).toISOString()
  const held = await w.cp.sessions.schedule(
    {
      initiativeId: plan.id,
      title: 'First meeting',
      startsAt: at(-7),
      durationMinutes: 120,
      format: 'in-person',
      attendees: attendance(sam.member.id),
    } as never,
    w.asStaff,
  )
  const paidFor = await w.cp.sessions.schedule(
    { initiativeId: plan.id, startsAt: at(-14), durationMinutes: 60, format: 'online', attendees: attendance(sam.member.id) } as never,
    w.asStaff,
  )
  const next = await w.cp.sessions.schedule(
    {
      initiativeId: plan.id,
      title: 'Planning the café',
      startsAt: at(7),
      durationMinutes: 90,
      format: 'in-person',
      venue: { name: 'Community hall', kind: 'community', access: ['step-free', 'hearing-loop'] },
      childcare: true,
      travelSupport: true,
    },
    w.asStaff,
  )
  await w.cp.payments.record(
    { initiativeId: plan.id, memberId: sam.member.id, sessionId: paidFor.id, hours: 1, amount: 13.45, currency: 'GBP', method: 'cash' },
    w.asStaff,
  )
  const said = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'Open on Saturdays.' }, sam.as)
  await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'Someone else said this.' }, alex.as)
  const update = await w.cp.updates.publish(
    {
      initiativeId: plan.id,
      youSaid: 'Open at weekends',
      weDid: 'We open on Saturday mornings',
      status: 'done',
      linkedFeedback: [said.id],
      credits: [sam.member.id],
    },
    w.asStaff,
  )
  const aims = await w.cp.decisions.open(
    { initiativeId: plan.id, kind: 'aims', question: 'What is the drop-in for?', options: [{ text: 'Being heard' }] },
    w.asStaff,
  )
  await w.cp.decisions.propose(aims.id, { text: 'Getting help fast' }, sam.as)
  await w.cp.decisions.giveView(aims.id, sam.member.id, { optionId: aims.options[0]!.id, text: 'First, listen.' }, sam.as)
  await w.cp.decisions.decide(aims.id, { text: 'Being heard', method: 'consensus', decidedBy: [sam.member.id, alex.member.id] }, w.asStaff)
  await w.cp.decisions.open({ initiativeId: plan.id, kind: 'other', question: 'Sam took no part in this' }, w.asStaff)
  return { ...w, plan, sam, alex, held, next, said, update, aims }
}

describe('involvement: my part in one place', () => {
  it('lists sessions coming up with access, childcare and travel', async () => {
    const { cp, sam, next } = await setup()
    const mine = await cp.involvement(sam.member.id, sam.as)
    expect(mine.sessions).toEqual([
      {
        id: next.id,
        title: 'Planning the café',
        startsAt: next.startsAt,
        durationMinutes: 90,
        format: 'in-person',
        venue: { name: 'Community hall', kind: 'community', access: ['step-free', 'hearing-loop'] },
        childcare: true,
        travelSupport: true,
      },
    ])
  })

  it('shows payments made, and what is due for sessions attended and not paid yet', async () => {
    const { cp, sam, held, alex } = await setup()
    const mine = await cp.involvement(sam.member.id, sam.as)
    expect(mine.payments.made).toEqual([expect.objectContaining({ amount: 13.45, method: 'cash', hours: 1 })])
    expect(mine.payments.due).toEqual([{ sessionId: held.id, startsAt: held.startsAt, hours: 2, amount: 26.9, currency: 'GBP' }])
    expect((await cp.involvement(alex.member.id, alex.as)).payments).toEqual({ made: [], due: [] })
  })

  it('shows what I said and what changed because of it, and where I am credited', async () => {
    const { cp, sam, said, update } = await setup()
    const mine = await cp.involvement(sam.member.id, sam.as)
    expect(mine.said).toEqual([
      expect.objectContaining({
        feedbackId: said.id,
        text: 'Open on Saturdays.',
        changes: [expect.objectContaining({ updateId: update.id, weDid: 'We open on Saturday mornings' })],
      }),
    ])
    expect(mine.credited).toEqual([expect.objectContaining({ updateId: update.id, shownByName: false })])
    await cp.consent.give({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    expect((await cp.involvement(sam.member.id, sam.as)).credited[0]!.shownByName).toBe(true)
    expect(JSON.stringify(mine)).not.toContain('Someone else said this.')
  })

  it('lists the decisions I took part in, with my view, what I proposed and whether I helped decide', async () => {
    const { cp, sam, alex, aims } = await setup()
    const mine = await cp.involvement(sam.member.id, sam.as)
    expect(mine.decisions).toEqual([
      {
        decisionId: aims.id,
        kind: 'aims',
        question: 'What is the drop-in for?',
        status: 'decided',
        myView: { optionId: aims.options[0]!.id, optionText: 'Being heard', text: 'First, listen.', at: expect.any(String) },
        proposed: [{ id: expect.any(String), text: 'Getting help fast' }],
        decidedByMe: true,
        outcome: { text: 'Being heard', method: 'consensus', decidedAt: expect.any(String) },
      },
    ])
    expect((await cp.involvement(alex.member.id, alex.as)).decisions.map((d) => d.decidedByMe)).toEqual([true])
  })

  it('is for the member themself or staff only', async () => {
    const { cp, sam, alex, asStaff } = await setup()
    expect((await cp.involvement(sam.member.id, asStaff)).memberId).toBe(sam.member.id)
    await expect(cp.involvement(sam.member.id, alex.as)).rejects.toSatisfy((e: unknown) => isCoproduceError(e) && e.code === 'forbidden')
    await expect(cp.involvement('nobody', asStaff)).rejects.toSatisfy((e: unknown) => isCoproduceError(e) && e.code === 'not-found')
  })
})
