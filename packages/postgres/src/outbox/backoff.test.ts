import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff.js'

describe('backoff', () => {
  it('doubles from one second by default, up to ten minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(undefined, n))).toEqual([1_000, 2_000, 4_000, 8_000])
    expect(backoffDelay(undefined, 30)).toBe(600_000)
  })

  it('takes its own base, factor and ceiling', () => {
    expect([1, 2, 3].map((n) => backoffDelay({ baseMs: 100, factor: 3, maxMs: 500 }, n))).toEqual([100, 300, 500])
  })

  it('takes a function of the number of failures, never below zero', () => {
    expect(backoffDelay((n) => n * 10, 4)).toBe(40)
    expect(backoffDelay(() => -5, 1)).toBe(0)
  })
})
