/** Every hyphen and dash form: hyphen, non-breaking hyphen, figure dash, en and em dash, minus, small and full-width forms. */
const DASHES = /[\u00AD\u2010-\u2015\u2043\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g

export interface Normalised {
  /** The text in NFKC with every dash as `-` and curly apostrophes straight. */
  text: string
  /** For each character of `text`, where it came from in the original. */
  from: number[]
}

/**
 * NFKC-normalises `text` one character at a time, keeping where each character came from, so a match in the
 * normalised text can point back at the words the person wrote ("hard‑to‑reach" with U+2011 is "hard-to-reach").
 */
export function normalise(text: string): Normalised {
  // Plain ASCII needs nothing: the common case, kept fast.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
  if (!/[^\x00-\x7F]/.test(text)) return { text, from: [] }
  let out = ''
  const from: number[] = []
  let i = 0
  for (const ch of text) {
    const n = ch
      .normalize('NFKC')
      .replace(DASHES, '-')
      .replace(/[\u2018\u2019\u02BC]/g, "'")
    for (let k = 0; k < n.length; k++) from.push(i)
    out += n
    i += ch.length
  }
  return { text: out, from }
}

/** The original index of position `at` in the normalised text. */
export const originalIndex = (n: Normalised, at: number, originalLength: number): number =>
  n.from.length === 0 ? at : at < n.from.length ? (n.from[at] ?? at) : originalLength
