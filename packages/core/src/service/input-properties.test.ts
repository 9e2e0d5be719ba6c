import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCoproduceError } from '../errors/coproduce-error.js'
import { world } from '../test-support/world.js'

/**
 * For every input schema: any JSON at all, and valid inputs with one field broken, either succeed or fail with
 * a CoproduceError (a `validation` one names each field by its path) — never another throw — and a failed call
 * leaves the store exactly as it was.
 */
const RUNS = 1000

type Call = (input: unknown) => Promise<unknown>

async function setup() {
  const w = world()
  const plan = await w.initiative()
  const sam = await w.member(plan.id)
  const update = await w.cp.updates.publish({ initiativeId: plan.id, youSaid: 'Cold room', weDid: 'Fixed the heating' }, w.asStaff)
  return { ...w, plan, sam, update }
}

/** A valid input with one field replaced by any JSON value, or removed, or an unknown field added. */
const mutated = (valid: Record<string, unknown>) =>
  fc
    .record({ key: fc.constantFrom(...Object.keys(valid), 'unexpected'), value: fc.jsonValue(), remove: fc.boolean() })
    .map(({ key, value, remove }) => {
      const copy: Record<string, unknown> = { ...valid }
      if (remove) delete copy[key]
      else copy[key] = value
      return copy
    })

async function expectSafe(call: Call, input: unknown, dump: () => Promise<unknown>) {
  const before = JSON.stringify(await dump())
  try {
    await call(input)
  } catch (error) {
    if (!isCoproduceError(error)) throw new Error(`Not a CoproduceError for ${JSON.stringify(input)}: ${String(error)}`)
    if (error.code === 'validation') {
      expect(error.issues.length).toBeGreaterThan(0)
      for (const issue of error.issues) {
        expect(Array.isArray(issue.path)).toBe(true)
        for (const part of issue.path) expect(['string', 'number']).toContain(typeof part)
        expect(issue.message.length).toBeGreaterThan(0)
      }
    } else {
      expect(['not-found', 'conflict', 'forbidden']).toContain(error.code)
    }
    expect(JSON.stringify(await dump())).toBe(before)
  }
}

async function check(make: (w: Awaited<ReturnType<typeof setup>>) => { call: Call; valid: Record<string, unknown> }) {
  const w = await setup()
  const { call, valid } = make(w)
  await expect(call(valid)).resolves.toBeDefined()
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.jsonValue(), mutated(valid)), (input) => expectSafe(call, input, () => w.store.dump())),
    { numRuns: RUNS },
  )
}

describe('every input is checked at the door', { timeout: 120_000 }, () => {
  it('InitiativeInput (initiatives.create)', () =>
    check(({ cp, asStaff }) => ({
      call: (input) => cp.initiatives.create(input as never, asStaff),
      valid: {
        title: 'Welcome',
        purpose: 'Make it welcoming.',
        problemFraming: 'open',
        scope: { negotiable: ['times'], nonNegotiable: [] },
        label: 'co-design',
      },
    })))

  it('InitiativePatch (initiatives.update)', () =>
    check(({ cp, asStaff, plan }) => ({
      call: (input) => cp.initiatives.update(plan.id, input as never, asStaff),
      valid: { title: 'New title', paymentPolicy: { method: 'cash', hourlyRate: 13.45, currency: 'GBP' }, allowAnonymousFeedback: true },
    })))

  it('MemberInput (members.join)', () =>
    check(({ cp, asStaff, plan }) => ({
      call: (input) => cp.members.join(input as never, asStaff),
      valid: {
        initiativeId: plan.id,
        displayName: 'Jo',
        roles: ['lived-experience'],
        contact: { email: 'jo@example.org' },
        contactPreferences: ['text'],
      },
    })))

  it('MemberPatch (members.change)', () =>
    check(({ cp, asStaff, sam }) => ({
      call: (input) => cp.members.change(sam.member.id, input as never, asStaff),
      valid: { displayName: 'Sam E', accessNeeds: ['hearing loop'], notes: null },
    })))

  it('SessionInput (sessions.schedule)', () =>
    check(({ cp, asStaff, plan }) => ({
      call: (input) => cp.sessions.schedule(input as never, asStaff),
      valid: {
        initiativeId: plan.id,
        startsAt: '2026-03-01T10:00:00Z',
        durationMinutes: 90,
        format: 'hybrid',
        venue: { name: 'Library', kind: 'community' },
      },
    })))

  it('FeedbackInput (feedback.submit)', () =>
    check(({ cp, plan, sam }) => ({
      call: (input) => cp.feedback.submit(input as never, sam.as),
      valid: {
        initiativeId: plan.id,
        kind: 'story',
        rating: 'good',
        text: 'Kind staff.',
        consents: [{ purposeId: 'quote-anonymously', decision: 'give' }],
      },
    })))

  it('ConsentDecisionInput (consent.decide)', () =>
    check(({ cp, asStaff, sam }) => ({
      call: (input) => cp.consent.decide(input as never, asStaff),
      valid: {
        subject: sam.member.id,
        purposeId: 'credit-by-name',
        decision: 'give',
        method: 'paper',
        noticeText: 'Can we thank you by name? (read out by phone)',
        expiresAt: '2027-01-01T00:00:00Z',
      },
    })))

  it('UpdateInput (updates.publish)', () =>
    check(({ cp, asStaff, plan, sam }) => ({
      call: (input) => cp.updates.publish(input as never, asStaff),
      valid: {
        initiativeId: plan.id,
        youSaid: 'Too cold',
        weDid: 'New heaters',
        status: 'in-progress',
        progress: 50,
        credits: [sam.member.id],
      },
    })))

  it('UpdatePatch (updates.change)', () =>
    check(({ cp, asStaff, update }) => ({
      call: (input) => cp.updates.change(update.id, input as never, asStaff),
      valid: { status: 'not-possible', reason: 'The landlord said no.', note: 'We asked twice.' },
    })))

  it('PaymentInput (payments.record)', () =>
    check(({ cp, asStaff, plan, sam }) => ({
      call: (input) => cp.payments.record(input as never, asStaff),
      valid: {
        initiativeId: plan.id,
        memberId: sam.member.id,
        hours: 2,
        amount: 26.9,
        currency: 'GBP',
        method: 'voucher',
        voucherReason: 'To protect benefits.',
      },
    })))
})
