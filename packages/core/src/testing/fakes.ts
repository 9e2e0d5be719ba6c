import type { Clock, IdGenerator } from '../service/coproduction.js'

/** A clock that stands still until moved: tests decide what time it is. */
export interface ManualClock extends Clock {
  set(at: string | Date): void
  advance(ms: number): void
  advanceDays(days: number): void
}

export function manualClock(start: string | Date = '2026-01-05T10:00:00.000Z'): ManualClock {
  let now = new Date(start).getTime()
  return {
    now: () => new Date(now),
    set: (at) => void (now = new Date(at).getTime()),
    advance: (ms) => void (now += ms),
    advanceDays: (days) => void (now += days * 24 * 60 * 60 * 1000),
  }
}

/** Ids that say what they are and count up: `feedback-1`, `consent-2`, … */
export function sequentialIds(prefix = ''): IdGenerator {
  const counts = new Map<string, number>()
  return {
    next(kind) {
      const n = (counts.get(kind) ?? 0) + 1
      counts.set(kind, n)
      return `${prefix}${kind}-${n}`
    },
  }
}

/** An id no other test run will use (stores may be shared between tests and runs). */
export const uniqueId = (label: string): string =>
  `${label}-${(globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID()}`
