import { describe, expect, it } from 'vitest'
import { CATALOGUES } from './catalogues/index.js'
import { fill, writerFor } from './format.js'
import type { Template } from './types.js'

const cy = writerFor('cy', (id) => CATALOGUES.cy[id])
const ur = writerFor('ur', (id) => CATALOGUES.ur[id])

describe('filling a template', () => {
  it('inserts the plan’s own words as they are, even words that look like placeholders', () => {
    expect(fill(cy, 'Mae “{venue}” yn lle cymunedol.', { venue: 'Caffi {count} & <b>' })).toBe(
      'Mae “Caffi {count} & <b>” yn lle cymunedol.',
    )
  })

  it('chooses the plural form Intl.PluralRules gives for the language', () => {
    const template = CATALOGUES.cy['common/decision'] as Exclude<Template, string>
    const rules = new Intl.PluralRules('cy')
    for (let n = 0; n <= 12; n++)
      expect(fill(cy, template, { count: n })).toBe(
        (template[rules.select(n)] ?? '').replace('{count}', new Intl.NumberFormat('cy').format(n)),
      )
  })

  it('formats numbers for the language', () => {
    expect(fill(ur, '{n}', { n: 1234.5 })).toBe(new Intl.NumberFormat('ur', { maximumFractionDigits: 2 }).format(1234.5))
  })

  it('joins a Welsh list with "a", and "ac" before a vowel', () => {
    expect(fill(cy, '{x}', { x: { list: ['bara', 'caws', 'llaeth'] } })).toBe('bara, caws a llaeth')
    expect(fill(cy, '{x}', { x: { list: ['bara', 'afal'] } })).toBe('bara ac afal')
    expect(fill(cy, '{x}', { x: { list: ['bara', 'afal'], join: 'or' } })).toBe('bara neu afal')
  })

  it('writes a shared phrase in the language, with its own data', () => {
    const weeks = CATALOGUES.ur['common/week'] as string
    expect(fill(ur, '{w}', { w: { id: 'common/week', data: { count: 3 } } })).toBe(weeks.replace('{count}', '3'))
  })
})
