import { createCoproduction, IDEMPOTENCY_KEY_RULE, IdempotencyKeySchema, memoryStore } from '@coproduce/core'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { createHandler } from '../handler/create-handler.js'
import { authenticateFromHeader } from '../test-support/http-client.js'

const coproduction = createCoproduction({ store: memoryStore() })
afterAll(() => coproduction.close())
const handler = createHandler({ coproduction, authenticate: authenticateFromHeader, rateLimit: false })
// Anonymous feedback, so any caller may send it (the initiative takes anonymous feedback by default).
const anonymous = { 'content-type': 'application/json', 'coproduce-device-key': 'device-0123456789abcdef' }

async function send(initiativeId: string, key: string) {
  const res = await handler(
    new Request(`http://host/initiatives/${initiativeId}/feedback`, {
      method: 'POST',
      headers: { ...anonymous, 'idempotency-key': key },
      body: JSON.stringify({ kind: 'idea', text: 'More chairs.' }),
    }),
  )
  return { status: res.status, body: (await res.json()) as { errors?: { path: string[]; message: string }[] } }
}

// Characters a header can carry (fetch refuses control characters and anything outside Latin-1 before sending).
const headerChar = fc
  .integer({ min: 0x20, max: 0xff })
  .filter((c) => c !== 0x7f)
  .map((c) => String.fromCharCode(c))
const headerKey = fc.oneof(fc.uuid(), fc.string({ unit: headerChar, minLength: 1, maxLength: 210 }))

describe('the Idempotency-Key header', () => {
  it('follows core’s rule exactly: a key the schema takes is stored, any other is refused with the rule in words', async () => {
    const plan = await coproduction.initiatives.create(
      { title: 'Chairs', purpose: 'Find out what would help.' },
      { actor: { id: 'staff-1', roles: ['staff'] } },
    )
    await fc.assert(
      fc.asyncProperty(headerKey, async (key) => {
        // fetch trims only a header value's outer spaces and tabs (not U+00A0, which String#trim also takes off),
        // so the server sees the key with those removed.
        const seen = key.replace(/^[ \t]+|[ \t]+$/g, '')
        const { status, body } = await send(plan.id, key)
        if (seen !== '' && IdempotencyKeySchema.safeParse(seen).success) expect([200, 201]).toContain(status)
        else if (seen !== '')
          expect({ status, errors: body.errors }).toEqual({
            status: 422,
            errors: [{ path: ['Idempotency-Key'], message: IDEMPOTENCY_KEY_RULE }],
          })
      }),
      { numRuns: 60 },
    )
  })

  it('refuses a key with a space inside, or over 200 characters, and takes a UUID', async () => {
    const plan = await coproduction.initiatives.create(
      { title: 'Tea', purpose: 'Find out what would help.' },
      { actor: { id: 'staff-1', roles: ['staff'] } },
    )
    expect((await send(plan.id, 'two words')).status).toBe(422)
    expect((await send(plan.id, 'k'.repeat(201))).status).toBe(422)
    expect((await send(plan.id, crypto.randomUUID())).status).toBe(201)
    // Found by the property above: a no-break space is not a space to fetch, so it stays part of the key.
    expect((await send(plan.id, '!\u00a0')).status).toBe(422)
    expect((await send(plan.id, ' ! ')).status).toBe(201)
  })
})
