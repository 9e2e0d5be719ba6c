/**
 * Every message of every rule, every guidance, every ladder reason, every shared phrase and every word of the
 * command line has a Welsh and an Urdu entry with exactly the same placeholders. A catalogue with a missing or misspelt key fails here.
 */
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../rules/index.js'
import { CATALOGUES } from './catalogues/index.js'
import { CLI_MESSAGES } from './cli.js'
import { COMMON } from './common.js'
import { placeholders } from './format.js'
import { LADDER_MESSAGES } from './ladder.js'
import type { Template } from './types.js'

/** Every English template by catalogue key. */
const english = new Map<string, Template>()
for (const rule of builtinRules) {
  for (const [id, template] of Object.entries(rule.meta.messages ?? {})) english.set(`${rule.meta.id}/${id}`, template)
  english.set(`${rule.meta.id}/guidance`, rule.meta.guidance)
}
for (const [key, template] of Object.entries({ ...COMMON, ...LADDER_MESSAGES, ...CLI_MESSAGES })) english.set(key, template)

/** Words outside the placeholders: a template that is only placeholders and marks needs no translating. */
const hasWords = (t: Template): boolean =>
  (typeof t === 'string' ? [t] : Object.values(t)).some((s) => /\p{L}{2,}/u.test((s ?? '').replace(/\{\w+\}|`[^`]*`/g, '')))

describe.each(['cy', 'ur'] as const)('the %s catalogue', (locale) => {
  const catalogue = CATALOGUES[locale]
  const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories

  it('has every built-in rule with messages, and no rule uses the reserved id "guidance"', () => {
    for (const rule of builtinRules) {
      expect(Object.keys(rule.meta.messages ?? {}).length, rule.meta.id).toBeGreaterThan(0)
      expect(Object.keys(rule.meta.messages ?? {}), rule.meta.id).not.toContain('guidance')
    }
  })

  it.each([...english.keys()])('has %s with the same placeholders as the English', (key) => {
    const en = english.get(key) as Template
    const translated = catalogue[key]
    expect(translated, `${locale} has no ${key}`).toBeDefined()
    if (translated === undefined) return
    expect(placeholders(translated), key).toEqual(placeholders(en))
    if (typeof translated !== 'string') for (const form of forms) expect(translated[form], `${key}: the ${form} form`).toBeDefined()
    if (hasWords(en)) expect(translated, `${key} is still English`).not.toEqual(en)
  })

  it('has no key the English does not have', () => {
    expect(Object.keys(catalogue).filter((key) => !english.has(key))).toEqual([])
  })
})

describe('words people read name no field of the plan file', () => {
  // Staff read findings, places, guidance and reasons; the plan file's field names (`problemFraming`,
  // `outcomes.decisionId`) belong in the rule's docs page, under "In a plan file" (`meta.inPlanFile`).
  const fieldLike = /`|\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]+[A-Za-z]*\b/
  const texts: [string, string][] = []
  for (const [key, template] of english)
    texts.push([`en ${key}`, typeof template === 'string' ? template : Object.values(template).join(' ')])
  for (const locale of ['cy', 'ur'] as const)
    for (const [key, template] of Object.entries(CATALOGUES[locale]))
      texts.push([`${locale} ${key}`, typeof template === 'string' ? template : Object.values(template).join(' ')])

  it.each(texts)('%s', (_key, text) => {
    expect(text.replace(/\{\w+\}/g, '')).not.toMatch(fieldLike)
  })
})
