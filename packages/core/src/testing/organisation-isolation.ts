import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCoproduceError } from '../errors/coproduce-error.js'
import type { CallContext } from '../service/actor.js'
import type { Coproduction } from '../service/coproduction.js'
import { createCoproduction } from '../service/create-coproduction.js'
import type { Store } from '../store/store-port.js'
import { manualClock, uniqueId } from './fakes.js'

/** The ids of one organisation's records, as a caller would name them. */
export interface OrganisationIds {
  organisation: string
  initiative: string
  member: string
  hostRef: string
  feedback: string
  anonymousFeedback: string
  session: string
  update: string
  decision: string
}

/** One organisation's callers: its staff, one of its members, and a platform operator placed in it. */
export const actorKinds = ['staff', 'member', 'operator'] as const
export type ActorKind = (typeof actorKinds)[number]

export const actorOf = (ids: OrganisationIds, kind: ActorKind): CallContext => ({
  actor:
    kind === 'staff'
      ? { id: `staff-of-${ids.organisation}`, roles: ['staff'], organisationId: ids.organisation }
      : kind === 'member'
        ? { id: ids.member, roles: ['member'], organisationId: ids.organisation }
        : { id: `operator-in-${ids.organisation}`, roles: ['operator'], organisationId: ids.organisation },
})

/** Ids that name nothing at all: what another organisation's ids must look like to a caller. */
export const ghostIds = (organisation: string): OrganisationIds => ({
  organisation,
  initiative: uniqueId('ghost-initiative'),
  member: uniqueId('ghost-member'),
  hostRef: uniqueId('ghost-host'),
  feedback: uniqueId('ghost-feedback'),
  anonymousFeedback: uniqueId('ghost-anonymous'),
  session: uniqueId('ghost-session'),
  update: uniqueId('ghost-update'),
  decision: uniqueId('ghost-decision'),
})

/** Build one organisation with an initiative, a member, named and anonymous feedback, a session, an update and a decision. */
export async function seedOrganisation(cp: Coproduction, organisation: string, name: string): Promise<OrganisationIds> {
  const staff = { actor: { id: `staff-of-${organisation}`, roles: ['staff'], organisationId: organisation } }
  const initiative = await cp.initiatives.create({ title: `${name} group`, purpose: 'Work out together what would help.' }, staff)
  const hostRef = uniqueId(`host-${name}`)
  const member = await cp.members.join(
    {
      initiativeId: initiative.id,
      displayName: `${name} Person`,
      roles: ['lived-experience'],
      hostRef,
      contact: { email: `${hostRef}@example.org` },
    },
    staff,
  )
  const asMember = { actor: { id: member.id, roles: ['member'], organisationId: organisation } }
  await cp.consent.give({ subject: member.id, purposeId: 'store-contribution' }, asMember)
  const feedback = await cp.feedback.submit({ initiativeId: initiative.id, kind: 'story', text: `${name} story` }, asMember)
  const anonymousFeedback = await cp.feedback.submit(
    { initiativeId: initiative.id, kind: 'rating', rating: 'good', anonymous: true },
    { actor: null },
  )
  const session = await cp.sessions.schedule(
    { initiativeId: initiative.id, startsAt: '2026-02-01T10:00:00Z', durationMinutes: 60, format: 'in-person' },
    staff,
  )
  const update = await cp.updates.publish(
    { initiativeId: initiative.id, youSaid: 'The room felt cold', weDid: 'We fixed the heating' },
    staff,
  )
  const decision = await cp.decisions.open({ initiativeId: initiative.id, kind: 'risk', question: `${name} question?` }, staff)
  return {
    organisation,
    initiative: initiative.id,
    member: member.id,
    hostRef,
    feedback: feedback.id,
    anonymousFeedback: anonymousFeedback.id,
    session: session.id,
    update: update.id,
    decision: decision.id,
  }
}

type Operation = (cp: Coproduction, ctx: CallContext, t: OrganisationIds) => Promise<unknown>

