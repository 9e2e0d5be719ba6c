/** A bounded load loop over real HTTP on 127.0.0.1: `total` requests, `concurrency` at a time, stopping early after `maxMs`. */
export interface LoadResult {
  label: string
  latencies: number[]
  requests: number
  errors: number
  seconds: number
  perSecond: number
  p50: number
  p99: number
}

export interface LoadOptions {
  total: number
  concurrency: number
  maxMs: number
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

export async function runLoad(
  label: string,
  send: (i: number) => Promise<Response>,
  { total, concurrency, maxMs }: LoadOptions,
): Promise<LoadResult> {
  const latencies: number[] = []
  let next = 0
  let errors = 0
  const started = performance.now()
  const deadline = started + maxMs
  const worker = async () => {
    while (next < total && performance.now() < deadline) {
      const i = next++
      const t = performance.now()
      const res = await send(i)
      await res.arrayBuffer()
      latencies.push(performance.now() - t)
      if (res.status !== 201) errors++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  return summarize(label, latencies, errors, seconds)
}

export function summarize(label: string, latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    label,
    latencies: sorted,
    requests: sorted.length,
    errors,
    seconds,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  }
}

/** Add up the rounds of one target. */
export const combine = (results: LoadResult[]): LoadResult =>
  summarize(
    results[0]!.label,
    results.flatMap((r) => r.latencies),
    results.reduce((n, r) => n + r.errors, 0),
    results.reduce((n, r) => n + r.seconds, 0),
  )
