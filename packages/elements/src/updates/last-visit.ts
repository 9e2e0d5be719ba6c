import type { PublicUpdate } from '../shared/types.js'

/**
 * "New since your last visit": the time of the last visit is kept in localStorage, one key per
 * initiative and member, so two people sharing a device (or one person in two initiatives) do not mix.
 * Storage can be missing or refuse writes (private windows, sandboxed frames): then nothing is marked new.
 */
export const lastVisitKey = (initiative: string, member: string | undefined) => `cp-updates:last-visit:${initiative}:${member ?? ''}`

/** A visit starts now: remember it, and return when the one before was (undefined if none is known). */
export function startVisit(key: string): number | undefined {
  let last: number | undefined
  try {
    const time = Date.parse(localStorage.getItem(key) ?? '')
    if (!Number.isNaN(time)) last = time
    localStorage.setItem(key, new Date().toISOString())
  } catch {
    // No storage, or it refused: this visit is not remembered.
  }
  return last
}

/** When an update last changed: its publication or its latest timeline entry. */
export const changedAt = (update: PublicUpdate): number =>
  Math.max(Date.parse(update.publishedAt), ...update.timeline.map((entry) => Date.parse(entry.at)))
