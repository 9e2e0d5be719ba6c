import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConsentPurposeSchema, type ConsentPurpose } from '../schemas/consent.js'
import { DEFAULT_PURPOSES } from './default-purposes.js'
import { purposeInLanguage } from './purpose-in-language.js'

const quote = DEFAULT_PURPOSES.find((p) => p.id === 'quote-with-name')!
const words = (p: ConsentPurpose) => [p.title, p.description, p.audience, p.retention.description, p.changeNote ?? '']

describe('a purpose in the language a person reads', () => {
  it('gives the Welsh words, marked cy, to someone who asks for Welsh, and leaves the other languages out', () => {
    const welsh = purposeInLanguage(quote, ['cy'])
    expect(welsh.title).toBe('Gawn ni rannu eich geiriau gyda’ch enw?')
    expect(welsh.lang).toBe('cy')
    expect(welsh).not.toHaveProperty('translations')
    // What the words are about does not change with the language.
    expect({ ...welsh, title: '', description: '', audience: '', retention: {}, lang: '' }).toEqual({
      ...quote,
      translations: undefined,
      title: '',
      description: '',
      audience: '',
      retention: {},
      lang: '',
    })
  })

  it('finds a language by its first part (cy-GB, ur-PK) and takes the first one it has, in the order asked', () => {
    expect(purposeInLanguage(quote, ['ur-PK']).lang).toBe('ur')
    expect(purposeInLanguage(quote, ['CY-gb']).lang).toBe('cy')
    expect(purposeInLanguage(quote, ['fr', 'de', 'cy', 'ur']).lang).toBe('cy')
    // English first: English, even though Welsh is there too.
    expect(purposeInLanguage(quote, ['en-GB', 'cy']).lang).toBe('en')
    expect(purposeInLanguage(quote, ['en-GB', 'cy']).title).toBe(quote.title)
  })

  it('gives its own words, marked with its own language, when none asked for is there', () => {
    for (const asked of [[], ['fr'], ['*'], ['*', 'cy']]) {
      const shown = purposeInLanguage(quote, asked)
      expect(shown.title).toBe(quote.title)
      expect(shown.lang).toBe('en')
    }
    const welshFirst: ConsentPurpose = { ...quote, lang: 'cy', title: 'Teitl', translations: {} }
    expect(purposeInLanguage(welshFirst, ['fr']).lang).toBe('cy')
  })

  it('never mixes two languages: every word shown comes from the one language it names, for any purpose and any asking', () => {
    const language = fc.constantFrom('en', 'cy', 'ur', 'pa', 'pl', 'ar', 'so')
    const wordsIn = (tag: string) =>
      fc.record({ n: fc.nat(99) }).map(({ n }) => ({
        title: `${tag} title ${n}`,
        description: `${tag} description ${n}`,
        audience: `${tag} audience ${n}`,
        retention: { description: `${tag} retention ${n}` },
        changeNote: `${tag} change ${n}`,
      }))
    const purpose = fc
      .tuple(language, fc.uniqueArray(language, { maxLength: 5 }))
      .chain(([own, others]) =>
        fc
          .tuple(wordsIn(own), fc.tuple(...others.filter((o) => o !== own).map((o) => wordsIn(o).map((w) => [o, w] as const))))
          .map(([mine, translations]) => ({ ...quote, ...mine, lang: own, translations: Object.fromEntries(translations) })),
      )
    const asked = fc.array(
      fc.oneof(
        language,
        language.map((l) => `${l}-GB`),
        fc.constant('*'),
      ),
      { maxLength: 4 },
    )
    fc.assert(
      fc.property(purpose, asked, (p, languages) => {
        expect(ConsentPurposeSchema.safeParse(p).success).toBe(true)
        const shown = purposeInLanguage(p, languages)
        expect(ConsentPurposeSchema.safeParse(shown).success).toBe(true)
        for (const word of words(shown)) expect(word.startsWith(`${shown.lang} `)).toBe(true)
        // The language shown is the first asked for that it has, else its own.
        const has = [p.lang, ...Object.keys(p.translations ?? {})]
        const first = languages.map((l) => (l === '*' ? l : l.split('-')[0]!)).find((l) => l === '*' || has.includes(l))
        expect(shown.lang).toBe(first && first !== '*' ? first : p.lang)
      }),
    )
  })
})

describe('the words a purpose may carry', () => {
  it('refuses a language tag that is not one, and more than 20 languages', () => {
    const bad = ConsentPurposeSchema.safeParse({ ...quote, translations: { 'not a tag': quote.translations!.cy } })
    expect(bad.success).toBe(false)
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`x${String.fromCharCode(97 + i)}`, quote.translations!.cy]))
    expect(ConsentPurposeSchema.safeParse({ ...quote, translations: many }).error?.issues[0]?.message).toBe('Give at most 20 languages')
  })

  it('asks for what changed in every language when a new version says what changed', () => {
    const changed = { ...quote, version: 2, changeNote: 'We now also share your words with the council.' }
    const result = ConsentPurposeSchema.safeParse(changed)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['translations.cy.changeNote', 'translations.ur.changeNote'])
  })

  it('has every default purpose in Welsh and Urdu, each different from the English', () => {
    for (const purpose of DEFAULT_PURPOSES) {
      expect(ConsentPurposeSchema.parse(purpose)).toEqual(purpose)
      for (const tag of ['cy', 'ur']) {
        const shown = purposeInLanguage(purpose, [tag])
        expect(shown.lang).toBe(tag)
        for (const [i, word] of words(shown).slice(0, 4).entries()) expect(word, `${purpose.id} ${tag}`).not.toBe(words(purpose)[i])
      }
    }
  })
})
