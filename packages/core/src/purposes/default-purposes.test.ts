import { describe, expect, it } from 'vitest'
import { definePlugin } from '../plugins/define-plugin.js'
import { ConsentPurposeSchema } from '../schemas/consent.js'
import { DEFAULT_PURPOSES } from './default-purposes.js'
import { mergePurposes } from './merge-purposes.js'

const words = (text: string) => text.split(/\s+/).filter(Boolean)
const sentences = (text: string) =>
  text
    .split(/[.?!]+/)
    .map((s) => s.trim())
    .filter(Boolean)

describe('default consent purposes', () => {
  it('are the seven agreed uses, each asked about on its own', () => {
    expect(DEFAULT_PURPOSES.map((p) => p.id)).toEqual([
      'store-contribution',
      'quote-anonymously',
      'quote-with-name',
      'credit-by-name',
      'contact-with-updates',
      'share-with-partners',
      'photo-and-video',
    ])
    for (const purpose of DEFAULT_PURPOSES) expect(ConsentPurposeSchema.parse(purpose)).toEqual(purpose)
  })

  it('speak plainly: short sentences, a question for a title, and no jargon', () => {
    const jargon =
      /\b(data subject|processing|lawful basis|GDPR|third part(y|ies)|retention|consent|service user|hard to reach|stakeholder)\b/i
    for (const purpose of DEFAULT_PURPOSES) {
      expect(purpose.title).toMatch(/\?$/)
      for (const text of [purpose.title, purpose.description, purpose.audience, purpose.retention.description, ...purpose.thirdParties]) {
        expect(text).not.toMatch(jargon)
        for (const sentence of sentences(text)) expect(words(sentence).length).toBeLessThanOrEqual(20)
      }
    }
  })
})

describe('mergePurposes', () => {
  const extra = { ...DEFAULT_PURPOSES[0]!, id: 'share-with-gp', title: 'Can we tell your doctor?' }

  it('adds plugin purposes after the defaults', () => {
    const merged = mergePurposes([definePlugin({ name: 'health', purposes: [extra] })])
    expect(merged.map((p) => p.id)).toEqual([...DEFAULT_PURPOSES.map((p) => p.id), 'share-with-gp'])
  })

  it('throws when a purpose id is used twice', () => {
    expect(() => mergePurposes([definePlugin({ name: 'copycat', purposes: [DEFAULT_PURPOSES[1]!] })])).toThrow(/quote-anonymously/)
    expect(() => mergePurposes([definePlugin({ name: 'a', purposes: [extra] }), definePlugin({ name: 'b', purposes: [extra] })])).toThrow(
      /plugin "a"/,
    )
  })

  it('checks plugin purposes with the schema', () => {
    expect(() => mergePurposes([definePlugin({ name: 'bad', purposes: [{ ...extra, id: 'Not An Id' }] })])).toThrow(
      expect.objectContaining({ code: 'validation' }),
    )
  })
})
