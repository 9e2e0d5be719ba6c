import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseIdempotencyKey } from '../service/idempotency-key.js'
import { world } from '../test-support/world.js'
import { IDEMPOTENCY_KEY_RULE, IdempotencyKeySchema } from './idempotency-key.js'

const ok = (key: string) => IdempotencyKeySchema.safeParse(key).success

describe('the one Idempotency-Key rule', () => {
  it('takes 1 to 200 visible ASCII characters, such as a UUID', () => {
    expect(ok('0b5e7c1e-4f1a-4c4e-9d0e-1a2b3c4d5e6f')).toBe(true)
    expect(ok('k')).toBe(true)
    expect(ok('k'.repeat(200))).toBe(true)
  })

  it('refuses an empty key, a key over 200 characters, spaces, control characters and anything outside ASCII', () => {
    for (const bad of ['', 'k'.repeat(201), 'two words', ' k', 'k\n', 'tab\there', 'naïve', 'ключ', '🔑']) expect(ok(bad)).toBe(false)
  })

  it('says in plain words what a good key looks like', () => {
    const result = IdempotencyKeySchema.safeParse('two words')
    expect(result.error?.issues[0]?.message).toBe(IDEMPOTENCY_KEY_RULE)
    expect(IDEMPOTENCY_KEY_RULE).toMatch(/1 to 200/)
  })

  it('is the rule the service applies: it takes a key exactly when the schema does, and keeps it unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 210 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.uuid()), (key) => {
        if (ok(key)) expect(parseIdempotencyKey(key)).toBe(key)
        else
          expect(() => parseIdempotencyKey(key)).toThrow(
            expect.objectContaining({ code: 'validation', issues: [{ path: ['idempotencyKey'], message: IDEMPOTENCY_KEY_RULE }] }),
          )
      }),
    )
  })

  it('is checked when feedback is sent, and nothing is stored for a bad key', async () => {
    const w = world()
    const plan = await w.initiative()
    const sam = await w.member(plan.id, 'Sam Keyholder')
    const before = await w.store.dump()
    const input = { initiativeId: plan.id, kind: 'idea' as const, text: 'More chairs.' }
    await expect(w.cp.feedback.submit(input, { ...sam.as, idempotencyKey: 'has a space' })).rejects.toMatchObject({ code: 'validation' })
    expect(await w.store.dump()).toEqual(before)
    await expect(w.cp.feedback.submit(input, { ...sam.as, idempotencyKey: 'k-ok-1' })).resolves.toMatchObject({ idempotencyKey: 'k-ok-1' })
  })
})
