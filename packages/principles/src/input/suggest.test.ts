import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closest, editDistance } from './suggest.js'

describe('editDistance', () => {
  it.each([
    ['label', 'label', 0],
    ['lable', 'label', 1],
    ['labl', 'label', 1],
    ['purpse', 'purpose', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s to %s is %i', (a, b, d) => expect(editDistance(a, b)).toBe(d))

  it('is symmetric, zero only for equal words, and never more than the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b)
        expect(editDistance(b, a)).toBe(d)
        expect(d === 0).toBe(a === b)
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length))
      }),
    )
  })
})

describe('closest', () => {
  const keys = ['label', 'purpose', 'timeline', 'deadlineFixed', 'durationMinutes', 'venue']
  it('suggests the key a typo was meant to be', () => {
    expect(closest('lable', keys)).toBe('label')
    expect(closest('deadline_fixed', keys)).toBe('deadlineFixed')
    expect(closest('duratonMinutes', keys)).toBe('durationMinutes')
    expect(closest('Venu', keys)).toBe('venue')
  })
  it('suggests nothing for a word that is not close to any', () => {
    expect(closest('colour', keys)).toBeUndefined()
    expect(closest('x', keys)).toBeUndefined()
  })
})
