import type { Clock } from '@coproduce/core'

/**
 * A clock that tells the real time, except while the demo is being seeded: then it can be set to a day in
 * the past, so the demo initiative has a few months of history (feedback, answers, payments) behind it.
 */
export interface ShiftableClock extends Clock {
  set(at: Date): void
  reset(): void
}

export function shiftableClock(): ShiftableClock {
  let fixed: Date | undefined
  return {
    now: () => (fixed ? new Date(fixed) : new Date()),
    set: (at) => {
      fixed = new Date(at)
    },
    reset: () => {
      fixed = undefined
    },
  }
}