/** Every read and write of the service that names a record, aimed at the ids in `t`. */
export const operations: Record<string, Operation> = {
  'initiatives.get': (cp, ctx, t) => cp.initiatives.get(t.initiative, ctx),
  'initiatives.update': (cp, ctx, t) => cp.initiatives.update(t.initiative, { title: 'Taken over' }, ctx),
  'initiatives.snapshot': (cp, ctx, t) => cp.initiatives.snapshot(t.initiative, ctx),
  'initiatives.impact': (cp, ctx, t) => cp.initiatives.impact(t.initiative, ctx),
  'initiatives.list': (cp, ctx) => cp.initiatives.list(ctx),
  'members.join': (cp, ctx, t) =>
    cp.members.join({ initiativeId: t.initiative, displayName: 'Intruder', roles: ['lived-experience'] }, ctx),
  'members.get': (cp, ctx, t) => cp.members.get(t.member, ctx),
  'members.list': (cp, ctx, t) => cp.members.list(t.initiative, ctx),
  'members.leave': (cp, ctx, t) => cp.members.leave(t.member, ctx),
  'members.findByHostRef': (cp, ctx, t) => cp.members.findByHostRef(t.hostRef, ctx),
  'sessions.schedule': (cp, ctx, t) =>
    cp.sessions.schedule({ initiativeId: t.initiative, startsAt: '2026-03-01T10:00:00Z', durationMinutes: 30, format: 'online' }, ctx),
  'sessions.markHeld': (cp, ctx, t) => cp.sessions.markHeld(t.session, ctx),
  'sessions.recordAttendance': (cp, ctx, t) => cp.sessions.recordAttendance(t.session, [{ memberId: t.member, attended: true }], ctx),
  'sessions.list': (cp, ctx, t) => cp.sessions.list(t.initiative, ctx),
  'feedback.submit': (cp, ctx, t) => cp.feedback.submit({ initiativeId: t.initiative, kind: 'rating', rating: 'poor' }, ctx),
  'feedback.submit anonymously': (cp, ctx, t) =>
    cp.feedback.submit({ initiativeId: t.initiative, kind: 'rating', rating: 'poor', anonymous: true }, ctx),
  'feedback.submit as member': (cp, ctx, t) =>
    cp.feedback.submit({ initiativeId: t.initiative, memberId: t.member, kind: 'rating', rating: 'poor' }, ctx),
  'feedback.list': (cp, ctx, t) => cp.feedback.list(t.initiative, ctx),
  'consent.give member': (cp, ctx, t) => cp.consent.give({ subject: t.member, purposeId: 'store-contribution' }, ctx),
  'consent.withdraw feedback': (cp, ctx, t) => cp.consent.withdraw({ subject: t.anonymousFeedback, purposeId: 'store-contribution' }, ctx),
  'consent.current': (cp, ctx, t) => cp.consent.current(t.member, ctx),
  'consent.history': (cp, ctx, t) => cp.consent.history(t.member, ctx),
  'consent.receipt': (cp, ctx, t) => cp.consent.receipt(t.member, ctx),
  'consent.record': (cp, ctx, t) => cp.consent.record(t.member, ctx),
  'consent.record feedback': (cp, ctx, t) => cp.consent.record(t.anonymousFeedback, ctx),
  'updates.publish': (cp, ctx, t) => cp.updates.publish({ initiativeId: t.initiative, youSaid: 'x', weDid: 'y' }, ctx),
  'updates.change': (cp, ctx, t) => cp.updates.change(t.update, { weDid: 'Changed' }, ctx),
  'updates.linkFeedback': (cp, ctx, t) => cp.updates.linkFeedback(t.update, [t.feedback], ctx),
  'updates.credit': (cp, ctx, t) => cp.updates.credit(t.update, [t.member], ctx),
  'updates.withdraw': (cp, ctx, t) => cp.updates.withdraw(t.update, { reason: 'Taken down' }, ctx),
  'updates.list': (cp, ctx, t) => cp.updates.list(t.initiative, ctx),
  'updates.listPublic': (cp, ctx, t) => cp.updates.listPublic(t.initiative, ctx),
  'payments.record': (cp, ctx, t) =>
    cp.payments.record({ initiativeId: t.initiative, memberId: t.member, hours: 1, amount: 13, currency: 'GBP', method: 'cash' }, ctx),
  'payments.list': (cp, ctx, t) => cp.payments.list(t.initiative, ctx),
  'exports.member': (cp, ctx, t) => cp.exports.member(t.member, ctx),
  'exports.partners': (cp, ctx, t) => cp.exports.partners(t.initiative, ctx),
  'decisions.open': (cp, ctx, t) => cp.decisions.open({ initiativeId: t.initiative, kind: 'risk', question: 'Ours now?' }, ctx),
  'decisions.propose': (cp, ctx, t) => cp.decisions.propose(t.decision, { text: 'Another way' }, ctx),
  'decisions.giveView': (cp, ctx, t) => cp.decisions.giveView(t.decision, t.member, { stance: 'support' } as never, ctx),
  'decisions.decide': (cp, ctx, t) => cp.decisions.decide(t.decision, { summary: 'Decided' } as never, ctx),
  'decisions.revisit': (cp, ctx, t) => cp.decisions.revisit(t.decision, { reason: 'Again' } as never, ctx),
  'decisions.get': (cp, ctx, t) => cp.decisions.get(t.decision, ctx),
  'decisions.list': (cp, ctx, t) => cp.decisions.list(t.initiative, ctx),
  'decisions.read': (cp, ctx, t) => cp.decisions.read(t.decision, ctx),
  'decisions.listPublic': (cp, ctx, t) => cp.decisions.listPublic(t.initiative, ctx),
  'decisions.agreement': (cp, ctx, t) => cp.decisions.agreement(t.initiative, ctx),
  'decisions.respondToAgreement': (cp, ctx, t) =>
    cp.decisions.respondToAgreement(t.decision, t.member, { response: 'agree' } as never, ctx),
  involvement: (cp, ctx, t) => cp.involvement(t.member, ctx),
  erase: (cp, ctx, t) => cp.erase(t.member, ctx),
}

