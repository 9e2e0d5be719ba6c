import type { Decision } from '../../schemas/decision.js'
import type { Member } from '../../schemas/member.js'
import type { PublicDecision } from '../../schemas/public-decision.js'
import type { StoreTx } from '../../store/store-port.js'
import type { Actor } from '../actor.js'
import type { ServiceContext } from '../service-context.js'
import { ConsentView } from './consent-view.js'
import { takesViews } from './decision-rules.js'

export const A_MEMBER = 'A member'
export const A_MEMBER_OF_STAFF = 'A member of staff'

/** Names as the public may see them: a member's name only while `credit-by-name` is given. */
export class DecisionNames {
  private constructor(
    private readonly consent: ConsentView,
    private readonly members: Map<string, Member>,
  ) {}

  static async load(tx: StoreTx, s: ServiceContext, decisions: readonly Decision[]): Promise<DecisionNames> {
    const ids = new Set<string>()
    for (const d of decisions) {
      for (const o of d.options) if (o.proposedBy) ids.add(o.proposedBy)
      for (const v of d.views) ids.add(v.memberId)
      for (const id of d.outcome?.decidedBy ?? []) ids.add(id)
      if (d.openedBy) ids.add(d.openedBy)
    }
    const members = new Map<string, Member>()
    for (const id of ids) {
      const m = await tx.members.get(id)
      if (m) members.set(id, m)
    }
    return new DecisionNames(await ConsentView.load(tx, s, [], [...members.keys()]), members)
  }

  /** "A member of staff" for someone who is not a member of this initiative. */
  of(id: string, initiativeId: string): string {
    const member = this.members.get(id)
    if (!member || member.initiativeId !== initiativeId) return A_MEMBER_OF_STAFF
    return this.consent.credit(id)?.displayName ?? A_MEMBER
  }
}

/** The read of a decision for the people taking part. */
export function publicDecision(decision: Decision, names: DecisionNames, viewer: Actor | null): PublicDecision {
  const showViews = decision.showViews !== false
  const anonymousViews = decision.anonymousViews === true
  const visible = showViews || !takesViews(decision)
  const counts = new Map<string, number>()
  for (const v of decision.views) if (v.optionId) counts.set(v.optionId, (counts.get(v.optionId) ?? 0) + 1)
  const mine = viewer ? decision.views.find((v) => v.memberId === viewer.id) : undefined
  const result: PublicDecision = {
    id: decision.id,
    initiativeId: decision.initiativeId,
    kind: decision.kind,
    question: decision.question,
    status: decision.status,
    anonymousViews,
    showViews,
    options: decision.options.map((o) => {
      const option: PublicDecision['options'][number] = { id: o.id, text: o.text }
      if (o.proposedBy) option.proposedBy = names.of(o.proposedBy, decision.initiativeId)
      if (viewer && o.proposedBy === viewer.id) option.yours = true
      if (visible) option.count = counts.get(o.id) ?? 0
      return option
    }),
    viewCount: decision.views.length,
  }
  if (decision.openedAt) result.openedAt = decision.openedAt
  if (decision.suggestedChangeTo) result.suggestedChangeTo = decision.suggestedChangeTo
  if (visible)
    result.views = decision.views.map((v) => {
      const view: NonNullable<PublicDecision['views']>[number] = {
        by: anonymousViews ? A_MEMBER : names.of(v.memberId, decision.initiativeId),
        at: v.at,
      }
      if (v.optionId) view.optionId = v.optionId
      if (v.text) view.text = v.text
      if (viewer && v.memberId === viewer.id) view.yours = true
      return view
    })
  if (mine) {
    result.myView = { at: mine.at }
    if (mine.optionId) result.myView.optionId = mine.optionId
    if (mine.text) result.myView.text = mine.text
  }
  if (decision.outcome) {
    const o = decision.outcome
    result.outcome = {
      text: o.text,
      decidedAt: o.decidedAt,
      method: o.method,
      decidedBy: o.decidedBy.map((id) => names.of(id, decision.initiativeId)),
    }
    if (o.optionId) result.outcome.optionId = o.optionId
  }
  return result
}

export async function publicDecisions(
  tx: StoreTx,
  s: ServiceContext,
  decisions: Decision[],
  viewer: Actor | null,
): Promise<PublicDecision[]> {
  const names = await DecisionNames.load(tx, s, decisions)
  return decisions.map((d) => publicDecision(d, names, viewer))
}
