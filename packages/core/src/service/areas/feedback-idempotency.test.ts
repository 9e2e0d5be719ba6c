import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, fingerprintOf, sha256Hex } from '../fingerprint.js'
import { createCoproduction } from '../create-coproduction.js'
import { memoryStore } from '../../store/memory-store.js'
import { world } from '../../test-support/world.js'

const DEVICE = 'device-key-0123456789abcdef'

async function setup(options: Parameters<typeof world>[0] = {}) {
  const w = world(options)
  const plan = await w.initiative()
  const sam = await w.member(plan.id, 'Sam Keyholder')
  return { ...w, plan, sam }
}

describe('feedback idempotency (as the IETF Idempotency-Key draft)', () => {
  it('refuses the same key with a different request (idempotency-mismatch) and stores nothing, also a consent sent with it', async () => {
    const { cp, plan, sam, store } = await setup()
    const input = { initiativeId: plan.id, kind: 'idea' as const, text: 'More chairs.' }
    await cp.feedback.submit(input, { ...sam.as, idempotencyKey: 'k-1' })
    const before = await store.dump()
    const changed = { ...input, text: 'Fewer chairs.', consents: [{ purposeId: 'quote-with-name', decision: 'give' as const }] }
    await expect(cp.feedback.submit(changed, { ...sam.as, idempotencyKey: 'k-1' })).rejects.toMatchObject({
      code: 'idempotency-mismatch',
      issues: [{ path: ['idempotencyKey'] }],
    })
    expect(await store.dump()).toEqual(before)
  })

  it('treats the same request in another key order as the same request', async () => {
    const { cp, plan, sam } = await setup()
    const first = await cp.feedback.submitOnce(
      { initiativeId: plan.id, kind: 'rating', rating: 'good', text: 'Fine.' },
      { ...sam.as, idempotencyKey: 'k-2' },
    )
    const again = await cp.feedback.submitOnce(
      { text: 'Fine.', rating: 'good', kind: 'rating', initiativeId: plan.id },
      { ...sam.as, idempotencyKey: 'k-2' },
    )
    expect(again).toMatchObject({ replayed: true, feedback: { id: first.feedback.id } })
  })

  it('never hands out whose key it was or the request hash: staff cannot tell two anonymous sends came from one device', async () => {
    const { cp, plan, anonymous, asStaff } = await setup()
    const sent = []
    for (const [key, text] of [
      ['phone-a', 'The room is cold.'],
      ['phone-b', 'Nobody rang me back.'],
    ] as const)
      sent.push(
        (
          await cp.feedback.submitOnce(
            { initiativeId: plan.id, kind: 'idea', text, anonymous: true },
            { ...anonymous, idempotencyKey: key, anonymousKey: DEVICE },
          )
        ).feedback,
      )
    const listed = await cp.feedback.list(plan.id, asStaff)
    for (const f of [...sent, ...listed]) {
      expect(f).not.toHaveProperty('idempotencyScope')
      expect(f).not.toHaveProperty('idempotencyFingerprint')
    }
    expect(listed.map((f) => f.text)).toEqual(['The room is cold.', 'Nobody rang me back.'])
  })

  it('gives an anonymous replay only ids, never the words, and only to the same device key', async () => {
    const { cp, plan, anonymous } = await setup()
    const input = { initiativeId: plan.id, kind: 'story' as const, text: 'My landlord shouts at me.' }
    const first = await cp.feedback.submitOnce(input, { ...anonymous, idempotencyKey: 'phone-1', anonymousKey: DEVICE })
    expect(first.feedback.text).toBe('My landlord shouts at me.')
    const again = await cp.feedback.submitOnce(input, { ...anonymous, idempotencyKey: 'phone-1', anonymousKey: DEVICE })
    expect(again).toEqual({
      replayed: true,
      feedback: {
        id: first.feedback.id,
        initiativeId: plan.id,
        kind: 'story',
        anonymous: true,
        createdAt: first.feedback.createdAt,
        idempotencyKey: 'phone-1',
      },
    })
    await expect(
      cp.feedback.submitOnce(input, { ...anonymous, idempotencyKey: 'phone-1', anonymousKey: 'another-device-key-0000' }),
    ).rejects.toMatchObject({ code: 'conflict' })
    await expect(cp.feedback.submitOnce(input, { ...anonymous, idempotencyKey: 'phone-1' })).rejects.toMatchObject({ code: 'conflict' })
    await expect(cp.feedback.submitOnce(input, { ...anonymous, idempotencyKey: 'phone-2', anonymousKey: 'short' })).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: ['anonymousKey'] }],
    })
  })

  it('keeps the device key only as a hash, so anonymous feedback points to no one', async () => {
    const { cp, plan, anonymous, store } = await setup()
    await cp.feedback.submit(
      { initiativeId: plan.id, kind: 'rating', rating: 'good' },
      { ...anonymous, idempotencyKey: 'k-3', anonymousKey: DEVICE },
    )
    expect(JSON.stringify(await store.dump())).not.toContain(DEVICE)
  })

  it('forgets a key after 24 hours by default, and after the time the host sets', async () => {
    const { cp, plan, sam, clock } = await setup()
    const input = { initiativeId: plan.id, kind: 'idea' as const, text: 'Open later on Fridays.' }
    const first = await cp.feedback.submitOnce(input, { ...sam.as, idempotencyKey: 'k-4' })
    clock.advance(24 * 60 * 60 * 1000 - 1)
    expect(await cp.feedback.submitOnce(input, { ...sam.as, idempotencyKey: 'k-4' })).toMatchObject({
      replayed: true,
      feedback: { id: first.feedback.id },
    })
    clock.advance(1)
    const later = await cp.feedback.submitOnce({ ...input, text: 'A new idea a day later.' }, { ...sam.as, idempotencyKey: 'k-4' })
    expect(later.replayed).toBe(false)
    expect(later.feedback.id).not.toBe(first.feedback.id)
    expect((await cp.feedback.list(plan.id, { actor: { id: 'staff-1', roles: ['staff'] } })).map((f) => f.text)).toEqual([
      input.text,
      'A new idea a day later.',
    ])

    const short = await setup({ idempotencyKeyLifetimeMs: 60_000 })
    const one = await short.cp.feedback.submitOnce(input, { ...short.sam.as, idempotencyKey: 'k-5' })
    short.clock.advance(60_000)
    const two = await short.cp.feedback.submitOnce(input, { ...short.sam.as, idempotencyKey: 'k-5' })
    expect(two.replayed).toBe(false)
    expect(two.feedback.id).not.toBe(one.feedback.id)
  })

  it('refuses a lifetime that is not a positive number of milliseconds', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => createCoproduction({ store: memoryStore(), idempotencyKeyLifetimeMs: bad })).toThrow(/idempotencyKeyLifetimeMs/)
  })
})

describe('request fingerprints', () => {
  it('are the same for the same JSON in any key order, and differ when any value differs', async () => {
    const shuffle = (value: unknown, seed: number): unknown => {
      if (Array.isArray(value)) return value.map((v) => shuffle(v, seed))
      if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
        const turned = entries.map((_, i) => entries[(i + seed) % entries.length]!)
        return Object.fromEntries(turned.map(([k, v]) => [k, shuffle(v, seed)]))
      }
      return value
    }
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.nat(10), async (value, seed) => {
        expect(canonicalJson(shuffle(value, seed))).toBe(canonicalJson(value))
        expect(await fingerprintOf(shuffle(value, seed))).toBe(await fingerprintOf(value))
        expect(await fingerprintOf({ v: value })).not.toBe(await fingerprintOf({ v: [value] }))
      }),
      { numRuns: 100 },
    )
  })

  it('are the SHA-256 of the canonical JSON, in hex', async () => {
    // The published SHA-256 test vector for "abc" (FIPS 180-2); `"abc"` is the canonical JSON of the string abc.
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(await fingerprintOf({ b: 1, a: 'x' })).toBe(await sha256Hex('{"a":"x","b":1}'))
  })
})
