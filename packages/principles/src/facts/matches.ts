/**
 * Does a regular expression match a text? Remembered per expression and text, because plans are checked again
 * and again with the same texts and a long list of words costs more to match than to look up. Bounded: when an
 * expression has seen too many texts, it starts again. Only for expressions without the `g` or `y` flag.
 */
const known = new WeakMap<RegExp, Map<string, boolean>>()

export function matches(words: RegExp, text: string): boolean {
  let byText = known.get(words)
  if (!byText) {
    byText = new Map()
    known.set(words, byText)
  }
  let found = byText.get(text)
  if (found === undefined) {
    found = words.test(text)
    if (byText.size >= 20_000) byText.clear()
    byText.set(text, found)
  }
  return found
}
