import type { ConsentPurpose } from '../schemas/consent.js'

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!

/**
 * A purpose as a person reads it: its words in the first of `languages` it has (a tag or its primary language:
 * `cy-GB` finds `cy`), else in its own language. `lang` says which language the words are in, so a page can mark
 * them; the other languages are left out. `languages` is in order of preference, as `Accept-Language` gives them.
 */
export function purposeInLanguage(purpose: ConsentPurpose, languages: readonly string[]): ConsentPurpose {
  const { translations, ...own } = purpose
  const ownLanguage = purpose.lang ?? 'en'
  const available = Object.keys(translations ?? {})
  for (const wanted of languages) {
    if (wanted === '*') break
    if (primary(wanted) === primary(ownLanguage)) break
    const found =
      available.find((tag) => tag.toLowerCase() === wanted.toLowerCase()) ?? available.find((tag) => primary(tag) === primary(wanted))
    if (!found) continue
    const words = translations![found]!
    return {
      ...own,
      title: words.title,
      description: words.description,
      audience: words.audience,
      retention: { ...own.retention, description: words.retention.description },
      ...(words.changeNote ? { changeNote: words.changeNote } : {}),
      lang: found,
    }
  }
  return { ...own, lang: ownLanguage }
}

/** Every purpose as a person who reads `languages` sees it. */
export const purposesInLanguage = (purposes: readonly ConsentPurpose[], languages: readonly string[]): ConsentPurpose[] =>
  purposes.map((purpose) => purposeInLanguage(purpose, languages))
