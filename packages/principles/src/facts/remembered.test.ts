import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { norm, normalise } from './evidence.js'
import { remembered } from './remembered.js'

describe('remembered', () => {
  it('gives what the function gives, working each text out once', () => {
    const calls: string[] = []
    const upper = remembered((text) => {
      calls.push(text)
      return text.toUpperCase()
    })
    expect([upper('step free'), upper('lift'), upper('step free')]).toEqual(['STEP FREE', 'LIFT', 'STEP FREE'])
    expect(calls).toEqual(['step free', 'lift'])
  })

  it('remembers an answer of undefined too', () => {
    let calls = 0
    const nothing = remembered(() => {
      calls++
      return undefined
    })
    nothing('a')
    nothing('a')
    expect(calls).toBe(1)
  })

  it('starts again when full, and still gives the right answers', () => {
    const calls: string[] = []
    const length = remembered((text) => {
      calls.push(text)
      return text.length
    }, 2)
    expect(['a', 'bb', 'ccc', 'a'].map(length)).toEqual([1, 2, 3, 1])
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a'])
  })

  it('norm gives the same for a text however often it is asked', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const first = norm(text)
        expect(norm(text)).toBe(first)
        expect(first).toBe(normalise(text))
      }),
    )
  })
})
