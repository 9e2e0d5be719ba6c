import type { Decision } from '../../schemas/decision.js'
import type { Initiative } from '../../schemas/initiative.js'
import type { StoreTx } from '../../store/store-port.js'
import { getInitiative } from './initiatives.js'

/**
 * A decided question used in the plan, in the same change as its outcome: the plan points at the decision behind
 * it, so the principles check reads the record and not a tick box. An `aims` decision becomes the aims, agreed with
 * the members who decided; a `ground-rules` decision becomes one of the agreements, replacing what an earlier outcome
 * of the same decision put there.
 */
export async function usePlan(tx: StoreTx, now: string, decision: Decision, members: string[]): Promise<void> {
  const outcome = decision.outcome!
  const initiative = await getInitiative(tx, decision.initiativeId)
  const next: Initiative = { ...initiative, updatedAt: now }
  if (decision.kind === 'aims')
    next.aims = { text: outcome.text, agreedWith: members, agreedAt: outcome.decidedAt, decisionId: decision.id }
  else
    next.agreements = [
      ...(initiative.agreements ?? []).filter((a) => a.decisionId !== decision.id),
      { text: outcome.text, decidedTogether: outcome.method !== 'staff-only', agreedAt: outcome.decidedAt, decisionId: decision.id },
    ]
  await tx.initiatives.put(next)
}
