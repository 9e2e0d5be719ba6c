/** How many single-letter edits (add, remove, change, swap two side by side) turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const m = a.length
  const n = b.length
  let prev2: number[] = []
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  for (let i = 1; i <= m; i++) {
    const row = [i]
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1)
      row.push(d)
    }
    prev2 = prev
    prev = row
  }
  return prev[n] ?? 0
}

/**
 * The known word closest to `word`, if it is close enough to be a likely typo: at most a third of its letters
 * wrong (and at least one allowed), ignoring case, dashes and underscores.
 */
export function closest(word: string, known: Iterable<string>): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '')
  const w = norm(word)
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const d = editDistance(w, norm(candidate))
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(1, Math.floor(w.length / 3)) ? best : undefined
}
