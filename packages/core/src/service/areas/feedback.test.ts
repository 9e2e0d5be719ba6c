import { describe, expect, it } from 'vitest'
import type { DomainEvent } from '../../schemas/events.js'
import { world } from '../../test-support/world.js'

async function setup(options: Parameters<typeof world>[0] = {}) {
  const w = world(options)
  const plan = await w.initiative()
  const sam = await w.member(plan.id, 'Sam Unforgettable')
  const events: DomainEvent[] = []
  w.cp.on('feedback.submitted', (e) => void events.push(e))
  w.cp.on('consent.given', (e) => void events.push(e))
  return { ...w, plan, sam, events }
}

describe('feedback', () => {
  it('stores named feedback under the member who gave it', async () => {
    const { cp, plan, sam, events } = await setup()
    const fb = await cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'good' }, sam.as)
    expect(fb).toEqual({
      id: 'feedback-1',
      initiativeId: plan.id,
      kind: 'rating',
      rating: 'good',
      anonymous: false,
      memberId: sam.member.id,
      createdAt: '2026-01-05T10:00:00.000Z',
    })
    await cp.flush()
    expect(events).toEqual([
      {
        id: expect.any(String),
        at: fb.createdAt,
        organisationId: 'default',
        initiativeId: plan.id,
        type: 'feedback.submitted',
        data: { feedbackId: fb.id, kind: 'rating', anonymous: false, memberId: sam.member.id },
      },
    ])
  })

  it('keeps no trace of who gave anonymous feedback: not in the feedback, events, consents or anywhere in the store', async () => {
    const { cp, plan, sam, store, events } = await setup()
    const before = JSON.stringify(await store.dump())
    const fb = await cp.feedback.submit(
      {
        initiativeId: plan.id,
        kind: 'story',
        text: 'It felt like nobody listened.',
        anonymous: true,
        consents: [{ purposeId: 'quote-anonymously', decision: 'give' }],
      },
      { ...sam.as, idempotencyKey: 'offline-123' },
    )
    expect(fb.memberId).toBeUndefined()
    expect(fb.anonymous).toBe(true)
    await cp.flush()
    const after = JSON.stringify(await store.dump())
    // The member already existed; everything written since must not mention them.
    const added = after.length - before.length
    expect(added).toBeGreaterThan(0)
    const dump = (await store.dump()) as {
      feedback: unknown[]
      consents: { subject: string; recordedBy: string }[]
      events: { data: object }[]
    }
    const written = JSON.stringify([dump.feedback, dump.consents, dump.events.filter((e) => JSON.stringify(e).includes(fb.id))])
    expect(written).not.toContain(sam.member.id)
    expect(written).not.toContain('Sam Unforgettable')
    expect(dump.consents).toEqual([
      expect.objectContaining({ subject: fb.id, recordedBy: 'anonymous', purposeId: 'quote-anonymously', status: 'given' }),
    ])
    expect(JSON.stringify(events)).not.toContain(sam.member.id)
  })

  it('keeps no identity anywhere in the store when a signed-in person chooses to stay anonymous', async () => {
    const { cp, plan, store } = await setup()
    const visitor = { id: 'visitor-7731', roles: ['resident'] }
    await cp.feedback.submit(
      {
        initiativeId: plan.id,
        kind: 'idea',
        text: 'Tea.',
        anonymous: true,
        consents: [{ purposeId: 'share-with-partners', decision: 'give' }],
      },
      { actor: visitor, idempotencyKey: 'offline-9' },
    )
    await cp.flush()
    expect(JSON.stringify(await store.dump())).not.toContain('visitor-7731')
  })

  it('treats feedback without a signed-in person as anonymous', async () => {
    const { cp, plan, anonymous } = await setup()
    const fb = await cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'poor' }, anonymous)
    expect(fb).toMatchObject({ anonymous: true })
    expect(fb.memberId).toBeUndefined()
    await expect(
      cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'poor', memberId: 'member-1' }, anonymous),
    ).rejects.toMatchObject({
      code: 'forbidden',
    })
  })

  it('turns anonymous feedback away when the group asked people to sign in', async () => {
    const { cp, initiative, anonymous, sam } = await setup()
    const closed = await initiative({ allowAnonymousFeedback: false })
    await expect(cp.feedback.submit({ initiativeId: closed.id, kind: 'rating', rating: 'good' }, anonymous)).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(cp.feedback.submit({ initiativeId: closed.id, kind: 'rating', rating: 'good' }, sam.as)).rejects.toMatchObject({
      code: 'not-found',
    })
  })

  it('stores one feedback for the same idempotency key sent twice, and says so once', async () => {
    const { cp, plan, sam, events, store } = await setup()
    const input = { initiativeId: plan.id, kind: 'idea' as const, text: 'Sent from a bus with bad signal.' }
    const first = await cp.feedback.submit(input, { ...sam.as, idempotencyKey: 'k-1' })
    const again = await cp.feedback.submit(input, { ...sam.as, idempotencyKey: 'k-1' })
    expect(again).toEqual({
      id: first.id,
      initiativeId: plan.id,
      kind: 'idea',
      anonymous: false,
      memberId: sam.member.id,
      createdAt: first.createdAt,
      idempotencyKey: 'k-1',
    })
    const [x, y] = await Promise.all([
      cp.feedback.submit(input, { ...sam.as, idempotencyKey: 'k-2' }),
      cp.feedback.submit(input, { ...sam.as, idempotencyKey: 'k-2' }),
    ])
    expect(x.id).toBe(y.id)
    await cp.flush()
    expect(events.filter((e) => e.type === 'feedback.submitted')).toHaveLength(2)
    expect(((await store.dump()) as { feedback: unknown[] }).feedback).toHaveLength(2)
  })

  it('says exactly which send stored the feedback and which found it already stored, even within the same millisecond', async () => {
    const { cp, plan, sam } = await setup()
    const input = { initiativeId: plan.id, kind: 'idea' as const, text: 'Sent twice by a shaky phone.' }
    const first = await cp.feedback.submitOnce(input, { ...sam.as, idempotencyKey: 'k-3' })
    const again = await cp.feedback.submitOnce(input, { ...sam.as, idempotencyKey: 'k-3' })
    expect(first.replayed).toBe(false)
    expect(again).toMatchObject({ feedback: { id: first.feedback.id }, replayed: true })
    const together = await Promise.all([1, 2, 3].map(() => cp.feedback.submitOnce(input, { ...sam.as, idempotencyKey: 'k-4' })))
    expect(together.filter((r) => !r.replayed)).toHaveLength(1)
    expect(new Set(together.map((r) => r.feedback.id)).size).toBe(1)
    const withoutKey = await cp.feedback.submitOnce(input, sam.as)
    expect(withoutKey.replayed).toBe(false)
  })

  it('never hands someone else’s feedback back for a reused key: another caller’s key is a conflict', async () => {
    const { cp, plan, sam, member, anonymous, asStaff } = await setup()
    const alex = await member(plan.id, 'Alex Other')
    const input = { initiativeId: plan.id, kind: 'idea' as const, text: 'Private words.' }
    await cp.feedback.submit(input, { ...sam.as, idempotencyKey: 'k-9' })
    await expect(cp.feedback.submit(input, { ...alex.as, idempotencyKey: 'k-9' })).rejects.toMatchObject({ code: 'conflict' })
    await expect(cp.feedback.submit(input, { ...anonymous, idempotencyKey: 'k-9' })).rejects.toMatchObject({ code: 'conflict' })
    await expect(cp.feedback.submit({ ...input, memberId: sam.member.id }, { ...asStaff, idempotencyKey: 'k-9' })).rejects.toMatchObject({
      code: 'conflict',
    })
  })

  it('records consents given on the form in the same step, never pre-ticked', async () => {
    const { cp, plan, sam } = await setup()
    const fb = await cp.feedback.submit(
      {
        initiativeId: plan.id,
        kind: 'story',
        text: 'The staff were kind.',
        consents: [
          { purposeId: 'quote-with-name', decision: 'give', noticeText: 'Can we use your words and name?', scope: 'everything' },
          { purposeId: 'share-with-partners', decision: 'refuse', scope: 'everything' },
        ],
      },
      sam.as,
    )
    const history = await cp.consent.history(sam.member.id, sam.as)
    expect(history).toEqual([
      expect.objectContaining({
        purposeId: 'quote-with-name',
        status: 'given',
        noticeText: 'Can we use your words and name?',
        method: 'widget',
        subject: sam.member.id,
      }),
      expect.objectContaining({ purposeId: 'share-with-partners', status: 'refused' }),
    ])
    // Saying no for everything on a later form takes back the earlier yes.
    await cp.feedback.submit(
      {
        initiativeId: plan.id,
        kind: 'idea',
        text: 'More light.',
        consents: [{ purposeId: 'quote-with-name', decision: 'refuse', scope: 'everything' }],
      },
      sam.as,
    )
    expect((await cp.consent.history(sam.member.id, sam.as)).at(-1)).toMatchObject({ purposeId: 'quote-with-name', status: 'withdrawn' })
    expect(fb.id).toBe('feedback-1')
  })

  it('stores nothing when part of the step fails', async () => {
    const { cp, plan, sam, store } = await setup()
    const before = await store.dump()
    await expect(
      cp.feedback.submit(
        { initiativeId: plan.id, kind: 'idea', text: 'x', consents: [{ purposeId: 'not-a-purpose', decision: 'give' }] },
        sam.as,
      ),
    ).rejects.toMatchObject({ code: 'not-found', issues: [{ path: ['consents', 0, 'purposeId'] }] })
    await expect(
      cp.feedback.submit(
        {
          initiativeId: plan.id,
          kind: 'idea',
          text: 'x',
          consents: [
            { purposeId: 'quote-anonymously', decision: 'give' },
            { purposeId: 'quote-anonymously', decision: 'refuse' },
          ],
        },
        sam.as,
      ),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ path: ['consents', 1, 'purposeId'] }] })
    await expect(cp.feedback.submit({ initiativeId: plan.id, kind: 'rating' }, sam.as)).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: ['rating'], message: 'Choose a rating' }],
    })
    expect(await store.dump()).toEqual(before)
  })

  it('lets a member speak only for themself; staff may record it for them', async () => {
    const { cp, plan, sam, member, asStaff } = await setup()
    const alex = await member(plan.id, 'Alex Other')
    await expect(
      cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'good', memberId: sam.member.id }, alex.as),
    ).rejects.toMatchObject({
      code: 'forbidden',
    })
    const recorded = await cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'good', memberId: sam.member.id }, asStaff)
    expect(recorded.memberId).toBe(sam.member.id)
    await expect(cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'good' }, asStaff)).rejects.toMatchObject({
      code: 'not-found',
      issues: [{ path: ['memberId'] }],
    })
  })

  it('is listed for staff only', async () => {
    const { cp, plan, sam, asStaff } = await setup()
    await cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'good' }, sam.as)
    expect(await cp.feedback.list(plan.id, asStaff)).toHaveLength(1)
    await expect(cp.feedback.list(plan.id, sam.as)).rejects.toMatchObject({ code: 'forbidden' })
  })
})
