import { describe, expect, it } from 'vitest'
import type { CoproducePlugin } from '../plugins/define-plugin.js'
import type { ConsentPurpose } from '../schemas/consent.js'
import type { Actor, CallContext } from '../service/actor.js'
import type { Coproduction } from '../service/coproduction.js'
import { createCoproduction } from '../service/create-coproduction.js'
import type { Store } from '../store/store-port.js'
import { manualClock } from './fakes.js'

/** The store without its outbox or `close`, so the service delivers events in-process and the suite's store stays open. */
const shared = (store: Store): Store => ({
  transaction: (work, scope) => store.transaction(work, scope),
  dump: () => store.dump(),
  close: async () => undefined,
})

const staff: CallContext = { actor: { id: 'staff-consent-suite', roles: ['staff'] } }
const anonymous: CallContext = { actor: null }

const SAM_WORDS = 'The kettle in the kitchen is always cold, and nobody ever fixes it when we ask.'

async function world(store: Store, plugins: CoproducePlugin[] = []) {
  const clock = manualClock('2026-12-02T10:00:00.000Z')
  const cp = createCoproduction({ store: shared(store), clock, plugins })
  const plan = await cp.initiatives.create(
    { title: 'Making the drop-in feel welcoming', purpose: 'Find out together what would help.' },
    staff,
  )
  const join = async (displayName: string) => {
    const member = await cp.members.join({ initiativeId: plan.id, displayName, roles: ['lived-experience'] }, staff)
    return { id: member.id, as: { actor: { id: member.id, roles: ['member'] } as Actor } }
  }
  return { cp, clock, plan, sam: await join('Sam Example'), alex: await join('Alex Other') }
}

const stateOf = async (cp: Coproduction, subject: string, purposeId: string, ctx: CallContext) =>
  (await cp.consent.current(subject, ctx)).find((c) => c.purposeId === purposeId)?.status

/**
 * What consent means, through the service, on one store: refused words stay unpublished, a choice made with
 * feedback stays with that feedback, every default purpose has an effect, new words need a new yes, staff
 * write down paper and phone consent, and the receipt is written for the person.
 */
