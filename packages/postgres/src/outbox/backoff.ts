/**
 * How long to wait before the next try, given how many tries have failed so far (1 after the first failure).
 * Either a function, or exponential settings: `baseMs * factor^(failures - 1)`, never more than `maxMs`.
 */
export type Backoff = ((failures: number) => number) | { baseMs?: number; factor?: number; maxMs?: number }

export const DEFAULT_BACKOFF = { baseMs: 1_000, factor: 2, maxMs: 10 * 60_000 } as const

export function backoffDelay(backoff: Backoff | undefined, failures: number): number {
  if (typeof backoff === 'function') return Math.max(0, backoff(failures))
  const { baseMs, factor, maxMs } = { ...DEFAULT_BACKOFF, ...backoff }
  return Math.max(0, Math.min(maxMs, baseMs * factor ** Math.max(0, failures - 1)))
}
