import { describe, expect, it } from 'vitest'
import { world } from '../../test-support/world.js'

async function setup() {
  const w = world()
  const plan = await w.initiative()
  const sam = await w.member(plan.id, 'Sam Example')
  const alex = await w.member(plan.id, 'Alex Other')
  return { ...w, plan, sam, alex }
}

describe('consent: the person decides, one use at a time', () => {
  it('gives, withdraws and gives again; the history keeps every decision', async () => {
    const { cp, sam, clock, asStaff } = await setup()
    const subject = sam.member.id
    const given = await cp.consent.give({ subject, purposeId: 'quote-with-name' }, sam.as)
    expect(given).toMatchObject({
      subject,
      purposeId: 'quote-with-name',
      purposeVersion: 1,
      status: 'given',
      method: 'widget',
      recordedBy: subject,
    })
    expect(given.noticeText).toBe(
      'Can we share your words with your name? We may show what you said in updates and reports, with your name next to it.',
    )
    clock.advance(1000)
    await cp.consent.withdraw({ subject, purposeId: 'quote-with-name' }, sam.as)
    clock.advance(1000)
    await cp.consent.give({ subject, purposeId: 'quote-with-name', noticeText: 'Words shown on paper', method: 'paper' }, asStaff)
    expect((await cp.consent.history(subject, sam.as)).map((r) => r.status)).toEqual(['given', 'withdrawn', 'given'])
    const current = await cp.consent.current(subject, sam.as)
    expect(current.find((c) => c.purposeId === 'quote-with-name')).toMatchObject({
      status: 'given',
      record: { noticeText: 'Words shown on paper', method: 'paper' },
    })
  })

  it('treats a frozen clock correctly: the last decision made wins even at the same moment', async () => {
    const { cp, sam } = await setup()
    const subject = sam.member.id
    await cp.consent.give({ subject, purposeId: 'credit-by-name' }, sam.as)
    await cp.consent.withdraw({ subject, purposeId: 'credit-by-name' }, sam.as)
    expect((await cp.consent.current(subject, sam.as)).find((c) => c.purposeId === 'credit-by-name')?.status).toBe('withdrawn')
  })

  it('shows "none" for every purpose never asked about, and nothing is pre-ticked', async () => {
    const { cp, sam } = await setup()
    const current = await cp.consent.current(sam.member.id, sam.as)
    expect(current.map((c) => c.purposeId)).toEqual(cp.consent.purposes().map((p) => p.id))
    expect(current.every((c) => c.status === 'none' && c.record === undefined)).toBe(true)
  })

  it('records a refusal, and lets the person change their mind later', async () => {
    const { cp, sam } = await setup()
    const subject = sam.member.id
    await cp.consent.refuse({ subject, purposeId: 'photo-and-video' }, sam.as)
    await expect(cp.consent.withdraw({ subject, purposeId: 'photo-and-video' }, sam.as)).rejects.toMatchObject({ code: 'conflict' })
    await cp.consent.give({ subject, purposeId: 'photo-and-video' }, sam.as)
    expect((await cp.consent.history(subject, sam.as)).map((r) => r.status)).toEqual(['refused', 'given'])
  })

  it('lets a yes run out at its end date', async () => {
    const { cp, sam, clock } = await setup()
    const subject = sam.member.id
    await cp.consent.give({ subject, purposeId: 'contact-with-updates', expiresAt: '2026-02-01T00:00:00Z' }, sam.as)
    const status = async () => (await cp.consent.current(subject, sam.as)).find((c) => c.purposeId === 'contact-with-updates')?.status
    expect(await status()).toBe('given')
    clock.set('2026-02-01T00:00:00Z')
    expect(await status()).toBe('expired')
    await expect(cp.consent.withdraw({ subject, purposeId: 'contact-with-updates' }, sam.as)).rejects.toMatchObject({ code: 'conflict' })
    await cp.consent.give({ subject, purposeId: 'contact-with-updates' }, sam.as)
    expect(await status()).toBe('given')
  })

  it('refuses to withdraw what was never given, and changes nothing', async () => {
    const { cp, sam, store } = await setup()
    const before = await store.dump()
    await expect(cp.consent.withdraw({ subject: sam.member.id, purposeId: 'quote-anonymously' }, sam.as)).rejects.toMatchObject({
      code: 'conflict',
    })
    expect(await store.dump()).toEqual(before)
  })

  it('says which answer is wrong: an unknown purpose, an unknown person, an end date on a no', async () => {
    const { cp, sam, asStaff } = await setup()
    await expect(cp.consent.give({ subject: sam.member.id, purposeId: 'sell-to-advertisers' }, sam.as)).rejects.toMatchObject({
      code: 'not-found',
      issues: [{ path: ['purposeId'] }],
    })
    await expect(cp.consent.give({ subject: 'nobody', purposeId: 'quote-anonymously' }, asStaff)).rejects.toMatchObject({
      code: 'not-found',
      issues: [{ path: ['subject'] }],
    })
    await expect(
      cp.consent.refuse({ subject: sam.member.id, purposeId: 'quote-anonymously', expiresAt: '2027-01-01T00:00:00Z' }, sam.as),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ path: ['expiresAt'] }] })
    await expect(
      cp.consent.decide({ subject: sam.member.id, purposeId: 'quote-anonymously', decision: 'maybe' as 'give' }, sam.as),
    ).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: ['decision'] }],
    })
  })

  it('lets only the person or staff decide or read, and records who did it', async () => {
    const { cp, sam, alex, asStaff, anonymous } = await setup()
    const input = { subject: sam.member.id, purposeId: 'quote-anonymously' }
    await expect(cp.consent.give(input, alex.as)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.consent.give(input, anonymous)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.consent.history(sam.member.id, alex.as)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.consent.current(sam.member.id, anonymous)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(cp.consent.receipt(sam.member.id, alex.as)).rejects.toMatchObject({ code: 'forbidden' })
    const byStaff = await cp.consent.give({ ...input, method: 'verbal', noticeText: 'Read out by phone' }, asStaff)
    expect(byStaff).toMatchObject({ recordedBy: 'staff-1', method: 'verbal' })
  })

  it('gives a receipt in plain words with the full history', async () => {
    const { cp, sam } = await setup()
    await cp.consent.give({ subject: sam.member.id, purposeId: 'credit-by-name' }, sam.as)
    await cp.consent.refuse({ subject: sam.member.id, purposeId: 'photo-and-video' }, sam.as)
    const receipt = await cp.consent.receipt(sam.member.id, sam.as)
    expect(receipt.history).toHaveLength(2)
    expect(receipt.issuedAt).toBe('2026-01-05T10:00:00.000Z')
    expect(receipt.text).toContain('You said yes to “Can we thank you by name?” on 5 January 2026.')
    expect(receipt.text).toContain('You said no to “Can we take photos or videos with you in them?” on 5 January 2026.')
    expect(receipt.text).toContain('We have not asked you about “Can we share your words without your name?” yet.')
    expect(receipt.text).toContain('You can change your mind at any time.')
  })

  it('emits consent events that carry ids only', async () => {
    const { cp, sam } = await setup()
    const seen: unknown[] = []
    cp.on('consent.given', (e) => void seen.push(e))
    cp.on('consent.withdrawn', (e) => void seen.push(e))
    const record = await cp.consent.give({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
    await cp.consent.withdraw({ subject: sam.member.id, purposeId: 'quote-with-name' }, sam.as)
    await cp.flush()
    expect(seen).toHaveLength(2)
    expect(seen[0]).toMatchObject({
      type: 'consent.given',
      data: { recordId: record.id, subject: sam.member.id, purposeId: 'quote-with-name' },
    })
    expect(JSON.stringify(seen)).not.toContain('Sam')
  })
})
