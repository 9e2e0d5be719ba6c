import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ConsentPurpose } from '../schemas/consent.js'
import type { CallContext } from '../service/actor.js'
import { createCoproduction } from '../service/create-coproduction.js'
import type { Store } from '../store/store-port.js'
import { manualClock, uniqueId } from './fakes.js'

const purpose = (id: string, version = 1): ConsentPurpose => ({
  id,
  title: 'Can we pass your name to the housing team?',
  description: 'We pass your name to the housing team so they can call you about repairs.',
  audience: 'The housing team of this organisation.',
  dataCategories: ['your name'],
  retention: { description: 'Until the repair is done.', days: 90 },
  thirdParties: [],
  version,
})

/** One organisation with a group and one member, and its staff. */
async function organisation(cp: ReturnType<typeof createCoproduction>, name: string) {
  const id = uniqueId(`org-${name}`)
  const staff: CallContext = { actor: { id: `staff-of-${id}`, roles: ['staff'], organisationId: id } }
  const plan = await cp.initiatives.create({ title: `${name} group`, purpose: 'Work out together what would help.' }, staff)
  const member = await cp.members.join({ initiativeId: plan.id, displayName: `${name} Person`, roles: ['lived-experience'] }, staff)
  const as: CallContext = { actor: { id: member.id, roles: ['member'], organisationId: id } }
  return { id, staff, member, as }
}

/**
 * Consent purposes per organisation: everyone's (defaults and plugins) apply in every organisation; an
 * organisation's own apply to its people only, and another organisation's behave as purposes that do not exist.
 */
export function describeOrganisationPurposes(getStore: () => Store): void {
  describe('consent purposes of an organisation’s own', () => {
    const service = () => {
      const store = getStore()
      return createCoproduction({
        store: { transaction: (work, scope) => store.transaction(work, scope), dump: () => store.dump(), close: async () => undefined },
        clock: manualClock('2026-12-02T10:00:00.000Z'),
      })
    }

    it('asks an organisation’s own people its own purposes, and nobody else (property)', async () => {
      const cp = service()
      const a = await organisation(cp, 'Advice')
      const b = await organisation(cp, 'Housing')
      const everyone = cp.consent.purposes().map((p) => p.id)
      const added = { a: [] as string[], b: [] as string[] }
      await fc.assert(
        fc.asyncProperty(fc.constantFrom<'a' | 'b'>('a', 'b'), fc.stringMatching(/^[a-z]{3,8}(-[a-z]{3,8})?$/), async (who, word) => {
          const org = who === 'a' ? a : b
          const id = `${word}-${uniqueId('p')
            .toLowerCase()
            .replace(/[^a-z0-9]/g, '')}`
          await cp.organisations.addPurpose(purpose(id), org.staff)
          added[who].push(id)
          for (const [side, them] of [
            ['a', a],
            ['b', b],
          ] as const) {
            const expected = [...everyone, ...added[side]]
            expect((await cp.consent.current(them.member.id, them.as)).map((c) => c.purposeId)).toEqual(expected)
            expect((await cp.consent.purposesFor(them.member.id, them.as)).map((p) => p.id)).toEqual(expected)
            expect((await cp.organisations.purposes(them.staff)).map((p) => p.id)).toEqual(expected)
          }
          // The other organisation's person cannot answer it: it does not exist for them.
          const other = who === 'a' ? b : a
          await expect(cp.consent.give({ subject: other.member.id, purposeId: id }, other.as)).rejects.toMatchObject({
            code: 'not-found',
            issues: [{ path: ['purposeId'] }],
          })
          // Its own person can.
          expect(await cp.consent.give({ subject: org.member.id, purposeId: id }, org.as)).toMatchObject({ status: 'given', purposeId: id })
        }),
        { numRuns: 8 },
      )
      // Everyone's purposes stay as they were for every organisation.
      expect(cp.consent.purposes().map((p) => p.id)).toEqual(everyone)
    })

    it('keeps everyone’s ids for everyone, takes a change only with a higher version, and lets only staff add', async () => {
      const cp = service()
      const a = await organisation(cp, 'Advice')
      await expect(cp.organisations.addPurpose(purpose('quote-with-name'), a.staff)).rejects.toMatchObject({
        code: 'conflict',
        issues: [{ path: ['id'] }],
      })
      await expect(cp.organisations.addPurpose(purpose('housing-calls'), a.as)).rejects.toMatchObject({ code: 'forbidden' })
      await expect(
        cp.organisations.addPurpose(purpose('housing-calls'), { actor: { id: 'op', roles: ['operator'], organisationId: a.id } }),
      ).rejects.toMatchObject({ code: 'forbidden' })
      await expect(cp.organisations.addPurpose({ ...purpose('housing-calls'), id: 'Not An Id' }, a.staff)).rejects.toMatchObject({
        code: 'validation',
        issues: [{ path: ['id'] }],
      })
      expect((await cp.organisations.purposes(a.staff)).some((p) => p.id === 'housing-calls')).toBe(false)

      await cp.organisations.addPurpose(purpose('housing-calls'), a.staff)
      await cp.consent.give({ subject: a.member.id, purposeId: 'housing-calls' }, a.as)
      await expect(cp.organisations.addPurpose(purpose('housing-calls'), a.staff)).rejects.toMatchObject({
        code: 'conflict',
        issues: [{ path: ['version'] }],
      })
      // New words, a new version: the yes to the old words no longer counts.
      await cp.organisations.addPurpose({ ...purpose('housing-calls', 2), changeNote: 'The repairs firm will call you too.' }, a.staff)
      const now = await cp.consent.current(a.member.id, a.as)
      expect(now.find((c) => c.purposeId === 'housing-calls')?.status).toBe('expired')
      const receipt = await cp.consent.receipt(a.member.id, a.as)
      expect(receipt.current.find((c) => c.purposeId === 'housing-calls')?.title).toBe('Can we pass your name to the housing team?')
    })

    it('lets an operator create an organisation with purposes of its own, checked the same way', async () => {
      const cp = service()
      const operator: CallContext = { actor: { id: 'operator', roles: ['operator'], organisationId: 'platform' } }
      const id = uniqueId('org-with-purposes')
      const created = await cp.organisations.create({ id, name: 'Riverside Housing', purposes: [purpose('repairs-calls')] }, operator)
      expect(created.purposes?.map((p) => p.id)).toEqual(['repairs-calls'])
      await expect(
        cp.organisations.create({ id: uniqueId('org'), name: 'Twice', purposes: [purpose('same-one'), purpose('same-one')] }, operator),
      ).rejects.toMatchObject({ code: 'conflict' })
      const staff: CallContext = { actor: { id: 'staff', roles: ['staff'], organisationId: id } }
      expect((await cp.organisations.purposes(staff)).map((p) => p.id)).toContain('repairs-calls')
    })
  })
}
