import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import type { Decision, DecisionView } from '../../schemas/decision.js'
import { AGREE_OPTION_ID, AgreementResponseInputSchema, NOT_YET_OPTION_ID } from '../../schemas/decision-input.js'
import type { Initiative } from '../../schemas/initiative.js'
import type { AgreementResponseResult, AgreementSummary } from '../../schemas/public-decision.js'
import type { StoreTx } from '../../store/store-port.js'
import { notFound, parseId } from '../access.js'
import { isStaff, type Actor, type CallContext } from '../actor.js'
import type { ServiceContext } from '../service-context.js'
import { getDecision, isCurrentMember, parseKey, requireActor, requireMemberFor } from './decision-access.js'
import { DecisionNames, publicDecision } from './decision-read.js'
import { groundRulesOptions, viewOf, withView } from './decision-rules.js'
import { getInitiative } from './initiatives.js'

/** The initiative's ground rules: the decision its agreements point at, else its first ground-rules decision. */
export function groundRulesOf(initiative: Initiative, decisions: readonly Decision[]): Decision | undefined {
  for (const a of initiative.agreements ?? []) {
    const linked = decisions.find((d) => d.id === a.decisionId)
    if (linked) return linked
  }
  return decisions.find((d) => d.kind === 'ground-rules' && d.suggestedChangeTo === undefined)
}

async function summary(
  tx: StoreTx,
  s: ServiceContext,
  initiative: Initiative,
  decision: Decision,
  viewer: Actor | null,
): Promise<AgreementSummary> {
  const all = await tx.decisions.listByInitiative(initiative.id)
  const changes = all.filter((d) => d.suggestedChangeTo === decision.id)
  const names = await DecisionNames.load(tx, s, changes)
  const linked = (initiative.agreements ?? []).filter((a) => a.decisionId === decision.id)
  const rules = linked.map((a) => (a.agreedAt ? { text: a.text, agreedAt: a.agreedAt } : { text: a.text }))
  if (rules.length === 0 && decision.outcome) rules.push({ text: decision.outcome.text })
  const count = (optionId: string) => decision.views.filter((v) => v.optionId === optionId).length
  const result: AgreementSummary = {
    initiativeId: initiative.id,
    decisionId: decision.id,
    question: decision.question,
    status: decision.status,
    rules,
    agreed: count(AGREE_OPTION_ID),
    notYet: count(NOT_YET_OPTION_ID),
    changes: changes.map((d) => {
      const change: AgreementSummary['changes'][number] = { decisionId: d.id, question: d.question, status: d.status }
      if (d.openedBy) change.proposedBy = names.of(d.openedBy, initiative.id)
      return change
    }),
  }
  const mine = viewer ? viewOf(decision, viewer.id) : undefined
  if (mine && (mine.optionId === AGREE_OPTION_ID || mine.optionId === NOT_YET_OPTION_ID)) {
    result.mine = { response: mine.optionId, at: mine.at }
    if (mine.text) result.mine.text = mine.text
  }
  if (isStaff(viewer)) {
    const agreed = new Set(decision.views.filter((v) => v.optionId === AGREE_OPTION_ID).map((v) => v.memberId))
    result.notAgreedYet = (await tx.members.listByInitiative(initiative.id))
      .filter((m) => isCurrentMember(m, initiative.id) && !agreed.has(m.id))
      .map((m) => ({ memberId: m.id, displayName: m.displayName }))
  }
  return result
}

export async function agreementOf(tx: StoreTx, s: ServiceContext, initiativeId: string, viewer: Actor | null): Promise<AgreementSummary> {
  const initiative = await getInitiative(tx, initiativeId, ['id'])
  const decision = groundRulesOf(initiative, await tx.decisions.listByInitiative(initiativeId))
  if (!decision) throw notFound('ground rules', ['id'])
  return summary(tx, s, initiative, decision, viewer)
}

/** Agree, not yet, or suggest a change. Recorded as the member's view on the ground-rules decision. */
export async function respondToAgreement(
  s: ServiceContext,
  id: string,
  memberId: string,
  input: unknown,
  ctx: CallContext & { idempotencyKey?: string },
): Promise<AgreementResponseResult> {
  const decisionId = parseId(id, 'id')
  const forMember = parseId(memberId, 'memberId')
  const data = parseOrThrow(AgreementResponseInputSchema, input)
  const key = parseKey(ctx?.idempotencyKey)
  const actor = requireActor(await s.actorOf(ctx))
  return s.run(ctx, async (tx, emit) => {
    const decision = await getDecision(tx, decisionId)
    if (decision.kind !== 'ground-rules')
      throw new CoproduceError('conflict', 'These are not the ground rules', [{ path: ['id'], message: 'Not a ground-rules decision' }])
    const initiative = await getInitiative(tx, decision.initiativeId)
    await requireMemberFor(tx, decision.initiativeId, forMember, actor)
    const findOpened = async () =>
      data.response !== 'suggest-change'
        ? undefined
        : (await tx.decisions.listByInitiative(initiative.id)).find(
            (d) => d.suggestedChangeTo === decision.id && d.openedBy === forMember && d.question === data.text,
          )
    const answer = async (current: Decision, opened: Decision | undefined): Promise<AgreementResponseResult> => {
      const result: AgreementResponseResult = { agreement: await summary(tx, s, initiative, current, actor) }
      if (opened) result.opened = publicDecision(opened, await DecisionNames.load(tx, s, [opened]), actor)
      return result
    }
    if (key !== undefined && viewOf(decision, forMember)?.idempotencyKey === key) return answer(decision, await findOpened())

    const now = s.now()
    const view: DecisionView = { memberId: forMember, optionId: data.response === 'agree' ? AGREE_OPTION_ID : NOT_YET_OPTION_ID, at: now }
    if (data.text !== undefined) view.text = data.text
    if (key !== undefined) view.idempotencyKey = key
    const missing = groundRulesOptions(now).filter((o) => !decision.options.some((d) => d.id === o.id))
    const next: Decision = { ...decision, options: [...decision.options, ...missing], views: withView(decision.views, view) }
    await tx.decisions.put(next)
    await emit('decision.view-given', { decisionId, memberId: forMember }, initiative.id)

    let opened: Decision | undefined
    if (data.response === 'suggest-change') {
      opened = {
        id: s.id('decision'),
        initiativeId: initiative.id,
        kind: 'ground-rules',
        question: data.text!,
        status: 'open',
        options: [
          { id: AGREE_OPTION_ID, text: 'Yes, make this change', at: now },
          { id: NOT_YET_OPTION_ID, text: 'Not yet: keep the rules as they are', at: now },
        ],
        views: [],
        openedBy: forMember,
        openedAt: now,
        suggestedChangeTo: decision.id,
      }
      await tx.decisions.put(opened)
      await emit('decision.opened', { decisionId: opened.id }, initiative.id)
    }
    return answer(next, opened)
  })
}
