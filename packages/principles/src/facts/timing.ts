import type { InitiativeSnapshot } from '@coproduce/core'
import { daysBetween, toTime, type SnapshotIndex } from '../engine/snapshot-index.js'

/**
 * Fewer days than this is a tight timescale. The Poverty Truth Commission spends 3 to 4 months on
 * getting to know each other before any problem solving, so 12 weeks is the least room to spare.
 */
export const TIGHT_DAYS = 84

/** Days the work has, from start (or now) to end; undefined when the end is not known. */
export function daysAvailable(snapshot: InitiativeSnapshot, index: SnapshotIndex, now: Date): number | undefined {
  if (index.timelineDays !== undefined) return index.timelineDays
  const end = toTime(snapshot.initiative.timeline?.end)
  return end === undefined ? undefined : daysBetween(now.getTime(), end)
}

/** Weeks, rounded, in plain words. */
export function weeks(days: number): string {
  const w = Math.max(0, Math.round(days / 7))
  return w === 1 ? '1 week' : `${w} weeks`
}

/** How far away the end is, in words that are right when it has passed: "2 weeks away", "passed 2 weeks ago". */
export function until(days: number): string {
  return days < 0 ? `passed ${weeks(-days)} ago` : `${weeks(days)} away`
}
