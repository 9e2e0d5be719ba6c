import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, staff, type Api } from './api-harness.js'
import { expectProblem } from './expect-problem.js'
import type { StoreUnderTest } from './route-suite.js'
import { seed, type Seeded } from './seed.js'

/** Deciding together over HTTP, on one store. Run once per store: memory, PostgreSQL, PGlite. */
export function describeDecisionRoutes(label: string, openStore: () => Promise<StoreUnderTest>): void {
  describe(`decision routes over ${label}`, () => {
    let api: Api
    let s: Seeded

    beforeAll(async () => {
      api = await startApi((await openStore()).store)
      s = await seed(api.call)
    })
    afterAll(async () => {
      await api?.close()
    })

    const open = async (body: Record<string, unknown>, initiativeId = s.initiativeId) => {
      const res = await api.call('POST', `/initiatives/${initiativeId}/decisions`, { actor: staff, body })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      return res.body as { id: string; options: { id: string; text: string }[] }
    }

    it('two members and a caseworker take a decision together, from opening to outcome', async () => {
      const aims = await open({ kind: 'aims', question: 'What should the bus group work on first?' })
      const ada = { actor: s.ada.actor }
      const ben = { actor: s.ben.actor }
      const proposed = { ...ada, body: { text: 'Buses that turn up on time' }, headers: { 'idempotency-key': 'ada-option-1' } }
      const first = await api.call('POST', `/decisions/${aims.id}/options`, proposed)
      const again = await api.call('POST', `/decisions/${aims.id}/options`, proposed)
      expect([first.status, again.status]).toEqual([201, 200])
      expect(again.body.options).toHaveLength(1)
      const onTime = first.body.options[0].id as string
      const seats = (await api.call('POST', `/decisions/${aims.id}/options`, { ...ben, body: { text: 'Seats at every stop' } })).body
        .options[1].id as string

      expect((await api.call('PUT', `/decisions/${aims.id}/views/${s.ada.id}`, { ...ada, body: { optionId: seats } })).status).toBe(200)
      expect(
        (await api.call('PUT', `/decisions/${aims.id}/views/${s.ben.id}`, { ...ben, body: { optionId: onTime, text: 'I miss work' } }))
          .status,
      ).toBe(200)
      const changed = await api.call('PUT', `/decisions/${aims.id}/views/${s.ada.id}`, {
        ...ada,
        body: { optionId: onTime, text: 'Ben is right' },
        headers: { 'idempotency-key': 'ada-view-2' },
      })
      expect(changed.body).toMatchObject({ viewCount: 2, myView: { optionId: onTime, text: 'Ben is right' } })
      expect(changed.body.options.map((o: { count: number }) => o.count)).toEqual([2, 0])
      expect(JSON.stringify(changed.body)).not.toContain(s.ada.name)

      const credit = await api.call('POST', `/members/${s.ada.id}/consents`, {
        ...ada,
        body: { purposeId: 'credit-by-name', decision: 'give' },
      })
      expect(credit.status).toBe(201)
      const named = await api.call('GET', `/decisions/${aims.id}`)
      expect(named.body.options[0].proposedBy).toBe(s.ada.name)
      expect(named.body.views.map((v: { by: string }) => v.by)).toEqual(['A member', s.ada.name])

      const decided = await api.call('POST', `/decisions/${aims.id}/outcome`, {
        actor: staff,
        body: { text: 'First, buses that turn up on time', optionId: onTime, method: 'consensus', decidedBy: [s.ada.id, s.ben.id] },
      })
      expect(decided.status, JSON.stringify(decided.body)).toBe(200)
      expect(decided.body).toMatchObject({ status: 'decided', outcome: { method: 'consensus', decidedBy: [s.ada.name, 'A member'] } })
      expectProblem(
        await api.call('PUT', `/decisions/${aims.id}/views/${s.ben.id}`, { ...ben, body: { text: 'Too late' } }),
        409,
        'conflict',
      )

      const linked = await api.call('PATCH', `/initiatives/${s.initiativeId}`, {
        actor: staff,
        body: { aims: { text: 'Buses that turn up on time', agreedWith: [s.ada.id, s.ben.id], decisionId: aims.id } },
      })
      expect(linked.status).toBe(200)
      const listed = await api.call('GET', `/initiatives/${s.initiativeId}/decisions`)
      expect(listed.body.map((d: { id: string; status: string }) => [d.id, d.status])).toContainEqual([aims.id, 'decided'])

      const reopened = await api.call('POST', `/decisions/${aims.id}/revisit`, { actor: staff, body: { reason: 'New members joined' } })
      expect(reopened.body.status).toBe('revisited')
    })

    it('checks who may do what: members give only their own view, staff record outcomes, and no one anonymous takes part', async () => {
      const risk = await open({ kind: 'risk', question: 'How do we keep safe on late buses?' })
      const before = await api.records()
      expectProblem(
        await api.call('PUT', `/decisions/${risk.id}/views/${s.ben.id}`, { actor: s.ada.actor, body: { text: 'For Ben' } }),
        403,
        'forbidden',
      )
      expectProblem(await api.call('PUT', `/decisions/${risk.id}/views/${s.ada.id}`, { body: { text: 'Who am I?' } }), 401, 'unauthorized')
      expectProblem(
        await api.call('POST', `/decisions/${risk.id}/options`, { actor: { id: 'stranger', roles: [] }, body: { text: 'Mine' } }),
        403,
        'forbidden',
      )
      expectProblem(
        await api.call('POST', `/decisions/${risk.id}/outcome`, {
          actor: s.ada.actor,
          body: { text: 'Pairs', method: 'vote', decidedBy: [s.ada.id] },
        }),
        403,
        'forbidden',
      )
      expectProblem(
        await api.call('POST', `/initiatives/${s.initiativeId}/decisions`, {
          actor: s.ada.actor,
          body: { kind: 'other', question: 'Tea?' },
        }),
        403,
        'forbidden',
      )
      expectProblem(await api.call('GET', '/decisions/no-such-decision'), 404, 'not-found')
      expect(await api.records()).toEqual(before)

      const membersOpen = await seed(api.call, { decisionsOpenedBy: 'members' })
      const byMember = await api.call('POST', `/initiatives/${membersOpen.initiativeId}/decisions`, {
        actor: membersOpen.ada.actor,
        body: { kind: 'priority', question: 'Which route first?' },
      })
      expect(byMember.status).toBe(201)
    })

    it('gives staff every decision as recorded, with member ids and no device keys; members are refused', async () => {
      const group = await seed(api.call)
      const q = await open({ kind: 'priority', question: 'Which stop first?' }, group.initiativeId)
      const ada = { actor: group.ada.actor }
      await api.call('POST', `/decisions/${q.id}/options`, {
        ...ada,
        body: { text: 'The hospital stop' },
        headers: { 'idempotency-key': 'ada-key-1' },
      })
      await api.call('PUT', `/decisions/${q.id}/views/${group.ada.id}`, {
        ...ada,
        body: { text: 'It floods' },
        headers: { 'idempotency-key': 'ada-key-2' },
      })
      const all = await api.call('GET', `/initiatives/${group.initiativeId}/decisions/all`, { actor: staff })
      expect(all.status).toBe(200)
      const record = (all.body as { id: string; options: { proposedBy?: string }[]; views: { memberId: string }[] }[]).find(
        (d) => d.id === q.id,
      )!
      expect(record.options[0]!.proposedBy).toBe(group.ada.id)
      expect(record.views[0]!.memberId).toBe(group.ada.id)
      expect(JSON.stringify(all.body)).not.toContain('ada-key-')
      expectProblem(await api.call('GET', `/initiatives/${group.initiativeId}/decisions/all`, ada), 403, 'forbidden')
      expect((await api.call('GET', `/initiatives/${group.initiativeId}/decisions/all`)).status).toBe(401)
    })

    it('uses an outcome in the plan in the same call: the aims point at the decision, and the principles report reads it', async () => {
      const group = await seed(api.call)
      const aims = await open({ kind: 'aims', question: 'What should change first?' }, group.initiativeId)
      const decided = await api.call('POST', `/decisions/${aims.id}/outcome`, {
        actor: staff,
        body: { text: 'Buses that turn up on time', method: 'consensus', decidedBy: [group.ada.id, group.ben.id], useInPlan: true },
      })
      expect(decided.status, JSON.stringify(decided.body)).toBe(200)
      const plan = await api.call('GET', `/initiatives/${group.initiativeId}`, { actor: staff })
      expect(plan.body.aims).toMatchObject({
        text: 'Buses that turn up on time',
        agreedWith: [group.ada.id, group.ben.id],
        decisionId: aims.id,
      })
      const report = await api.call('GET', `/initiatives/${group.initiativeId}/report`, { actor: staff })
      const finding = (report.body.findings as { ruleId: string; basis?: string }[]).find((f) => f.ruleId === 'aims-agreed-together')
      expect(finding?.basis).toBe('record')
      // A risk decision cannot be used that way: a 422 naming the field, and nothing recorded.
      const risk = await open({ kind: 'risk', question: 'Is the stop safe at night?' }, group.initiativeId)
      const refused = await api.call('POST', `/decisions/${risk.id}/outcome`, {
        actor: staff,
        body: { text: 'Wait in pairs', method: 'vote', decidedBy: [group.ada.id], useInPlan: true },
      })
      expectProblem(refused, 422, 'validation')
      expect(refused.body.errors[0].path).toEqual(['useInPlan'])
      expect((await api.call('GET', `/decisions/${risk.id}`, { actor: staff })).body.status).toBe('open')
    })

    it('refuses an aims link to another group’s decision', async () => {
      const other = await seed(api.call)
      const theirs = await open({ kind: 'aims', question: 'Theirs' }, other.initiativeId)
      const res = await api.call('PATCH', `/initiatives/${s.initiativeId}`, {
        actor: staff,
        body: { aims: { text: 'Ours', agreedWith: [], decisionId: theirs.id } },
      })
      expectProblem(res, 404, 'not-found')
      expect(res.body.errors[0].path).toEqual(['aims', 'decisionId'])
    })

    it('records answers to the ground rules; a suggested change opens a decision; staff see who has not agreed yet', async () => {
      const group = await seed(api.call)
      expectProblem(await api.call('GET', `/initiatives/${group.initiativeId}/agreement`), 404, 'not-found')
      const rules = await open({ kind: 'ground-rules', question: 'Can we all live with these ground rules?' }, group.initiativeId)
      await api.call('PATCH', `/initiatives/${group.initiativeId}`, {
        actor: staff,
        body: { agreements: [{ text: 'One person speaks at a time', decidedTogether: true, decisionId: rules.id }] },
      })
      const agreed = await api.call('PUT', `/decisions/${rules.id}/agreement/${group.ada.id}`, {
        actor: group.ada.actor,
        body: { response: 'agree' },
      })
      expect(agreed.status, JSON.stringify(agreed.body)).toBe(200)
      expect(agreed.body.agreement).toMatchObject({
        agreed: 1,
        mine: { response: 'agree' },
        rules: [{ text: 'One person speaks at a time' }],
      })
      const suggested = await api.call('PUT', `/decisions/${rules.id}/agreement/${group.ben.id}`, {
        actor: group.ben.actor,
        body: { response: 'suggest-change', text: 'Add: we take a break every hour' },
        headers: { 'idempotency-key': 'ben-change-1' },
      })
      expect(suggested.body.opened).toMatchObject({
        kind: 'ground-rules',
        suggestedChangeTo: rules.id,
        question: 'Add: we take a break every hour',
      })
      const forStaff = await api.call('GET', `/initiatives/${group.initiativeId}/agreement`, { actor: staff })
      expect(forStaff.body).toMatchObject({ agreed: 1, notYet: 1, notAgreedYet: [{ memberId: group.ben.id, displayName: group.ben.name }] })
      expect(forStaff.body.changes).toHaveLength(1)
      const forAnyone = await api.call('GET', `/initiatives/${group.initiativeId}/agreement`)
      expect(forAnyone.body.notAgreedYet).toBeUndefined()
      expect(JSON.stringify(forAnyone.body)).not.toContain(group.ben.name)
    })

    it('shows a member their own involvement, staff anyone’s, and no one else’s', async () => {
      const mine = await api.call('GET', `/members/${s.ada.id}/involvement`, { actor: s.ada.actor })
      expect(mine.status).toBe(200)
      expect(mine.body).toMatchObject({ memberId: s.ada.id, displayName: s.ada.name })
      expect(mine.body.decisions.length).toBeGreaterThanOrEqual(1)
      expect((await api.call('GET', `/members/${s.ada.id}/involvement`, { actor: staff })).status).toBe(200)
      expectProblem(await api.call('GET', `/members/${s.ada.id}/involvement`, { actor: s.ben.actor }), 403, 'forbidden')
      expectProblem(await api.call('GET', `/members/${s.ada.id}/involvement`), 401, 'unauthorized')
    })
  })
}
