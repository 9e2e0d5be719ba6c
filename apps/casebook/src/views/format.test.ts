import { describe, expect, it } from 'vitest'
import { formatList } from './format.js'

describe('lists in words', () => {
  it('joins the last item with "and" in English', () => {
    expect(formatList(['bus fares', 'childcare', 'food'])).toBe('bus fares, childcare and food')
  })

  it('joins with "a" in Welsh, and "ac" before a vowel (w and y count, h does not)', () => {
    expect(formatList(['bwyd', 'gofal plant'], 'cy')).toBe('bwyd a gofal plant')
    expect(formatList(['bwyd', 'arian'], 'cy')).toBe('bwyd ac arian')
    expect(formatList(['bwyd', 'ŵyau'], 'cy')).toBe('bwyd ac ŵyau')
    expect(formatList(['bwyd', 'hyfforddiant'], 'cy')).toBe('bwyd a hyfforddiant')
    expect(formatList(['bwyd'], 'cy')).toBe('bwyd')
  })
})