export function describeConsentConformance(name: string, getStore: () => Store): void {
  describe(`Consent rules on ${name}`, () => {
    describe('refused words are never published', () => {
      it('refuses an update that copies the words of someone who said no, naming the feedback, and stores nothing', async () => {
        const { cp, plan, sam } = await world(getStore())
        const fb = await cp.feedback.submit(
          { initiativeId: plan.id, kind: 'story', text: SAM_WORDS, consents: [{ purposeId: 'quote-anonymously', decision: 'refuse' }] },
          sam.as,
        )
        const copy = '  the KETTLE in the kitchen is always cold — and nobody ever fixes it, when we ask!! '
        for (const input of [
          { initiativeId: plan.id, youSaid: copy, weDid: 'We bought a new kettle.', linkedFeedback: [fb.id] },
          // Not linked, but from the same initiative: still their words.
          { initiativeId: plan.id, youSaid: 'The drop-in needs a kettle.', weDid: `You told us: ${SAM_WORDS}` },
        ])
          await expect(cp.updates.publish(input, staff)).rejects.toMatchObject({
            code: 'consent-required',
            details: { feedbackIds: [fb.id] },
          })
        expect(await cp.updates.list(plan.id, staff)).toEqual([])

        // In the staff member's own words, it is published.
        const update = await cp.updates.publish(
          { initiativeId: plan.id, youSaid: 'Hot drinks were hard to get.', weDid: 'We bought a new kettle.', linkedFeedback: [fb.id] },
          staff,
        )
        // Editing it to copy the words is refused too, and changes nothing.
        await expect(cp.updates.change(update.id, { note: SAM_WORDS.toUpperCase() }, staff)).rejects.toMatchObject({
          code: 'consent-required',
          details: { feedbackIds: [fb.id] },
          issues: [{ path: ['note'] }],
        })
        expect(await cp.updates.list(plan.id, staff)).toEqual([update])
      })

      it('allows the words without a name after a yes to quote-anonymously, and with a credit only after quote-with-name', async () => {
        const { cp, plan, sam } = await world(getStore())
        const fb = await cp.feedback.submit(
          { initiativeId: plan.id, kind: 'story', text: SAM_WORDS, consents: [{ purposeId: 'quote-anonymously', decision: 'give' }] },
          sam.as,
        )
        const input = { initiativeId: plan.id, youSaid: SAM_WORDS, weDid: 'We bought a new kettle.', linkedFeedback: [fb.id] }
        await expect(cp.updates.publish({ ...input, credits: [sam.id] }, staff)).rejects.toMatchObject({
          code: 'consent-required',
          details: { feedbackIds: [fb.id] },
        })
        const update = await cp.updates.publish(input, staff)
        await expect(cp.updates.credit(update.id, [sam.id], staff)).rejects.toMatchObject({ code: 'consent-required' })
        await cp.consent.give({ subject: sam.id, purposeId: 'quote-with-name' }, sam.as)
        expect((await cp.updates.credit(update.id, [sam.id], staff)).credits).toEqual([sam.id])
      })
    })

    describe('words taken back leave published updates at once', () => {
      it('takes copied words out of the public read the moment the yes is taken back, and staff still see what they wrote', async () => {
        const { cp, plan, sam } = await world(getStore())
        const fb = await cp.feedback.submit(
          {
            initiativeId: plan.id,
            kind: 'story',
            text: SAM_WORDS,
            consents: [{ purposeId: 'quote-anonymously', decision: 'give', scope: 'everything' }],
          },
          sam.as,
        )
        const update = await cp.updates.publish(
          { initiativeId: plan.id, youSaid: SAM_WORDS, weDid: 'We bought a new kettle.', linkedFeedback: [fb.id] },
          staff,
        )
        await cp.updates.change(update.id, { status: 'done', note: `Because: ${SAM_WORDS}` }, staff)
        expect((await cp.updates.listPublic(plan.id, anonymous))[0]!.youSaid).toBe(SAM_WORDS)

        await cp.consent.withdraw({ subject: sam.id, purposeId: 'quote-anonymously' }, sam.as)
        const [read] = await cp.updates.listPublic(plan.id, anonymous)
        expect(JSON.stringify(read)).not.toContain('kettle in the kitchen')
        expect(read!.weDid).toBe('We bought a new kettle.')
        expect(read!.timeline.map((t) => t.status)).toEqual(['planned', 'done'])
        expect((await cp.updates.list(plan.id, staff))[0]!.youSaid).toBe(SAM_WORDS)
      })
    })

    describe('sharing with partners', () => {
      it('shares feedback only with a yes, and a no given with one piece of feedback keeps that piece back', async () => {
        const { cp, plan, sam } = await world(getStore())
        await cp.consent.give({ subject: sam.id, purposeId: 'share-with-partners' }, sam.as)
        const shared = await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'More chairs.' }, sam.as)
        const kept = await cp.feedback.submit(
          {
            initiativeId: plan.id,
            kind: 'story',
            text: 'Something private.',
            consents: [{ purposeId: 'share-with-partners', decision: 'refuse' }],
          },
          sam.as,
        )
        const ids = (await cp.exports.partners(plan.id, staff)).feedback.map((f) => f.id)
        expect(ids).toContain(shared.id)
        expect(ids).not.toContain(kept.id)
      })
    })

    describe('a choice made with feedback covers that feedback, unless the person says "everything"', () => {
      it('keeps the standing choice when the form says no for this feedback, and keeps that feedback’s words out', async () => {
        const { cp, plan, sam } = await world(getStore())
        await cp.consent.give({ subject: sam.id, purposeId: 'quote-anonymously' }, sam.as)
        const kept = await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'Open the side door in the mornings.' }, sam.as)
        const notThis = await cp.feedback.submit(
          {
            initiativeId: plan.id,
            kind: 'story',
            text: 'My landlord shouted at me.',
            consents: [{ purposeId: 'quote-anonymously', decision: 'refuse' }],
          },
          sam.as,
        )
        expect(await stateOf(cp, sam.id, 'quote-anonymously', sam.as)).toBe('given')
        expect(await stateOf(cp, notThis.id, 'quote-anonymously', staff)).toBe('refused')
        await cp.updates.publish(
          {
            initiativeId: plan.id,
            youSaid: 'Getting in was hard.',
            weDid: 'We asked about the door.',
            linkedFeedback: [kept.id, notThis.id],
          },
          staff,
        )
        const [read] = await cp.updates.listPublic(plan.id, anonymous)
        expect(read!.quotes.map((q) => q.feedbackId)).toEqual([kept.id])
      })

      it('changes the standing choice when the person says it is for everything, and only for named feedback', async () => {
        const { cp, plan, sam } = await world(getStore())
        await cp.consent.give({ subject: sam.id, purposeId: 'quote-anonymously' }, sam.as)
        await cp.feedback.submit(
          {
            initiativeId: plan.id,
            kind: 'idea',
            text: 'Tea.',
            consents: [{ purposeId: 'quote-anonymously', decision: 'refuse', scope: 'everything' }],
          },
          sam.as,
        )
        expect(await stateOf(cp, sam.id, 'quote-anonymously', sam.as)).toBe('withdrawn')
        await expect(
          cp.feedback.submit(
            {
              initiativeId: plan.id,
              kind: 'idea',
              text: 'Tea.',
              anonymous: true,
              consents: [{ purposeId: 'quote-anonymously', decision: 'give', scope: 'everything' }],
            },
            sam.as,
          ),
        ).rejects.toMatchObject({ code: 'validation', issues: [{ path: ['consents', 0, 'scope'] }] })
        await expect(
          cp.feedback.submit(
            {
              initiativeId: plan.id,
              kind: 'idea',
              text: 'Tea.',
              consents: [{ purposeId: 'quote-anonymously', decision: 'give', scope: 'everything' }],
            },
            anonymous,
          ),
        ).rejects.toMatchObject({ code: 'validation', issues: [{ path: ['consents', 0, 'scope'] }] })
      })

      it('lets a later "take back" among the standing choices reach a contribution that said yes', async () => {
        const { cp, plan, sam, clock } = await world(getStore())
        const fb = await cp.feedback.submit(
          {
            initiativeId: plan.id,
            kind: 'idea',
            text: 'Open the side door in the mornings.',
            consents: [{ purposeId: 'quote-anonymously', decision: 'give' }],
          },
          sam.as,
        )
        await cp.updates.publish(
          { initiativeId: plan.id, youSaid: 'Getting in was hard.', weDid: 'We asked about the door.', linkedFeedback: [fb.id] },
          staff,
        )
        expect((await cp.updates.listPublic(plan.id, anonymous))[0]!.quotes).toHaveLength(1)
        clock.advance(60_000)
        await cp.consent.give({ subject: sam.id, purposeId: 'quote-anonymously' }, sam.as)
        clock.advance(60_000)
        await cp.consent.withdraw({ subject: sam.id, purposeId: 'quote-anonymously' }, sam.as)
        expect((await cp.updates.listPublic(plan.id, anonymous))[0]!.quotes).toEqual([])
      })
    })

    describe('taking back "Can we keep what you tell us?" (store-contribution)', () => {
      it('hides the person’s earlier words and files from staff, stops new named feedback, and still takes anonymous feedback', async () => {
        const { cp, plan, sam, alex } = await world(getStore())
        const drawing = { kind: 'image' as const, ref: 'files/kettle.png', description: 'A cold kettle' }
        const samFb = await cp.feedback.submit({ initiativeId: plan.id, kind: 'creative', text: SAM_WORDS, attachments: [drawing] }, sam.as)
        const alexFb = await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'More chairs.' }, alex.as)
        await cp.consent.give({ subject: sam.id, purposeId: 'store-contribution' }, sam.as)
        await cp.consent.give({ subject: sam.id, purposeId: 'share-with-partners' }, sam.as)
        await cp.consent.give({ subject: sam.id, purposeId: 'quote-anonymously' }, sam.as)
        expect((await cp.feedback.list(plan.id, staff)).find((f) => f.id === samFb.id)).toMatchObject({
          text: SAM_WORDS,
          attachments: [drawing],
        })

        await cp.consent.withdraw({ subject: sam.id, purposeId: 'store-contribution' }, sam.as)
        const list = await cp.feedback.list(plan.id, staff)
        const hidden = list.find((f) => f.id === samFb.id)!
        expect(hidden).toMatchObject({ id: samFb.id, kind: 'creative', memberId: sam.id, wordsHidden: true })
        expect(hidden).not.toHaveProperty('text')
        expect(hidden).not.toHaveProperty('attachments')
        expect(list.find((f) => f.id === alexFb.id)).toEqual(alexFb)
        expect((await cp.exports.partners(plan.id, staff)).feedback.map((f) => f.id)).not.toContain(samFb.id)
        expect((await cp.initiatives.snapshot(plan.id, staff)).feedback.find((f) => f.id === samFb.id)).toMatchObject({ wordsHidden: true })

        await expect(cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'One more thing.' }, sam.as)).rejects.toMatchObject({
          code: 'consent-required',
        })
        expect((await cp.feedback.list(plan.id, staff)).map((f) => f.id)).toEqual(list.map((f) => f.id))
        expect(
          (await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'One more thing.', anonymous: true }, sam.as)).anonymous,
        ).toBe(true)

        // A yes again, here with the feedback, brings it all back.
        await cp.feedback.submit(
          {
            initiativeId: plan.id,
            kind: 'idea',
            text: 'Thank you.',
            consents: [{ purposeId: 'store-contribution', decision: 'give', scope: 'everything' }],
          },
          sam.as,
        )
        expect((await cp.feedback.list(plan.id, staff)).find((f) => f.id === samFb.id)).toEqual(samFb)
      })

      it('keeps hidden words for a month (the time the law gives to act on a request), then erases them for good', async () => {
        const { cp, clock, plan, sam, alex } = await world(getStore())
        const words = `The lift at the library has been broken since ${plan.id}, so I cannot get upstairs.`
        const drawing = { kind: 'image' as const, ref: `files/chair-${plan.id}.png`, description: `A broken chair ${plan.id}` }
        const samFb = await cp.feedback.submit(
          { initiativeId: plan.id, kind: 'creative', text: words, attachments: [drawing], context: `Said at the drop-in ${plan.id}` },
          sam.as,
        )
        const alexFb = await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'More chairs.' }, alex.as)
        await cp.consent.refuse({ subject: sam.id, purposeId: 'store-contribution' }, sam.as)

        // Within the month nothing is erased: a yes again would still bring the words back.
        clock.advanceDays(29)
        expect(await cp.feedback.eraseHiddenWords(plan.id, staff)).toEqual({ erased: 0 })
        await expect(cp.feedback.eraseHiddenWords(plan.id, sam.as)).rejects.toMatchObject({ code: 'forbidden' })
        const dumped = JSON.stringify(await getStore().dump())
        expect(dumped).toContain(words)

        clock.advanceDays(2)
        expect(await cp.feedback.eraseHiddenWords(plan.id, staff)).toEqual({ erased: 1 })
        const after = JSON.stringify(await getStore().dump())
        for (const trace of [words, `files/chair-${plan.id}.png`, `broken chair ${plan.id}`, `drop-in ${plan.id}`])
          expect(after).not.toContain(trace)
        const list = await cp.feedback.list(plan.id, staff)
        expect(list.find((f) => f.id === samFb.id)).toMatchObject({ id: samFb.id, kind: 'creative', removedAt: expect.any(String) })
        expect(list.find((f) => f.id === alexFb.id)).toEqual(alexFb)
        // Running it again finds nothing more; a yes now cannot bring back what is gone.
        expect(await cp.feedback.eraseHiddenWords(plan.id, staff)).toEqual({ erased: 0 })
        await cp.consent.give({ subject: sam.id, purposeId: 'store-contribution' }, sam.as)
        expect((await cp.feedback.list(plan.id, staff)).find((f) => f.id === samFb.id)).not.toHaveProperty('text')
      })

      it('keeps words for as long as the organisation chose (hiddenWordsKeptDays), and never erases words the person still lets us keep', async () => {
        const { plan, sam, alex } = await world(getStore())
        const clock = manualClock('2026-12-02T10:00:00.000Z')
        const cp = createCoproduction({ store: shared(getStore()), clock, hiddenWordsKeptDays: 7 })
        const samFb = await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: SAM_WORDS }, sam.as)
        const alexFb = await cp.feedback.submit({ initiativeId: plan.id, kind: 'idea', text: 'More chairs.' }, alex.as)
        await cp.consent.give({ subject: alex.id, purposeId: 'store-contribution' }, alex.as)
        await cp.consent.give({ subject: sam.id, purposeId: 'store-contribution' }, sam.as)
        await cp.consent.withdraw({ subject: sam.id, purposeId: 'store-contribution' }, sam.as)
        clock.advanceDays(8)
        expect(await cp.feedback.eraseHiddenWords(plan.id, staff)).toEqual({ erased: 1 })
        const list = await cp.feedback.list(plan.id, staff)
        expect(list.find((f) => f.id === samFb.id)).not.toHaveProperty('text')
        expect(list.find((f) => f.id === alexFb.id)).toEqual(alexFb)
        expect(() => createCoproduction({ store: shared(getStore()), hiddenWordsKeptDays: -1 })).toThrow(/hiddenWordsKeptDays/)
      })
    })

    describe('new words need a new yes', () => {
      const v1: ConsentPurpose = {
        id: 'walk-and-talk-recordings',
        title: 'Can we record our walk and talk?',
        description: 'We will record what you say on the walk, and keep it with the group’s notes.',
        audience: 'The people who run this work.',
        dataCategories: ['your voice'],
        retention: { description: 'Until the work ends.' },
        thirdParties: [],
        version: 1,
      }
      const v2: ConsentPurpose = {
        ...v1,
        description: `${v1.description} The council will hear parts of it.`,
        thirdParties: ['the council'],
        version: 2,
        changeNote: 'The council will now hear parts of the recordings.',
      }
      const plugin = (purpose: ConsentPurpose): CoproducePlugin => ({ name: 'walks', purposes: [purpose] })

      it('counts a yes to older words as expired, never as given, until the person says yes to the new words', async () => {
        const store = getStore()
        const before = await world(store, [plugin(v1)])
        const { sam } = before
        await before.cp.consent.give({ subject: sam.id, purposeId: v1.id }, sam.as)
        expect(await stateOf(before.cp, sam.id, v1.id, sam.as)).toBe('given')

        const after = createCoproduction({ store: shared(store), clock: manualClock('2026-12-03T10:00:00.000Z'), plugins: [plugin(v2)] })
        expect(after.consent.purposes().find((p) => p.id === v1.id)?.changeNote).toBe(v2.changeNote)
        expect(await stateOf(after, sam.id, v1.id, sam.as)).toBe('expired')
        await expect(after.consent.withdraw({ subject: sam.id, purposeId: v1.id }, sam.as)).rejects.toMatchObject({ code: 'conflict' })
        expect(await after.consent.give({ subject: sam.id, purposeId: v1.id }, sam.as)).toMatchObject({
          status: 'given',
          purposeVersion: 2,
        })
        expect(await stateOf(after, sam.id, v1.id, sam.as)).toBe('given')
      })
    })

    describe('staff write down consent given on paper or by phone', () => {
      it('records the method, who wrote it down and the words read out; a member cannot claim paper', async () => {
        const { cp, sam } = await world(getStore())
        const input = { subject: sam.id, purposeId: 'credit-by-name', decision: 'give' as const }
        await expect(cp.consent.decide({ ...input, method: 'paper', noticeText: 'Signed the form' }, sam.as)).rejects.toMatchObject({
          code: 'forbidden',
        })
        await expect(cp.consent.decide({ ...input, method: 'verbal' }, staff)).rejects.toMatchObject({
          code: 'validation',
          issues: [{ path: ['noticeText'] }],
        })
        expect(await cp.consent.history(sam.id, staff)).toEqual([])
        const record = await cp.consent.decide({ ...input, method: 'verbal', noticeText: 'I read out: can we thank you by name?' }, staff)
        expect(record).toMatchObject({
          method: 'verbal',
          recordedBy: staff.actor!.id,
          noticeText: 'I read out: can we thank you by name?',
          status: 'given',
        })
        expect(await cp.consent.history(sam.id, sam.as)).toEqual([record])
      })
    })

    describe('the receipt and the organisation’s record', () => {
      it('writes the receipt for the person: their name, dates in words, each choice in plain words, no ids or timestamps', async () => {
        const { cp, sam, clock } = await world(getStore())
        await cp.consent.give({ subject: sam.id, purposeId: 'quote-anonymously' }, sam.as)
        clock.advanceDays(1)
        await cp.consent.withdraw({ subject: sam.id, purposeId: 'quote-anonymously' }, sam.as)
        await cp.consent.decide(
          { subject: sam.id, purposeId: 'photo-and-video', decision: 'give', method: 'paper', noticeText: 'The photo form, signed' },
          staff,
        )
        const receipt = await cp.consent.receipt(sam.id, sam.as)
        expect(receipt.displayName).toBe('Sam Example')
        expect(receipt.current.find((c) => c.purposeId === 'photo-and-video')).toMatchObject({
          title: 'Can we take photos or videos with you in them?',
          status: 'given',
        })
        expect(receipt.text).toContain('Sam Example')
        expect(receipt.text).toContain('You said yes to “Can we share your words without your name?” on 2 December 2026.')
        expect(receipt.text).toContain('You took back your yes to “Can we share your words without your name?” on 3 December 2026.')
        expect(receipt.text).toContain(
          'Staff wrote down your yes to “Can we take photos or videos with you in them?” on paper on 3 December 2026.',
        )
        expect(receipt.text).not.toContain(sam.id)
        expect(receipt.text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
        expect(receipt.text).not.toMatch(/\b(given|withdrawn|widget)\b/)
      })

      it('gives staff, and only staff, the records as JSON-LD in W3C DPV terms', async () => {
        const { cp, sam } = await world(getStore())
        const given = await cp.consent.give({ subject: sam.id, purposeId: 'credit-by-name' }, sam.as)
        await expect(cp.consent.record(sam.id, sam.as)).rejects.toMatchObject({ code: 'forbidden' })
        const doc = await cp.consent.record(sam.id, staff)
        expect(doc['@context'].dpv).toBe('https://w3id.org/dpv#')
        expect(doc['@graph']).toEqual([
          expect.objectContaining({
            '@type': 'dpv:ConsentRecord',
            'dct:identifier': given.id,
            'dpv:hasConsentStatus': { '@id': 'dpv:ConsentGiven' },
            'dpv:isIndicatedAtTime': given.at,
            'dpv:hasPurpose': expect.objectContaining({ 'dct:title': 'Can we thank you by name?', 'dct:hasVersion': '1' }),
            'dpv:hasNotice': { '@type': 'dpv:ConsentNotice', 'dct:description': given.noticeText },
          }),
        ])
      })
    })
  })
}
