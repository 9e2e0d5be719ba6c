/** How many rows each table (each array in a store's `dump()`) holds, for before/after comparisons. */
export function rowCounts(dump: unknown): Record<string, number> {
  const counts: Record<string, number> = {}
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) counts[path] = value.length
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key)
  }
  walk(dump, '')
  return counts
}
