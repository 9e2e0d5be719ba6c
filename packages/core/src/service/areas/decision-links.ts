import type { InitiativePatch } from '../../schemas/initiative.js'
import type { StoreTx } from '../../store/store-port.js'
import { notFound } from '../access.js'

type Links = Pick<InitiativePatch, 'aims' | 'agreements' | 'riskDecisions'>

/** Aims, agreements and risk decisions may point only at a decision of the same initiative. */
export async function checkDecisionLinks(tx: StoreTx, initiativeId: string, fields: Links): Promise<void> {
  const check = async (id: string | undefined, path: (string | number)[]) => {
    if (id === undefined) return
    const decision = await tx.decisions.get(id)
    if (!decision || decision.initiativeId !== initiativeId) throw notFound('decision', path)
  }
  await check(fields.aims?.decisionId, ['aims', 'decisionId'])
  for (const [i, a] of (fields.agreements ?? []).entries()) await check(a.decisionId, ['agreements', i, 'decisionId'])
  for (const [i, r] of (fields.riskDecisions ?? []).entries()) await check(r.decisionId, ['riskDecisions', i, 'decisionId'])
}
