import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeNext } from './safe-next.js'

const ORIGIN = 'http://casebook.example'

describe('safeNext: where to go after choosing who you are', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    for (const next of ['/caseload', '/initiatives/truth-commission/feedback?kind=idea', '/take-part#updates', '/'])
      expect(safeNext(next)).toBe(next)
  })

  it('refuses anything that could lead to another site or break the redirect', () => {
    const bad = [
      '//evil.example',
      '/\\evil.example',
      '/%09/evil.example',
      '/\t/evil.example',
      '/%5c/evil.example',
      '/%2f/evil.example',
      'https://evil.example',
      'evil.example',
      'javascript:alert(1)',
      '/caseload%0aSet-Cookie:x=1',
      '/caseload%0d',
      '/caseload\n',
      '/caseload\r\nLocation: https://evil.example',
      '/%E0%A4%A',
      // found by the property below: dot segments that the URL parser folds into '//evil.example'
      '/.//evil.example',
      '/..//evil.example',
      '/a/..//evil.example',
      '/%2e//evil.example',
      '/.//',
      '',
      undefined,
    ]
    for (const next of bad) expect(safeNext(next), JSON.stringify(next)).toBeUndefined()
  })

  it('for any text, gives either nothing or a path that stays on this site and is safe in a header', () => {
    const tricky = fc.constantFrom(
      '/',
      '//',
      '\\',
      '%09',
      '%0a',
      '%0d',
      '%2f',
      '%5c',
      '\t',
      '\n',
      '@',
      ':',
      'evil.example',
      '.',
      '..',
      '%',
      '%2e',
    )
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')),
        ),
        (next) => {
          const kept = safeNext(next)
          if (kept === undefined) return
          expect(kept.startsWith('/')).toBe(true)
          expect(new URL(kept, ORIGIN).origin).toBe(ORIGIN)
          expect(kept).not.toMatch(/[\u0000-\u001f\u007f\\]/)
          expect(() => new Headers({ location: kept })).not.toThrow()
        },
      ),
      { numRuns: 2000 },
    )
  })
})
