/**
 * Does a piece of text copy, or closely paraphrase, someone's words? The one place the core decides it, so an
 * update can never publish the words of a person who has not said yes to sharing them.
 *
 * Both texts are normalised (Unicode NFKC, lower case, every run of punctuation, symbols and spaces made one
 * break), cut into overlapping runs of `SHINGLE_WORDS` words ("shingles"), and compared:
 * - the text copies the words when it holds at least `COPY_THRESHOLD` of the source's shingles (a near copy:
 *   a few words changed, added or left out), or
 * - when it repeats `LONG_RUN_WORDS` words of the source in a row (a long quote from a long story).
 * Sources shorter than `SHINGLE_WORDS` words ("Tea.", "More buses") are too short to tell a quote from a summary,
 * so they are never flagged.
 */

/** Words per shingle. */
export const SHINGLE_WORDS = 3
/** The share of the source's shingles that makes a near copy. */
export const COPY_THRESHOLD = 0.5
/** This many words of the source in a row is a quote, however long the source. */
export const LONG_RUN_WORDS = 8

/** The words of a text after NFKC, lower case, and with punctuation, symbols and spacing removed. */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w.length > 0)
}

/** Every run of `size` words, joined by single spaces. */
export function shingles(words: readonly string[], size: number): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '))
  return out
}

/** How much of `source` the `text` repeats: the share of the source's shingles found in the text (0 to 1). */
export function overlap(text: string, source: string): number {
  const from = shingles(normalisedWords(source), SHINGLE_WORDS)
  if (from.size === 0) return 0
  const inText = shingles(normalisedWords(text), SHINGLE_WORDS)
  let shared = 0
  for (const s of from) if (inText.has(s)) shared++
  return shared / from.size
}

/** True when `text` copies or closely paraphrases `source`. */
export function copiesWords(text: string, source: string): boolean {
  const sourceWords = normalisedWords(source)
  if (sourceWords.length < SHINGLE_WORDS) return false
  if (overlap(text, source) >= COPY_THRESHOLD) return true
  if (sourceWords.length < LONG_RUN_WORDS) return false
  const longRuns = shingles(normalisedWords(text), LONG_RUN_WORDS)
  for (const run of shingles(sourceWords, LONG_RUN_WORDS)) if (longRuns.has(run)) return true
  return false
}
