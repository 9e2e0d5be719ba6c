import { syllable } from 'syllable'

/** Texts shorter than this are not given a reading age: a formula says little about a few words. */
export const MIN_WORDS = 10

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu
const cache = new Map<string, number>()

function syllables(word: string): number {
  const key = word.toLowerCase()
  let n = cache.get(key)
  if (n === undefined) {
    n = Math.max(1, syllable(key))
    if (cache.size > 20_000) cache.clear()
    cache.set(key, n)
  }
  return n
}

export interface Sentence {
  text: string
  index: number
  words: number
  syllables: number
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Splits text into sentences with `Intl.Segmenter` (so "e.g." and "10.30" do not end one), and at line breaks. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = []
  for (const { segment, index } of segmenter.segment(text)) {
    let offset = 0
    for (const line of segment.split('\n')) {
      const at = index + offset
      offset += line.length + 1
      const words = line.match(WORD)
      if (!words) continue
      const lead = line.length - line.trimStart().length
      out.push({ text: line.trim(), index: at + lead, words: words.length, syllables: words.reduce((n, w) => n + syllables(w), 0) })
    }
  }
  return out
}

/** Flesch-Kincaid grade level. */
export const grade = (words: number, sentenceCount: number, syllableCount: number): number =>
  0.39 * (words / sentenceCount) + 11.8 * (syllableCount / words) - 15.59

/** Reading age: the Flesch-Kincaid grade plus 5. Undefined for texts under `MIN_WORDS` words. */
export function readingAge(text: string): number | undefined {
  return readingAgeOf(sentences(text))
}

export function readingAgeOf(list: Sentence[]): number | undefined {
  const words = list.reduce((n, s) => n + s.words, 0)
  if (words < MIN_WORDS) return undefined
  const syl = list.reduce((n, s) => n + s.syllables, 0)
  return Math.round((grade(words, list.length, syl) + 5) * 10) / 10
}

/** The sentence with the highest reading age. */
export function hardestSentence(list: Sentence[]): Sentence | undefined {
  let worst: Sentence | undefined
  let worstGrade = -Infinity
  for (const s of list) {
    const g = grade(s.words, 1, s.syllables)
    if (g > worstGrade) {
      worst = s
      worstGrade = g
    }
  }
  return worst
}
