/**
 * Calls per second of each function, measured in interleaved rounds so a busy machine slows them alike,
 * and reported as the median round. `wall` counts clock time; `cpu` counts only the CPU time this process
 * used, which says more on a shared machine where other work takes turns on the cores. Functions may be async.
 */
export async function rates(fns, { rounds = 7, ms = 300, warmMs = 800 } = {}) {
  const names = Object.keys(fns)
  for (const name of names) {
    const until = performance.now() + warmMs
    while (performance.now() < until) await fns[name]()
  }
  const wall = Object.fromEntries(names.map((n) => [n, []]))
  const cpu = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const fn = fns[name]
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
      wall[name].push((n * 1000) / (now - start))
      cpu[name].push((n * 1e6) / (used.user + used.system))
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return Object.fromEntries(names.map((n) => [n, { wall: median(wall[n]), cpu: median(cpu[n]) }]))
}