/** What a call answered, with nothing that changes from call to call: an error's code and message, or success. */
export async function outcome(call: () => Promise<unknown>): Promise<{ error?: { code: string; message: string }; value?: unknown }> {
  try {
    return { value: await call() }
  } catch (error) {
    if (isCoproduceError(error)) return { error: { code: error.code, message: error.message } }
    throw error
  }
}

/** `value` as JSON, with every id of `ids` replaced by its name (`<member>`), so answers about different ids compare. */
export const withIdsNamed = (value: unknown, ids: OrganisationIds): unknown => {
  let text = JSON.stringify(value ?? null)
  for (const [key, id] of Object.entries(ids)) if (key !== 'organisation') text = text.split(id).join(`<${key}>`)
  return JSON.parse(text)
}

/** The strings that would show a record of `ids` had crossed: its ids, host id and the words it was seeded with. */
export const traces = (ids: OrganisationIds, name: string): string[] => [
  ids.initiative,
  ids.member,
  ids.hostRef,
  ids.feedback,
  ids.anonymousFeedback,
  ids.session,
  ids.update,
  ids.decision,
  name,
]

/**
 * Two organisations on one store. Every read and write of the service, by every kind of caller of one
 * organisation, aimed at the other's ids, answers exactly as it does for ids that name nothing, and returns
 * and changes nothing of the other organisation.
 */
