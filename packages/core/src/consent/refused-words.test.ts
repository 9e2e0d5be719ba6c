import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { copiesWords, normalisedWords, overlap, SHINGLE_WORDS } from './refused-words.js'

const WORDS = 'The kettle in the kitchen is always cold and nobody ever fixes it when we ask'

describe('refused words: does a text copy someone’s words?', () => {
  it('reads words the same whatever their case, width, punctuation or spacing', () => {
    expect(normalisedWords('  The KETTLE…is\tcold!! (always) ')).toEqual(['the', 'kettle', 'is', 'cold', 'always'])
    expect(normalisedWords('ＴＨＥ ｋｅｔｔｌｅ')).toEqual(['the', 'kettle'])
    expect(normalisedWords('Café — ﬁne')).toEqual(['café', 'fine'])
  })

  it('catches an exact copy, a copy inside other words, and a near copy with a few words changed', () => {
    expect(copiesWords(WORDS, WORDS)).toBe(true)
    expect(copiesWords(`You said: “${WORDS}.” We listened.`, WORDS)).toBe(true)
    expect(copiesWords('The kettle in our kitchen is always cold and no one ever fixes it when we ask', WORDS)).toBe(true)
    expect(copiesWords('the kettle in the kitchen is always cold', WORDS)).toBe(true)
  })

  it('catches a long quote taken from a long story', () => {
    const story = `${WORDS}. ${'We waited by the door for a long time every single week and it rained. '.repeat(5)}`
    expect(overlap('nobody ever fixes it when we ask, they said', story)).toBeLessThan(0.5)
    expect(copiesWords('Some said it is always cold and nobody ever fixes it when we ask.', story)).toBe(true)
  })

  it('lets the same thing be said in other words', () => {
    expect(copiesWords('Hot drinks were hard to get at the drop-in.', WORDS)).toBe(false)
    expect(copiesWords('People asked for the kettle to be mended.', WORDS)).toBe(false)
  })

  it('never flags words too short to tell a quote from a summary', () => {
    expect(copiesWords('We heard you: more buses.', 'More buses')).toBe(false)
    expect(normalisedWords('More buses').length).toBeLessThan(SHINGLE_WORDS)
  })

  const word = fc.stringMatching(/^[a-z]{2,9}$/)
  const punctuation = fc.constantFrom('', '', ',', '.', '!', '?', ';', ':', ' —', '…', '"', '(', ')', "'")
  const space = fc.constantFrom(' ', '  ', '\t', '\n', ' \u00a0 ')
  const recase = (w: string, how: number) => (how === 0 ? w : how === 1 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1))

  it('always catches a copy with changed case, punctuation and spacing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: SHINGLE_WORDS, maxLength: 40 }),
        fc.infiniteStream(fc.tuple(fc.integer({ min: 0, max: 2 }), punctuation, space)),
        fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 })),
        (words, changes, [before, after]) => {
          const source = words.join(' ')
          const it = changes[Symbol.iterator]()
          const copy = words
            .map((w) => {
              const [how, mark, gap] = it.next().value as [number, string, string]
              return `${recase(w, how)}${mark}${gap}`
            })
            .join('')
          expect(copiesWords(`${before} ${copy} ${after}`, source)).toBe(true)
        },
      ),
    )
  })

  it('never flags unrelated text: words the source does not use (property)', () => {
    const sourceWord = fc.stringMatching(/^[a-m]{2,8}$/)
    const otherWord = fc.stringMatching(/^[n-z]{2,8}$/)
    fc.assert(
      fc.property(
        fc.array(sourceWord, { minLength: SHINGLE_WORDS, maxLength: 40 }),
        fc.array(otherWord, { maxLength: 60 }),
        (source, other) => {
          expect(copiesWords(other.join(' '), source.join(' '))).toBe(false)
        },
      ),
    )
  })
})
