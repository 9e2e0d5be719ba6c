import { KNOWN_ACRONYMS } from './word-list.js'

export interface AcronymMatch {
  text: string
  index: number
}

const ACRONYM = /\b([A-Z][A-Z0-9&]{1,7})s?\b/g
/** `... Key Performance Indicator (KPI)` */
const AFTER_WORDS = /\(([A-Z][A-Z0-9&]{1,7})s?\)/g
/** `KPI (key performance indicator)` */
const BEFORE_WORDS = /\b([A-Z][A-Z0-9&]{1,7})s?\s*\(([^)]{3,200})\)/g
const SMALL = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'at', 'by', 'a', 'an', '&'])

/** True when the letters of `acronym` are the first letters of the words, in order (small words may be skipped). */
function spells(acronym: string, words: string[]): boolean {
  let i = 0
  for (const word of words) {
    if (i < acronym.length && word[0]?.toUpperCase() === acronym[i]) i++
    else if (!SMALL.has(word.toLowerCase()) && i > 0) i = word[0]?.toUpperCase() === acronym[0] ? 1 : 0
  }
  return i === acronym.length
}

const wordsOf = (s: string): string[] => s.split(/[\s/-]+/).filter(Boolean)

/** Acronyms written out once in brackets somewhere in the text. */
function explained(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(AFTER_WORDS)) {
    const acronym = m[1] ?? ''
    const before = wordsOf(text.slice(Math.max(0, m.index - 200), m.index)).slice(-(acronym.length * 2 + 2))
    if (spells(acronym, before)) out.add(acronym)
  }
  for (const m of text.matchAll(BEFORE_WORDS)) {
    const acronym = m[1] ?? ''
    if (spells(acronym, wordsOf(m[2] ?? ''))) out.add(acronym)
  }
  return out
}

/** Runs of three or more words in capitals are shouting, not acronyms. */
function shouted(text: string): [number, number][] {
  return [...text.matchAll(/\b[A-Z]{2,}(?:\s+[A-Z]{1,}){2,}\b/g)].map((m) => [m.index, m.index + m[0].length])
}

/** The first use of each acronym that is not written out in brackets anywhere in the text. */
export function unexplainedAcronyms(text: string, known: ReadonlySet<string> = KNOWN_ACRONYMS): AcronymMatch[] {
  if (!/[A-Z]{2}/.test(text)) return []
  const ok = explained(text)
  const shouting = shouted(text)
  const seen = new Set<string>()
  const out: AcronymMatch[] = []
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[1] ?? ''
    if (!/[A-Z].*[A-Z]/.test(acronym) || known.has(acronym) || ok.has(acronym) || seen.has(acronym)) continue
    if (shouting.some(([a, b]) => m.index >= a && m.index < b)) continue
    seen.add(acronym)
    out.push({ text: acronym, index: m.index })
  }
  return out
}
