import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import type { Decision, DecisionOption, DecisionView } from '../../schemas/decision.js'
import {
  DecisionInputSchema,
  DecisionOptionInputSchema,
  DecisionOutcomeInputSchema,
  DecisionRevisitInputSchema,
  DecisionViewInputSchema,
} from '../../schemas/decision-input.js'
import { notFound, parseId, requireStaff } from '../access.js'
import { isStaff } from '../actor.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { agreementOf, respondToAgreement } from './agreement.js'
import { getDecision, parseKey, requireActor, requireMemberFor, requireTakingPart, forbidden } from './decision-access.js'
import { publicDecisions } from './decision-read.js'
import { groundRulesOptions, requireTakesViews, viewOf, withView } from './decision-rules.js'
import { getInitiative } from './initiatives.js'
import { usePlan } from './decision-plan.js'

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

export function decisionsArea(s: ServiceContext): Coproduction['decisions'] {
  const area: Coproduction['decisions'] = {
    async open(input, ctx) {
      const data = parseOrThrow(DecisionInputSchema, input)
      const actor = requireActor(await s.actorOf(ctx))
      if (data.suggestedChangeTo !== undefined && data.kind !== 'ground-rules')
        throw new CoproduceError('validation', 'Some answers need checking', [
          { path: ['kind'], message: 'A suggested change to the ground rules is a ground-rules decision' },
        ])
      return s.run(ctx, async (tx, emit) => {
        const initiative = await getInitiative(tx, data.initiativeId)
        const member = await requireTakingPart(tx, initiative.id, actor)
        if (member && !isStaff(actor) && initiative.decisionsOpenedBy !== 'members')
          throw forbidden('In this group, staff open decisions. You can suggest one to them')
        if (data.suggestedChangeTo !== undefined) {
          const target = await tx.decisions.get(data.suggestedChangeTo)
          if (!target || target.initiativeId !== initiative.id || target.kind !== 'ground-rules')
            throw notFound('ground rules decision', ['suggestedChangeTo'])
        }
        const id = data.id ?? s.id('decision')
        if (await tx.decisions.get(id))
          throw new CoproduceError('conflict', 'A decision with this id already exists', [{ path: ['id'], message: 'This id is taken' }])
        const now = s.now()
        const options: DecisionOption[] = (data.options ?? []).map((o) => {
          const option: DecisionOption = { id: s.id('option'), text: o.text, at: now }
          if (member) option.proposedBy = member.id
          return option
        })
        const decision: Decision = {
          id,
          initiativeId: initiative.id,
          kind: data.kind,
          question: data.question,
          status: 'open',
          options: options.length === 0 && data.kind === 'ground-rules' ? groundRulesOptions(now) : options,
          views: [],
          openedBy: actor.id,
          openedAt: now,
        }
        if (data.anonymousViews !== undefined) decision.anonymousViews = data.anonymousViews
        if (data.showViews !== undefined) decision.showViews = data.showViews
        if (data.suggestedChangeTo !== undefined) decision.suggestedChangeTo = data.suggestedChangeTo
        await tx.decisions.put(decision)
        await emit('decision.opened', { decisionId: id }, initiative.id)
        return decision
      })
    },

    async propose(id, input, ctx) {
      const decisionId = parseId(id, 'id')
      const data = parseOrThrow(DecisionOptionInputSchema, input)
      const key = parseKey(ctx?.idempotencyKey)
      const actor = requireActor(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        const decision = await getDecision(tx, decisionId)
        const member = await requireTakingPart(tx, decision.initiativeId, actor)
        const sent = key === undefined ? undefined : decision.options.find((o) => o.idempotencyKey === key)
        if (sent) {
          if (sent.proposedBy !== member?.id)
            throw new CoproduceError('conflict', 'This key was already used', [
              { path: ['idempotencyKey'], message: 'This key was already used' },
            ])
          return { decision, replayed: true }
        }
        requireTakesViews(decision)
        if (decision.options.some((o) => sameText(o.text, data.text)))
          throw new CoproduceError('conflict', 'This option is already on the table', [
            { path: ['text'], message: 'This option is already on the table' },
          ])
        if (decision.options.length >= 100)
          throw new CoproduceError('conflict', 'This decision has as many options as it can take', [
            { path: ['text'], message: 'No room for more options' },
          ])
        const option: DecisionOption = { id: s.id('option'), text: data.text, at: s.now() }
        if (member) option.proposedBy = member.id
        if (key !== undefined) option.idempotencyKey = key
        const next: Decision = { ...decision, options: [...decision.options, option] }
        await tx.decisions.put(next)
        return { decision: next, replayed: false }
      })
    },

    async giveView(id, memberId, input, ctx) {
      const decisionId = parseId(id, 'id')
      const forMember = parseId(memberId, 'memberId')
      const data = parseOrThrow(DecisionViewInputSchema, input)
      const key = parseKey(ctx?.idempotencyKey)
      const actor = requireActor(await s.actorOf(ctx))
      return s.run(ctx, async (tx, emit) => {
        const decision = await getDecision(tx, decisionId)
        await requireMemberFor(tx, decision.initiativeId, forMember, actor)
        if (key !== undefined && viewOf(decision, forMember)?.idempotencyKey === key) return { decision, replayed: true }
        requireTakesViews(decision)
        if (data.optionId !== undefined && !decision.options.some((o) => o.id === data.optionId)) throw notFound('option', ['optionId'])
        const view: DecisionView = { memberId: forMember, at: s.now() }
        if (data.optionId !== undefined) view.optionId = data.optionId
        if (data.text !== undefined) view.text = data.text
        if (key !== undefined) view.idempotencyKey = key
        const next: Decision = { ...decision, views: withView(decision.views, view) }
        await tx.decisions.put(next)
        await emit('decision.view-given', { decisionId, memberId: forMember }, decision.initiativeId)
        return { decision: next, replayed: false }
      })
    },

    async decide(id, input, ctx) {
      const decisionId = parseId(id, 'id')
      const data = parseOrThrow(DecisionOutcomeInputSchema, input)
      const actor = requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx, emit) => {
        const decision = await getDecision(tx, decisionId)
        requireTakesViews(decision)
        if (data.optionId !== undefined && !decision.options.some((o) => o.id === data.optionId)) throw notFound('option', ['optionId'])
        if (data.useInPlan && decision.kind !== 'aims' && decision.kind !== 'ground-rules')
          throw new CoproduceError('validation', 'Some answers need checking', [
            { path: ['useInPlan'], message: 'Only the aims or the ground rules can be used in the plan' },
          ])
        // Staff who decided alone and named nobody: the staff member recording it decided.
        const decidedBy = data.decidedBy.length === 0 && data.method === 'staff-only' ? [actor.id] : [...new Set(data.decidedBy)]
        const members: string[] = []
        for (const [i, who] of decidedBy.entries()) {
          const member = await tx.members.get(who)
          if (member && member.initiativeId === decision.initiativeId) members.push(who)
          else if (who !== actor.id) throw notFound('member', ['decidedBy', i])
        }
        if (data.method !== 'staff-only' && members.length === 0)
          throw new CoproduceError('validation', 'Some answers need checking', [
            { path: ['decidedBy'], message: 'Name the members who decided, or choose "staff-only"' },
          ])
        const outcome: NonNullable<Decision['outcome']> = { text: data.text, decidedAt: s.now(), decidedBy, method: data.method }
        if (data.optionId !== undefined) outcome.optionId = data.optionId
        const next: Decision = { ...decision, status: 'decided', outcome }
        await tx.decisions.put(next)
        if (data.useInPlan) await usePlan(tx, s.now(), next, members)
        await emit('decision.decided', { decisionId }, decision.initiativeId)
        return next
      })
    },

    async revisit(id, input, ctx) {
      const decisionId = parseId(id, 'id')
      const data = parseOrThrow(DecisionRevisitInputSchema, input ?? {})
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        const decision = await getDecision(tx, decisionId)
        if (decision.status !== 'decided')
          throw new CoproduceError('conflict', 'Only a decided question can be reopened', [
            { path: ['status'], message: 'This is still open' },
          ])
        const next: Decision = { ...decision, status: 'revisited' }
        if (data.reason !== undefined) next.revisitReason = data.reason
        await tx.decisions.put(next)
        return next
      })
    },

    async get(id, ctx) {
      const decisionId = parseId(id, 'id')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, (tx) => getDecision(tx, decisionId))
    },

    async list(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, id)
        return tx.decisions.listByInitiative(id)
      })
    },

    async read(id, ctx) {
      const decisionId = parseId(id, 'id')
      const viewer = await s.actorOf(ctx)
      return s.run(ctx, async (tx) => (await publicDecisions(tx, s, [await getDecision(tx, decisionId)], viewer))[0]!)
    },

    async listPublic(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      const viewer = await s.actorOf(ctx)
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, id)
        return publicDecisions(tx, s, await tx.decisions.listByInitiative(id), viewer)
      })
    },

    async agreement(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      const viewer = await s.actorOf(ctx)
      return s.run(ctx, (tx) => agreementOf(tx, s, id, viewer))
    },

    async respondToAgreement(id, memberId, input, ctx) {
      return respondToAgreement(s, id, memberId, input, ctx)
    },
  }
  return area
}
