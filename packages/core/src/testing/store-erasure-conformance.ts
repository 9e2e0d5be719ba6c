import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCoproduction } from '../service/create-coproduction.js'
import type { Store } from '../store/store-port.js'
import { uniqueId } from './fakes.js'

const staff = { actor: { id: 'staff-erasure-check', roles: ['staff'] } }
let counter = 0

/** A word no other record in the store can hold: a fresh marker, then a generated tail. */
const token = (tail: string) => `Pq${(counter++).toString(36)}x${Date.now().toString(36)}${tail}`

const word = fc.stringMatching(/^[a-z]{4,9}$/)

/** One person and what they gave: generated names, contact, host id, words, files, notice texts and reasons. */
const person = fc.record({
  name: word,
  email: word,
  hostRef: word,
  notes: word,
  need: word,
  feedback: fc.array(
    fc.record({
      kind: fc.constantFrom('story' as const, 'idea' as const, 'creative' as const),
      text: word,
      context: fc.option(word, { nil: undefined }),
      attachment: fc.option(word, { nil: undefined }),
      notice: fc.option(word, { nil: undefined }),
      key: fc.option(word, { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  consentNotice: word,
  voucherReason: word,
  aboutBenefits: fc.boolean(),
})

/**
 * After erasure, not one of the person's words, names, emails or host ids is anywhere in the store: every
 * table and the outbox, as `store.dump()` shows them. Someone else's words in the same group stay.
 */
export function describeErasureConformance(getStore: () => Store): void {
  describe('erasure', () => {
    it('leaves none of the person’s words, names, emails or host ids in any table or the outbox (property)', async () => {
      const store = getStore()
      // The service delivers events in-process here, so this check leaves the store's own outbox alone.
      const cp = createCoproduction({
        store: { transaction: (work, scope) => store.transaction(work, scope), dump: () => store.dump(), close: async () => undefined },
      })
      const plan = await cp.initiatives.create({ title: 'Erasure check', purpose: 'Check that erasure leaves nothing behind.' }, staff)
      await fc.assert(
        fc.asyncProperty(person, async (p) => {
          const t = {
            name: token(p.name),
            email: `${token(p.email)}@example.org`,
            phone: `+44 7700 ${counter++}${Date.now()}`,
            hostRef: token(p.hostRef),
            notes: token(p.notes),
            need: token(p.need),
            consentNotice: token(p.consentNotice),
            voucherReason: `${token(p.voucherReason)}${p.aboutBenefits ? ' to keep their benefits' : ''}`,
          }
          const feedback = p.feedback.map((f) => ({
            kind: f.kind,
            text: token(f.text),
            context: f.context === undefined ? undefined : token(f.context),
            attachment: f.attachment === undefined ? undefined : token(f.attachment),
            notice: f.notice === undefined ? undefined : token(f.notice),
            key: f.key === undefined ? undefined : token(f.key),
          }))
          const other = { name: token('other'), words: token('otherwords') }
          const id = uniqueId('member')
          await cp.members.join(
            {
              id,
              initiativeId: plan.id,
              displayName: t.name,
              roles: ['lived-experience'],
              contact: { email: t.email, phone: t.phone },
              hostRef: t.hostRef,
              notes: t.notes,
              accessNeeds: [t.need],
            },
            staff,
          )
          const otherId = uniqueId('member')
          await cp.members.join({ id: otherId, initiativeId: plan.id, displayName: other.name, roles: ['practitioner'] }, staff)
          const as = { actor: { id, roles: ['member'] } }
          for (const f of feedback) {
            await cp.feedback.submit(
              {
                initiativeId: plan.id,
                kind: f.kind,
                text: f.text,
                ...(f.context ? { context: f.context } : {}),
                ...(f.attachment
                  ? { attachments: [{ kind: 'drawing' as const, ref: `files/${f.attachment}.png`, description: f.attachment }] }
                  : {}),
                ...(f.notice ? { consents: [{ purposeId: 'quote-with-name', decision: 'refuse' as const, noticeText: f.notice }] } : {}),
              },
              { ...as, ...(f.key ? { idempotencyKey: f.key } : {}) },
            )
          }
          await cp.feedback.submit(
            { initiativeId: plan.id, kind: 'idea', text: other.words },
            { actor: { id: otherId, roles: ['member'] } },
          )
          await cp.consent.give({ subject: id, purposeId: 'credit-by-name', noticeText: t.consentNotice }, as)
          await cp.payments.record(
            {
              initiativeId: plan.id,
              memberId: id,
              hours: 2,
              amount: 26.9,
              currency: 'GBP',
              method: 'voucher',
              voucherReason: t.voucherReason,
            },
            staff,
          )
          const personal = [
            ...Object.values(t),
            ...feedback.flatMap((f) => [f.text, f.context, f.attachment, f.notice, f.key].filter((v): v is string => v !== undefined)),
          ]
          const before = JSON.stringify(await store.dump())
          for (const text of personal) expect(before).toContain(text)

          await cp.erase(id, staff)
          await cp.flush()

          const after = JSON.stringify(await store.dump())
          for (const text of personal) expect(after, text).not.toContain(text)
          expect(after).toContain(other.name)
          expect(after).toContain(other.words)
        }),
        { numRuns: 6 },
      )
    }, 120_000)
  })
}
