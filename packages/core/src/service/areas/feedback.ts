import { CoproduceError, isCoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { FeedbackInputSchema, type Feedback } from '../../schemas/feedback.js'
import { currentState } from '../../lifecycles/consent.js'
import { parseId, requireStaff } from '../access.js'
import { isStaff, type Actor } from '../actor.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { purposeOrThrow, recordDecision } from './consent.js'
import { assertMayKeepNamedFeedback, checkInlineScopes, inlineConsentSubject, withWordsHidden } from './consent-effects.js'
import { getInitiative } from './initiatives.js'
import { fingerprintOf } from '../fingerprint.js'
import { parseIdempotencyKey } from '../idempotency-key.js'
import { idempotencyScope, judgeStoredKey, keyInUse, replayOf, withoutKey, withoutKeyHashes } from './feedback-idempotency.js'
import { getMemberOf } from './members.js'
import { eraseHiddenWordsArea } from './hidden-words.js'

const forbidden = (message: string) => new CoproduceError('forbidden', message)

function parseAnonymousKey(key: unknown): string | undefined {
  if (key === undefined || key === null) return undefined
  if (typeof key !== 'string' || key.trim().length < 16 || key.length > 200)
    throw new CoproduceError('validation', 'Some answers need checking', [
      { path: ['anonymousKey'], message: 'Use a random key of 16 to 200 characters' },
    ])
  return key
}

export function feedbackArea(s: ServiceContext): Omit<Coproduction['feedback'], 'inbox'> {
  const area: Omit<Coproduction['feedback'], 'inbox'> = {
    async submit(input, ctx) {
      return (await area.submitOnce(input, ctx)).feedback
    },

    async submitOnce(input, ctx) {
      const data = parseOrThrow(FeedbackInputSchema, input)
      const key = parseIdempotencyKey(ctx?.idempotencyKey)
      const consents = data.consents ?? []
      const seen = new Set<string>()
      const purposes = consents.map((c, i) => {
        if (seen.has(c.purposeId))
          throw new CoproduceError('validation', 'Some answers need checking', [
            { path: ['consents', i, 'purposeId'], message: 'Choose once for each use' },
          ])
        seen.add(c.purposeId)
        return purposeOrThrow(s, c.purposeId, ['consents', i, 'purposeId'])
      })
      const actor: Actor | null = await s.actorOf(ctx)
      const anonymous = data.anonymous || actor === null
      if (actor === null && data.memberId !== undefined) throw forbidden('Sign in to give feedback with your name')
      checkInlineScopes(consents, anonymous)

      const scope = key === undefined ? undefined : await idempotencyScope(actor, anonymous, parseAnonymousKey(ctx?.anonymousKey))
      const fingerprint = key === undefined ? undefined : await fingerprintOf(data)

      return s.run(ctx, async (tx, emit) => {
        const initiative = await getInitiative(tx, data.initiativeId)
        if (key !== undefined) {
          const first = await tx.feedback.findByIdempotencyKey(data.initiativeId, key)
          if (first) {
            const verdict = judgeStoredKey(first, {
              scope: scope!,
              fingerprint: fingerprint!,
              now: s.nowDate(),
              lifetimeMs: s.idempotencyKeyLifetimeMs,
            })
            if (verdict === 'replay') return { feedback: replayOf(first), replayed: true }
            await tx.feedback.put(withoutKey(first))
          }
        }
        if (actor === null && initiative.allowAnonymousFeedback === false)
          throw forbidden('This group asks people to sign in before giving feedback')
        let memberId: string | undefined
        if (!anonymous && actor) {
          memberId = data.memberId ?? actor.id
          await getMemberOf(tx, data.initiativeId, memberId, ['memberId'])
          if (actor.id !== memberId && !isStaff(actor)) throw forbidden('You can only give feedback as yourself')
          await assertMayKeepNamedFeedback(s, tx, memberId, consents)
        }
        const feedback: Feedback = { id: s.id('feedback'), initiativeId: data.initiativeId, kind: data.kind, anonymous, createdAt: s.now() }
        if (data.rating !== undefined) feedback.rating = data.rating
        if (data.text !== undefined) feedback.text = data.text
        if (data.attachments !== undefined) feedback.attachments = data.attachments
        if (memberId !== undefined) feedback.memberId = memberId
        if (data.context !== undefined) feedback.context = data.context
        if (key !== undefined)
          Object.assign(feedback, { idempotencyKey: key, idempotencyScope: scope, idempotencyFingerprint: fingerprint })
        try {
          await tx.feedback.put(feedback)
        } catch (error) {
          // Two sends with the same key at once: the store's unique key stops the second while the first is stored.
          if (key !== undefined && isCoproduceError(error) && error.code === 'conflict') throw keyInUse()
          throw error
        }
        const eventData = { feedbackId: feedback.id, kind: feedback.kind, anonymous }
        await emit('feedback.submitted', memberId === undefined ? eventData : { ...eventData, memberId }, data.initiativeId)
        for (const [i, consent] of consents.entries()) {
          const subject = inlineConsentSubject(consent, memberId, feedback.id)
          const purpose = purposes[i]!
          // Saying no on the form to something said yes to before takes it back.
          const state = currentState(await tx.consents.listBySubject(subject), purpose.id, s.nowDate(), purpose.version)
          const decision = consent.decision === 'refuse' && state === 'given' ? 'withdraw' : consent.decision
          await recordDecision(s, tx, emit, {
            subject,
            purpose,
            decision,
            noticeText: consent.noticeText,
            method: 'widget',
            // Never the actor's id for anonymous feedback: nothing may tie it to a person.
            recordedBy: anonymous || !actor ? 'anonymous' : actor.id,
            initiativeId: data.initiativeId,
          })
        }
        return { feedback: withoutKeyHashes(feedback), replayed: false }
      })
    },

    async list(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, id)
        return (await withWordsHidden(s, tx, await tx.feedback.listByInitiative(id))).map(withoutKeyHashes)
      })
    },

    eraseHiddenWords: eraseHiddenWordsArea(s),
  }
  return area
}
