import type { Term } from './word-list.js'

export interface TermMatch {
  term: Term
  text: string
  index: number
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `service user` matches `Service users`; dashes and spaces match each other. */
function pattern(term: string): string {
  const words = term.trim().toLowerCase().split(/[\s-]+/).map(escape)
  const last = words.pop() ?? ''
  const plural = last.endsWith('y') ? `(?:${last}|${last.slice(0, -1)}ies)` : `${last}(?:s|es)?`
  return [...words, plural].join('[\\s-]+')
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
