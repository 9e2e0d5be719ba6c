/**
 * A function of one text, remembered: plans are checked again and again with the same texts, so work done on
 * a text (normalising, matching words) is done once. The memory is bounded: when it is full it starts again.
 * Only for pure functions whose answer depends on the text alone.
 */
export function remembered<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    let value = known.get(text)
    if (value === undefined && !known.has(text)) {
      value = fn(text)
      if (known.size >= limit) known.clear()
      known.set(text, value)
    }
    return value as T
  }
}
