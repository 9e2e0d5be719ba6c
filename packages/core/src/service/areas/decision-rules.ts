import { CoproduceError } from '../../errors/coproduce-error.js'
import type { Decision, DecisionOption, DecisionView } from '../../schemas/decision.js'
import { AGREE_OPTION_ID, NOT_YET_OPTION_ID } from '../../schemas/decision-input.js'

/** The options a ground-rules decision starts with, so "I agree" and "Not yet" are ordinary views. */
export const groundRulesOptions = (at: string): DecisionOption[] => [
  { id: AGREE_OPTION_ID, text: 'I agree with these ground rules', at },
  { id: NOT_YET_OPTION_ID, text: 'I do not agree yet', at },
]

/** Views and options are taken while a decision is open, or reopened to think again. */
export const takesViews = (decision: Decision): boolean => decision.status === 'open' || decision.status === 'revisited'

export function requireTakesViews(decision: Decision): void {
  if (!takesViews(decision))
    throw new CoproduceError('conflict', 'This has been decided. Staff can reopen it if the group wants to think again', [
      { path: ['status'], message: 'This has been decided' },
    ])
}

/** One current view per member: a new view replaces that member's earlier one and moves to the end. */
export function withView(views: readonly DecisionView[], view: DecisionView): DecisionView[] {
  return [...views.filter((v) => v.memberId !== view.memberId), view]
}

/** The member's current view, if any. */
export const viewOf = (decision: Decision, memberId: string): DecisionView | undefined =>
  decision.views.find((v) => v.memberId === memberId)

/** Has this person taken part: proposed an option, given a view, or helped decide? */
export const tookPart = (decision: Decision, memberId: string): boolean =>
  decision.options.some((o) => o.proposedBy === memberId) ||
  decision.views.some((v) => v.memberId === memberId) ||
  (decision.outcome?.decidedBy.includes(memberId) ?? false)
