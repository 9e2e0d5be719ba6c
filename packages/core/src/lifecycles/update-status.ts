import { CoproduceError } from '../errors/coproduce-error.js'
import type { Update, UpdateStatus } from '../schemas/update.js'

export interface StatusChange {
  status?: UpdateStatus | undefined
  reason?: string | undefined
  note?: string | undefined
  progress?: number | undefined
}

/**
 * Apply a status change to an update, purely. `not-possible` always needs a reason ("not possible, because…").
 * Every change of status (or a note) adds an entry to the timeline; `done` means progress 100.
 * Moving away from `not-possible` drops the old reason.
 */
export function applyStatusChange(update: Update, change: StatusChange, at: string): Update {
  const status = change.status ?? update.status
  const statusChanged = status !== update.status
  const reason = change.reason ?? (statusChanged ? undefined : update.reason)
  if (status === 'not-possible' && !reason) {
    throw new CoproduceError('validation', 'Say why this is not possible', [{ path: ['reason'], message: 'Say why this is not possible' }])
  }
  let progress = change.progress ?? update.progress
  if (status === 'done') progress = 100
  const next: Update = { ...update, status, timeline: [...update.timeline] }
  if (reason === undefined) delete next.reason
  else next.reason = reason
  if (progress === undefined) delete next.progress
  else next.progress = progress
  if (statusChanged || change.note !== undefined) {
    next.timeline.push(change.note === undefined ? { at, status } : { at, status, note: change.note })
  }
  return next
}