export function describeOrganisationIsolation(getStore: () => Store): void {
  describe('organisations', () => {
    it('keeps organisations apart: another organisation’s records behave as missing ones (property)', async () => {
      const store = getStore()
      const cp = createCoproduction({
        store: { transaction: (work, scope) => store.transaction(work, scope), dump: () => store.dump(), close: async () => undefined },
        clock: manualClock(),
      })
      const names = { a: uniqueId('Advice'), b: uniqueId('Housing') }
      const seeded = {
        a: await seedOrganisation(cp, uniqueId('org-a'), names.a),
        b: await seedOrganisation(cp, uniqueId('org-b'), names.b),
      }
      const staffView = async (ids: OrganisationIds) => {
        const { asOf: _asOf, ...rest } = await cp.initiatives.snapshot(ids.initiative, actorOf(ids, 'staff'))
        return rest
      }
      const before = { a: await staffView(seeded.a), b: await staffView(seeded.b) }

      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<'a' | 'b'>('a', 'b'),
          fc.constantFrom(...actorKinds),
          fc.constantFrom(...Object.keys(operations)),
          async (from, kind, name) => {
            const to = from === 'a' ? 'b' : 'a'
            const ctx = actorOf(seeded[from], kind)
            const op = operations[name]!
            const real = await outcome(() => op(cp, ctx, seeded[to]))
            const ghostTarget = ghostIds(seeded[to].organisation)
            const ghost = await outcome(() => op(cp, ctx, ghostTarget))
            const what = `${kind} of ${from} calling ${name} on ${to}`
            expect(real.error, what).toEqual(ghost.error)
            // What comes back is what ids naming nothing give back, with the ids the caller sent echoed at most.
            expect(withIdsNamed(real.value, seeded[to]), what).toEqual(withIdsNamed(ghost.value, ghostTarget))
            const shown = JSON.stringify(withIdsNamed(real.value, seeded[to]))
            for (const trace of traces(seeded[to], names[to])) expect(shown, `${what} showed ${trace}`).not.toContain(trace)
          },
        ),
        { numRuns: 120 },
      )
      // Nothing written from the other side: each organisation's records are as they were.
      expect(await staffView(seeded.a)).toEqual(before.a)
      expect(await staffView(seeded.b)).toEqual(before.b)
    })

    it('puts a new initiative in its creator’s organisation, and names that organisation on every event', async () => {
      const store = getStore()
      const cp = createCoproduction({
        store: { transaction: (work, scope) => store.transaction(work, scope), dump: () => store.dump(), close: async () => undefined },
        clock: manualClock(),
      })
      const organisation = uniqueId('org-events')
      const ids = await seedOrganisation(cp, organisation, uniqueId('Events'))
      expect((await cp.initiatives.get(ids.initiative, actorOf(ids, 'staff'))).organisationId).toBe(organisation)
      const events = await store.transaction((tx) => tx.events.list())
      const mine = events.filter((e) => e.initiativeId === ids.initiative)
      expect(mine.length).toBeGreaterThan(5)
      for (const event of mine) expect(event.organisationId).toBe(organisation)
    })

    it('lets an operator list and create organisations, and read nobody’s data', async () => {
      const store = getStore()
      const cp = createCoproduction({
        store: { transaction: (work, scope) => store.transaction(work, scope), dump: () => store.dump(), close: async () => undefined },
        clock: manualClock(),
      })
      const operator = { actor: { id: uniqueId('operator'), roles: ['operator', 'staff'], organisationId: uniqueId('platform') } }
      const id = uniqueId('org-new')
      expect(await cp.organisations.create({ id, name: 'Riverside Housing' }, operator)).toEqual({ id, name: 'Riverside Housing' })
      expect(await cp.organisations.list(operator)).toContainEqual({ id, name: 'Riverside Housing' })
      await expect(cp.organisations.create({ id, name: 'Again' }, operator)).rejects.toMatchObject({ code: 'conflict' })
      const staff = { actor: { id: uniqueId('staff'), roles: ['staff'], organisationId: id } }
      await expect(cp.organisations.list(staff)).rejects.toMatchObject({ code: 'forbidden' })
      await expect(cp.organisations.create({ name: 'Mine' }, staff)).rejects.toMatchObject({ code: 'forbidden' })
      // Holding the staff role as well changes nothing: an operator reads no personal data.
      const plan = await cp.initiatives.create({ title: 'Operator check', purpose: 'Check what operators can see.' }, staff)
      const sam = await cp.members.join({ initiativeId: plan.id, displayName: 'Sam', roles: ['lived-experience'] }, staff)
      const inside = { actor: { ...operator.actor, organisationId: id } }
      await expect(cp.members.list(plan.id, inside)).rejects.toMatchObject({ code: 'forbidden' })
      await expect(cp.members.get(sam.id, inside)).rejects.toMatchObject({ code: 'forbidden' })
      await expect(cp.initiatives.snapshot(plan.id, inside)).rejects.toMatchObject({ code: 'forbidden' })
      await expect(cp.organisations.create({ name: '' }, operator)).rejects.toMatchObject({ code: 'validation' })
    })

    it('refuses to write over another organisation’s record by choosing its id: a taken id is taken', async () => {
      const store = getStore()
      const cp = createCoproduction({
        store: { transaction: (work, scope) => store.transaction(work, scope), dump: () => store.dump(), close: async () => undefined },
        clock: manualClock(),
      })
      const a = await seedOrganisation(cp, uniqueId('org-a'), uniqueId('Advice'))
      const b = await seedOrganisation(cp, uniqueId('org-b'), uniqueId('Housing'))
      const staffA = actorOf(a, 'staff')
      const before = await cp.initiatives.snapshot(b.initiative, actorOf(b, 'staff'))
      const paymentB = await cp.payments.record(
        { initiativeId: b.initiative, memberId: b.member, hours: 1, amount: 13.45, currency: 'GBP', method: 'cash' },
        actorOf(b, 'staff'),
      )
      const attempts: [string, () => Promise<unknown>][] = [
        ['initiative', () => cp.initiatives.create({ id: b.initiative, title: 'Taken over', purpose: 'Write over the other.' }, staffA)],
        [
          'member',
          () => cp.members.join({ id: b.member, initiativeId: a.initiative, displayName: 'Taken over', roles: ['practitioner'] }, staffA),
        ],
        [
          'session',
          () =>
            cp.sessions.schedule(
              { id: b.session, initiativeId: a.initiative, startsAt: '2026-03-01T10:00:00Z', durationMinutes: 30, format: 'online' },
              staffA,
            ),
        ],
        [
          'update',
          () => cp.updates.publish({ id: b.update, initiativeId: a.initiative, youSaid: 'Taken over', weDid: 'Taken over' }, staffA),
        ],
        [
          'decision',
          () => cp.decisions.open({ id: b.decision, initiativeId: a.initiative, kind: 'risk', question: 'Taken over?' }, staffA),
        ],
        [
          'payment',
          () =>
            cp.payments.record(
              { id: paymentB.id, initiativeId: a.initiative, memberId: a.member, hours: 9, amount: 999, currency: 'GBP', method: 'cash' },
              staffA,
            ),
        ],
      ]
      for (const [what, attempt] of attempts) await expect(attempt(), what).rejects.toMatchObject({ code: 'conflict' })
      const after = await cp.initiatives.snapshot(b.initiative, actorOf(b, 'staff'))
      expect({ ...after, asOf: undefined, payments: undefined }).toEqual({ ...before, asOf: undefined, payments: undefined })
      expect(after.payments).toEqual([paymentB])
    })
  })
}
