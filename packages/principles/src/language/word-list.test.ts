import { describe, expect, it } from 'vitest'
import { checkLanguage } from './check-language.js'
import { LABELS } from './word-list.js'

const labels = (text: string) => checkLanguage(text).filter((f) => f.kind === 'label')

describe('the word list', () => {
  it('has at least 40 labels, each from a named guide, with a plainer alternative and a reason', () => {
    expect(new Set(LABELS.map((l) => l.term)).size).toBeGreaterThanOrEqual(40)
    for (const l of LABELS) {
      expect(l.source, l.term).toMatch(/^(ATR|NHS|GOV\.UK|SAMARITANS|SDF|TACT|JRF|CRISIS|AGEING|MIGRATION)$/)
      expect(l.suggestion.toLowerCase(), l.term).not.toContain(l.term)
      expect(l.why.length, l.term).toBeGreaterThan(10)
    }
  })

  // One test per label: written in a sentence, in capitals at the start, and with dashes where it has spaces.
  it.each(LABELS.map((l) => [l.term, l]))('flags %j with its alternative', (_term, l) => {
    for (const text of [`We wrote about ${l.term}, as asked.`, `${l.term[0]?.toUpperCase()}${l.term.slice(1)}. That was all.`]) {
      const found = labels(text)
      expect(
        found.map((f) => f.suggestion),
        text,
      ).toContain(l.suggestion)
    }
  })
})

describe('inflections and spelling variants', () => {
  it.each([
    ['hard‑to‑reach groups', 'hard‑to‑reach groups'], // U+2011 non-breaking hyphens
    ['hard–to–reach people', 'hard–to–reach'], // en dashes
    ['hard to reach', 'hard to reach'],
    ['ｈａｒｄ ｔｏ ｒｅａｃｈ', 'ｈａｒｄ ｔｏ ｒｅａｃｈ'], // full-width letters (NFKC)
    ['He was noncompliant.', 'noncompliant'],
    ['Three service users came.', 'service users'],
    ['Challenging behavior again.', 'Challenging behavior'],
    ['She didn’t engage.', 'didn’t engage'],
    ["They didn't engage with us.", "didn't engage"],
    ['Two rough sleepers.', 'rough sleepers'],
    ['Junkies in the park.', 'Junkies'],
    ['He suffers from asthma.', 'suffers from'],
    ['Help for the homeless.', 'the homeless'],
    ['Ex offenders and others.', 'Ex offenders'],
    ['The elderly and their carers.', 'The elderly'],
  ])('%j is flagged as %j', (text, flagged) => {
    expect(labels(text).map((f) => f.text)).toEqual([flagged])
    const f = labels(text)[0]
    expect(text.slice(f?.index, (f?.index ?? 0) + (f?.text.length ?? 0))).toBe(flagged)
  })

  it.each([
    'The poor quality of the housing.',
    'The elderly care home is closing.',
    'A mental health patient survey.',
    'Engagement went well.',
    'Welfare advice is free.',
  ])('does not flag %j', (text) => expect(labels(text)).toEqual([]))
})
