/**
 * Calls per second of each function, measured in interleaved rounds so a busy machine slows them alike,
 * and reported as the median round. `wall` counts clock time; `cpu` counts only the CPU time this process
 * used, which says more on a shared machine where other work takes turns on the cores. Functions may be async.
 *
 * The same interleaved rounds are first run unrecorded until every function's speed has settled (see
 * `settled`): the figures are for code the JIT has already compiled, as in a server that evaluates plans all
 * day, not for its first few thousand calls.
 */
export async function rates(fns, { rounds = 7, ms = 300, warmMs = 800, maxWarmMs = 15_000 } = {}) {
  const names = Object.keys(fns)
  const round = async () => {
    const out = {}
    for (const name of names) out[name] = await measure(fns[name], ms)
    return out
  }

  const start = performance.now()
  const best = Object.fromEntries(names.map((n) => [n, 0]))
  const flat = Object.fromEntries(names.map((n) => [n, 0]))
  for (;;) {
    const r = await round()
    for (const name of names) {
      flat[name] = r[name].cpu <= best[name] * 1.03 ? flat[name] + 1 : 0
      best[name] = Math.max(best[name], r[name].cpu)
    }
    const elapsed = performance.now() - start
    if (elapsed >= maxWarmMs || (elapsed >= warmMs && settled(flat))) break
  }

  const wall = Object.fromEntries(names.map((n) => [n, []]))
  const cpu = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < rounds; r++) {
    const x = await round()
    for (const name of names) {
      wall[name].push(x[name].wall)
      cpu[name].push(x[name].cpu)
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return Object.fromEntries(names.map((n) => [n, { wall: median(wall[n]), cpu: median(cpu[n]) }]))
}

/**
 * Warm when, for every function, two rounds in a row were no faster than the best round before them (within
 * 3%). The JIT compiles (and, as new shapes of data arrive, recompiles) the hot code over the first thousands
 * of calls, on threads whose CPU time counts here too; on a busy machine those threads get the cores late, so
 * a fixed warm-up time stops too early and measures the compiler.
 */
const settled = (flat) => Object.values(flat).every((n) => n >= 2)

/** Calls per second of `fn` by clock and by this process's CPU time, over about `ms` of clock time. */
async function measure(fn, ms) {
  let n = 0
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  let now = start
  while (now - start < ms) {
    for (let i = 0; i < 10; i++) await fn()
    n += 10
    now = performance.now()
  }
  const used = process.cpuUsage(cpuStart)
  return { wall: (n * 1000) / (now - start), cpu: (n * 1e6) / (used.user + used.system) }
}
