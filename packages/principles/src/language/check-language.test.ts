import { describe, expect, it } from 'vitest'
import { checkLanguage } from './check-language.js'
import { readingAge } from './reading-level.js'
import { LABELS } from './word-list.js'

describe('checkLanguage', () => {
  it('flags stigmatising labels with a plainer alternative and the reason', () => {
    const flags = checkLanguage('We want to hear from hard to reach groups.')
    expect(flags).toEqual([
      expect.objectContaining({
        kind: 'label',
        text: 'hard to reach groups',
        index: 21,
        suggestion: 'groups services have not reached yet',
      }),
    ])
    expect(flags[0]?.why).toMatch(/services that are hard to reach/)
  })

  it.each([
    ['He is non-compliant with his plan.', 'non-compliant'],
    ['She is a frequent flyer at A&E.', 'frequent flyer'],
    ['They did not engage.', 'did not engage'],
    ['Service users will be asked.', 'Service users'],
    ['There was challenging behaviour.', 'challenging behaviour'],
    ['Vulnerable people need support.', 'Vulnerable people'],
    ['Non compliant clients.', 'Non compliant'],
  ])('flags %j', (text, flagged) => {
    expect(
      checkLanguage(text)
        .filter((f) => f.kind === 'label')
        .map((f) => f.text),
    ).toEqual([flagged])
  })

  it('covers every label the briefing and the issue name', () => {
    const terms = LABELS.map((l) => l.term)
    for (const t of [
      'hard to reach',
      'non-compliant',
      'frequent flyer',
      'did not engage',
      'service user',
      'challenging behaviour',
      'vulnerable people',
    ])
      expect(terms).toContain(t)
  })

  it('prefers the longer phrase and does not flag parts of other words', () => {
    const flags = checkLanguage('A chaotic lifestyle. Our stakeholders. Reachable offenders. Disengagement.')
    expect(flags.map((f) => [f.kind, f.text])).toEqual([
      ['label', 'chaotic lifestyle'],
      ['jargon', 'stakeholders'],
      ['label', 'offenders'],
    ])
  })

  it('flags jargon, and takes extra terms', () => {
    const extraTerms = [{ term: 'wraparound', kind: 'jargon' as const, suggestion: 'all-round', why: 'Service word.' }]
    const flags = checkLanguage('Wraparound support going forward.', { extraTerms })
    expect(flags.map((f) => f.text)).toEqual(['Wraparound', 'going forward'])
    expect(flags[1]?.suggestion).toBe('from now on')
  })

  it('flags an acronym once, unless it is written out in brackets', () => {
    expect(checkLanguage('The VRU funds it. The VRU is kind.').map((f) => [f.kind, f.text, f.index])).toEqual([['acronym', 'VRU', 4]])
    expect(checkLanguage('The Violence Reduction Unit (VRU) funds it. The VRU is kind.')).toEqual([])
    expect(checkLanguage('The VRU (Violence Reduction Unit) funds it.')).toEqual([])
    expect(checkLanguage('The VRU (a funder) funds it.').map((f) => f.text)).toEqual(['VRU'])
  })

  it('does not flag short forms everyone knows, or words in capitals for emphasis', () => {
    expect(checkLanguage('Ask your GP or the NHS.')).toEqual([])
    expect(checkLanguage('Not THE PLAN TO SOLVE ALL POVERTY.')).toEqual([])
    expect(checkLanguage('Ask the ICB.', { knownAcronyms: ['ICB'] })).toEqual([])
  })

  it('flags text above the target reading age, pointing at the hardest sentence', () => {
    const hard =
      'We meet on Tuesdays. Comprehensive organisational transformation necessitates multidisciplinary collaboration between institutional representatives.'
    const flags = checkLanguage(hard)
    expect(flags).toHaveLength(1)
    expect(flags[0]).toMatchObject({ kind: 'reading-level', index: 21 })
    expect(flags[0]?.text).toMatch(/^Comprehensive/)
    expect(flags[0]?.why).toMatch(/Aim for 9 or under/)
  })

  it('leaves plain text alone, and can aim higher', () => {
    const plain = 'We meet on Tuesdays at the hall. Bring a friend if you like. We will have tea and cake.'
    expect(checkLanguage(plain)).toEqual([])
    const harder = 'Our group will look again at how people are welcomed when they first arrive at the centre.'
    expect(checkLanguage(harder).map((f) => f.kind)).toEqual(['reading-level'])
    expect(checkLanguage(harder, { readingAge: 14 })).toEqual([])
  })

  it('gives no reading age to a few words', () => {
    expect(readingAge('Internationalisation')).toBeUndefined()
    expect(readingAge('The cat sat on the mat. The dog sat on the log.')).toBeLessThan(9)
  })
})
