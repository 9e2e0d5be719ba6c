import { describe, expect, inject, it } from 'vitest'
import { ClientError, createHttpClient, OfflineError } from './client.js'

const apiUrl = inject('apiUrl')
const seed = inject('seed')
const setActor = (value: string) => {
  document.cookie = `cp_actor=${encodeURIComponent(value)}; path=/`
}

describe('createHttpClient against the real server', () => {
  it('reads the consent purposes', async () => {
    const purposes = await createHttpClient({ endpoint: apiUrl }).getConsentPurposes()
    expect(purposes.map((p) => p.id)).toContain('quote-anonymously')
  })

  it('sends feedback once per idempotency key', async () => {
    setActor(seed.memberId)
    const client = createHttpClient({ endpoint: `${apiUrl}/` })
    const key = crypto.randomUUID()
    const first = await client.submitFeedback(seed.initiativeId, { kind: 'rating', rating: 'good', anonymous: true }, key)
    const again = await client.submitFeedback(seed.initiativeId, { kind: 'rating', rating: 'good', anonymous: true }, key)
    expect(again.id).toBe(first.id)
    expect(first.memberId).toBeUndefined()
  })

  it('lets a person who is not signed in send the same feedback again (its answer was lost) and get its ids', async () => {
    setActor('')
    const client = createHttpClient({ endpoint: apiUrl })
    const key = crypto.randomUUID()
    const input = { kind: 'story', text: 'The lift was broken again', anonymous: true } as const
    const first = await client.submitFeedback(seed.initiativeId, input, key)
    // The same device sends it again, as the offline queue does when the first answer never arrived.
    const again = await client.submitFeedback(seed.initiativeId, input, key)
    expect(again).toMatchObject({ id: first.id, idempotencyKey: key })
    // Another device cannot replay it: the key is the caller's.
    localStorage.removeItem('coproduce-device-key')
    const other = createHttpClient({ endpoint: apiUrl })
    await expect(other.submitFeedback(seed.initiativeId, input, key)).rejects.toMatchObject({ status: 409 })
  })

  it('tells the server which languages the widget speaks (Accept-Language), so its own words come in that language', async () => {
    const seen: Headers[] = []
    const spy: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers))
      return fetch(input, init)
    }
    await createHttpClient({ endpoint: apiUrl, fetch: spy, lang: () => 'cy' }).getConsentPurposes()
    expect(seen[0]!.get('accept-language')).toBe('cy')
  })

  it('throws the problem+json as a ClientError with the field errors', async () => {
    const client = createHttpClient({ endpoint: apiUrl })
    const error = await client
      .submitFeedback(seed.initiativeId, { kind: 'rating', anonymous: true }, crypto.randomUUID())
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ClientError)
    expect(error).toMatchObject({ status: 422, code: 'validation' })
    expect((error as ClientError).errors.some((e) => e.path.includes('rating'))).toBe(true)
  })

  it('throws OfflineError when the server cannot be reached', async () => {
    const client = createHttpClient({ endpoint: 'http://localhost:9/api' })
    await expect(client.getConsentPurposes()).rejects.toBeInstanceOf(OfflineError)
  })

  it('reads and changes a member’s consents with their cookie', async () => {
    setActor(seed.otherMemberId)
    const client = createHttpClient({ endpoint: apiUrl })
    const record = await client.decideConsent(seed.otherMemberId, { purposeId: 'quote-anonymously', decision: 'give' })
    expect(record).toMatchObject({ subject: seed.otherMemberId, purposeId: 'quote-anonymously', status: 'given' })
    const consents = await client.getConsents(seed.otherMemberId)
    expect(consents.current.find((c) => c.purposeId === 'quote-anonymously')?.status).toBe('given')
    const receipt = await client.getReceipt(seed.otherMemberId)
    expect(receipt.history.length).toBeGreaterThan(0)
  })
})
