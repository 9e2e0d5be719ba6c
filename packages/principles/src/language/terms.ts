import type { Term } from './word-list.js'

export interface TermMatch {
  term: Term
  text: string
  index: number
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** British and American spellings match each other: behaviour/behavior, stigmatise/stigmatize, centre/center. */
function spellings(word: string): string {
  return escapeRegExp(word)
    .replace(/our(?=s?$|ed$|ing$)/, 'ou?r')
    .replace(/is(e|ed|es|ing|ation)$/, 'i[sz]$1')
    .replace(/iz(e|ed|es|ing|ation)$/, 'i[sz]$1')
    .replace(/tre$/, '(?:tre|ter)')
}

/** `did not` also matches `didn't`; `do not`, `does not`, `would not` likewise. */
const contraction = (word: string): string | undefined => (/^(did|does|do|would|could|will|is|was|has|have)$/.test(word) ? word : undefined)

/** The endings a last word may take: plurals (`users`, `parties`) and verb forms (`engages`, `engaged`, `engaging`). */
function inflected(last: string): string {
  const w = spellings(last)
  if (last.endsWith('y')) return `(?:${w}|${escapeRegExp(last.slice(0, -1))}ies|${escapeRegExp(last.slice(0, -1))}ied)`
  if (last.endsWith('e')) return `${w}(?:s|d)?`
  return `${w}(?:s|es)?`
}

/**
 * A term as a pattern: `service user` matches `Service users`; dashes, spaces and nothing between words match each
 * other (`non-compliant`, `non compliant`, `noncompliant`, `hard‑to‑reach` after normalising); British and American
 * spellings match; `did not engage` matches `didn't engage`.
 */
export function pattern(term: string): string {
  const words = term
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
  const last = words.pop() ?? ''
  const parts: string[] = []
  for (let n = 0; n < words.length; n++) {
    const word = words[n] ?? ''
    if (contraction(word) && words[n + 1] === 'not') {
      parts.push(`${escapeRegExp(word)}(?:[\\s-]*not|n't)`)
      n++
    } else parts.push(spellings(word))
  }
  parts.push(inflected(last))
  const body = parts.join('[\\s-]*')
  // "the homeless", "the poor": only as a noun for people, not "the poor quality".
  return /^the\s/.test(term) ? `${body}(?![\\s-]+(?!(?:and|who|in|of|are|were|have|need|to|with)\\b)[a-z])` : body
}

/** One regular expression for a whole list, longest terms first, so `chaotic lifestyle` wins over `chaotic`. */
export class TermMatcher {
  private readonly terms: Term[]
  private readonly regex: RegExp

  constructor(terms: readonly Term[]) {
    this.terms = [...terms].sort((a, b) => b.term.length - a.term.length)
    this.regex = new RegExp(this.terms.map((t) => `\\b(${pattern(t.term)})\\b`).join('|'), 'gi')
  }

  match(text: string): TermMatch[] {
    const out: TermMatch[] = []
    this.regex.lastIndex = 0
    for (let m = this.regex.exec(text); m; m = this.regex.exec(text)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined)
      const term = this.terms[group - 1]
      if (term) out.push({ term, text: m[0], index: m.index })
    }
    return out
  }
}
