import { unexplainedAcronyms } from './acronyms.js'
import { normalise, originalIndex } from './normalise.js'
import { hardestSentence, readingAgeOf, sentences } from './reading-level.js'
import { TermMatcher } from './terms.js'
import { KNOWN_ACRONYMS, WORD_LIST, type Term } from './word-list.js'

export interface LanguageFlag {
  kind: 'label' | 'jargon' | 'acronym' | 'reading-level'
  /** The words flagged (for `reading-level`, the hardest sentence). */
  text: string
  /** Where they start in the text. */
  index: number
  /** A plainer way to say it. */
  suggestion: string
  why: string
  /** For `reading-level`: the reading age the text needs. */
  age?: number
}

export interface LanguageOptions {
  /** Flag text that needs a reading age above this. Default 9. */
  readingAge?: number
  /** More words to flag, added to the built-in list. */
  extraTerms?: readonly Term[]
  /** Short forms your readers know, never flagged (added to UK, NHS, GP, …). */
  knownAcronyms?: readonly string[]
}

const builtIn = new TermMatcher(WORD_LIST)
const matchers = new WeakMap<readonly Term[], TermMatcher>()

function matcherFor(extra: readonly Term[] | undefined): TermMatcher {
  if (!extra || extra.length === 0) return builtIn
  let m = matchers.get(extra)
  if (!m) {
    m = new TermMatcher([...WORD_LIST, ...extra])
    matchers.set(extra, m)
  }
  return m
}

/**
 * Checks text for stigmatising labels, jargon, acronyms that are not written out, and a reading age above the
 * target. Each flag comes with a plainer alternative and the reason.
 */
export function checkLanguage(text: string, options: LanguageOptions = {}): LanguageFlag[] {
  const target = options.readingAge ?? 9
  const flags: LanguageFlag[] = []
  const norm = normalise(text)
  for (const m of matcherFor(options.extraTerms).match(norm.text)) {
    const start = originalIndex(norm, m.index, text.length)
    const end = originalIndex(norm, m.index + m.text.length, text.length)
    flags.push({ kind: m.term.kind, text: text.slice(start, end), index: start, suggestion: m.term.suggestion, why: m.term.why })
  }

  const known = options.knownAcronyms?.length ? new Set([...KNOWN_ACRONYMS, ...options.knownAcronyms]) : KNOWN_ACRONYMS
  for (const a of unexplainedAcronyms(text, known))
    flags.push({
      kind: 'acronym',
      text: a.text,
      index: a.index,
      suggestion: `Use plain words, or write ${a.text} out in full the first time with "${a.text}" in brackets after it.`,
      why: 'Short forms people do not know shut them out, and they may not ask what they mean.',
    })

  const list = sentences(text)
  const age = readingAgeOf(list)
  if (age !== undefined && Math.round(age) > target) {
    const worst = hardestSentence(list)
    flags.push({
      kind: 'reading-level',
      text: worst?.text ?? text,
      index: worst?.index ?? 0,
      suggestion: 'Use shorter sentences and shorter words. Split this sentence, and say one thing at a time.',
      age: Math.round(age),
      why: `This text needs a reading age of about ${Math.round(age)}. Aim for ${target} or under, so everyone can follow it.`,
    })
  }
  return flags.sort((a, b) => a.index - b.index)
}
