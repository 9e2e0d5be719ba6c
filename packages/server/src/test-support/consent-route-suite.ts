import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, staff, type Api } from './api-harness.js'
import { expectProblem } from './expect-problem.js'
import type { StoreUnderTest } from './route-suite.js'
import { seed, type Seeded } from './seed.js'

const WORDS = 'The bus shelter on Mill Road leaks every time it rains, so we all get soaked waiting.'

/** The consent contract of issue #10 over real HTTP, on one store. Run once per store: memory, PostgreSQL, PGlite. */
export function describeConsentRoutes(label: string, openStore: () => Promise<StoreUnderTest>): void {
  describe(`Consent over HTTP on ${label}`, () => {
    let api: Api
    let s: Seeded

    beforeAll(async () => {
      const { store } = await openStore()
      api = await startApi(store)
      s = await seed(api.call)
    })
    afterAll(async () => {
      await api?.close()
    })

    it('lets staff write down a choice made on paper or by phone, with the words read out; a member cannot', async () => {
      const path = `/members/${s.ada.id}/consents`
      const body = {
        purposeId: 'credit-by-name',
        decision: 'give',
        method: 'paper',
        noticeText: 'The paper form: can we thank you by name?',
      }
      expectProblem(await api.call('POST', path, { actor: s.ada.actor, body }), 403, 'forbidden')
      const missing = await api.call('POST', path, { actor: staff, body: { ...body, method: 'verbal', noticeText: undefined } })
      expectProblem(missing, 422, 'validation')
      expect(missing.body.errors).toEqual([expect.objectContaining({ path: ['noticeText'] })])
      expect((await api.call('GET', path, { actor: staff })).body.history).toEqual([])

      const made = await api.call('POST', path, { actor: staff, body })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      expect(made.body).toMatchObject({ method: 'paper', recordedBy: staff.id, noticeText: body.noticeText, status: 'given' })
      const read = await api.call('GET', path, { actor: s.ada.actor })
      expect(read.body.current.find((c: { purposeId: string }) => c.purposeId === 'credit-by-name')).toMatchObject({
        status: 'given',
        record: { method: 'paper' },
      })
      expect(read.body.history).toEqual([made.body])
    })

    it('answers 403 consent-required with the feedback ids when an update copies words the person said no to sharing', async () => {
      const fb = await api.call('POST', `/initiatives/${s.initiativeId}/feedback`, {
        actor: s.ben.actor,
        body: { kind: 'story', text: WORDS, consents: [{ purposeId: 'quote-anonymously', decision: 'refuse', scope: 'this' }] },
      })
      expect(fb.status, JSON.stringify(fb.body)).toBe(201)
      // The choice stays with this feedback: Ben's standing choice is untouched.
      const mine = await api.call('GET', `/members/${s.ben.id}/consents`, { actor: s.ben.actor })
      expect(mine.body.current.find((c: { purposeId: string }) => c.purposeId === 'quote-anonymously').status).toBe('none')

      const res = await api.call('POST', `/initiatives/${s.initiativeId}/updates`, {
        actor: staff,
        body: { youSaid: WORDS.toUpperCase(), weDid: 'We asked the council to fix the roof.', linkedFeedback: [fb.body.id] },
      })
      expectProblem(res, 403, 'consent-required')
      expect(res.body.feedbackIds).toEqual([fb.body.id])
      expect(res.body.errors).toEqual([expect.objectContaining({ path: ['youSaid'] })])
      expect((await api.call('GET', `/initiatives/${s.initiativeId}/updates`)).body).toEqual([])
    })

    it('gives the person a receipt in plain words with their name, and staff the JSON-LD record', async () => {
      await api.call('POST', `/members/${s.ben.id}/consents`, {
        actor: s.ben.actor,
        body: { purposeId: 'photo-and-video', decision: 'refuse' },
      })
      const receipt = await api.call('GET', `/members/${s.ben.id}/consents/receipt`, { actor: s.ben.actor })
      expect(receipt.status).toBe(200)
      expect(receipt.body).toMatchObject({ subject: s.ben.id, displayName: s.ben.name })
      expect(receipt.body.current.find((c: { purposeId: string }) => c.purposeId === 'photo-and-video')).toMatchObject({
        status: 'refused',
        title: 'Can we take photos or videos with you in them?',
      })
      expect(receipt.body.text).toContain('You said no to “Can we take photos or videos with you in them?” on ')
      expect(receipt.body.text).not.toContain(s.ben.id)

      expectProblem(await api.call('GET', `/members/${s.ben.id}/consents/record`, { actor: s.ben.actor }), 403, 'forbidden')
      const record = await api.call('GET', `/members/${s.ben.id}/consents/record`, { actor: staff })
      expect(record.status).toBe(200)
      expect(record.body['@graph'].map((n: Record<string, { '@id': string }>) => n['dpv:hasConsentStatus']!['@id'])).toEqual([
        'dpv:ConsentRefused',
      ])
    })
  })
}
