import type { ImpactRange, ImpactSummary } from '../../schemas/results.js'
import type { ServiceContext } from '../service-context.js'
import type { StoreTx } from '../../store/store-port.js'
import { ConsentView } from './consent-view.js'
import { liveUpdates } from '../../lifecycles/live-updates.js'

const DAY_MS = 24 * 60 * 60 * 1000

const median = (values: number[]): number | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return Math.round(value * 10) / 10
}

/** True when an ISO moment falls on one of the range's days (UTC, both ends included). */
const within = (at: string, range: ImpactRange) => {
  const day = at.slice(0, 10)
  return (!range.from || day >= range.from) && (!range.to || day <= range.to)
}

/**
 * How much feedback got a "you said, we did" answer, how fast, and who may be thanked by name. With a range:
 * the feedback given in it (and every answer to that feedback, whenever it came), and the thanks in updates
 * published in it.
 */
export async function impactSummary(tx: StoreTx, s: ServiceContext, initiativeId: string, range: ImpactRange = {}): Promise<ImpactSummary> {
  const feedback = (await tx.feedback.listByInitiative(initiativeId)).filter((f) => within(f.createdAt, range))
  const updates = liveUpdates(await tx.updates.listByInitiative(initiativeId))
  const firstAnswer = new Map<string, number>()
  for (const update of updates) {
    const at = Date.parse(update.publishedAt)
    for (const id of update.linkedFeedback) {
      const seen = firstAnswer.get(id)
      if (seen === undefined || at < seen) firstAnswer.set(id, at)
    }
  }
  const days: number[] = []
  const months = new Map<string, { month: string; feedback: number; answered: number }>()
  let answered = 0
  for (const f of feedback) {
    const month = f.createdAt.slice(0, 7)
    const row = months.get(month) ?? { month, feedback: 0, answered: 0 }
    months.set(month, row)
    row.feedback++
    const answerAt = firstAnswer.get(f.id)
    if (answerAt === undefined) continue
    answered++
    row.answered++
    days.push(Math.max(0, (answerAt - Date.parse(f.createdAt)) / DAY_MS))
  }
  const creditIds = [...new Set(updates.filter((u) => within(u.publishedAt, range)).flatMap((u) => u.credits))]
  const view = await ConsentView.load(tx, s, [], creditIds)
  return {
    initiativeId,
    ...(range.from || range.to ? { range } : {}),
    feedback: feedback.length,
    answered,
    medianDaysToAnswer: median(days),
    byMonth: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)),
    credited: creditIds.flatMap((id) => view.credit(id) ?? []),
  }
}
