import { describe, expect, inject, it } from 'vitest'
import { commands } from 'vitest/browser'
import { actAs } from './test-support/dom.js'

const seed = inject('seed')

/**
 * The built widgets on pages served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`.
 */
describe('under a strict Content-Security-Policy', () => {
  it('<cp-feedback> renders, is styled, and sends with the keyboard, with no violation', async () => {
    actAs(seed.memberId)
    const result = await commands.openCspPage('/csp/feedback.html', 'cp-feedback', [
      'Tab', // first rating
      'ArrowDown', // "Good"
      'Tab',
      'type:Sent from a page with a strict policy',
      'Tab', // consent yes (no "without my name": nobody is named on this page)
      'Tab', // send
      'Enter',
      'wait:500',
    ])
    expect(result.violations).toEqual([])
    expect(result.errors).toEqual([])
    expect(result.styled).toBe(true)
    expect(result.text).toContain('Overall, how was your experience of our service?')
    expect(result.after).toContain('Thank you')
  })

  it('<cp-consent> renders the member’s choices with no violation', async () => {
    actAs(seed.memberId)
    const result = await commands.openCspPage('/csp/consent.html', 'cp-consent')
    expect(result.violations).toEqual([])
    expect(result.errors).toEqual([])
    expect(result.styled).toBe(true)
    expect(result.text).toContain('Your choices')
    expect(result.text).toContain('Can we share your words without your name?')
  })

  it.each([
    ['cp-decision', 'decision', 'What should we work on first?'],
    ['cp-agreement', 'agreement', 'Our ground rules'],
    ['cp-my-involvement', 'my-involvement', 'Your part in this work'],
  ])('<%s> renders from the real server, styled, with no violation', async (tag, page, words) => {
    actAs(seed.memberId)
    const result = await commands.openCspPage(`/csp/${page}.html`, tag)
    expect(result.violations).toEqual([])
    expect(result.errors).toEqual([])
    expect(result.styled).toBe(true)
    expect(result.text).toContain(words)
  })
})
