import { afterEach, describe, expect, inject, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { CpFeedback } from '../feedback/index.js'
import { focusedIn, mount } from '../test-support/dom.js'
import '../feedback/index.js'

/**
 * The focus ring (WCAG 1.4.11, non-text contrast ≥ 3:1): by default a ring that stands out on white, and a pair of
 * tokens for hosts with their own background, `--cp-focus-color` (the ring) and `--cp-focus-inner-color` (a ring
 * inside it, as GOV.UK draws yellow with black), so the ring stands out against both the widget and the page.
 */
const apiUrl = inject('apiUrl')
const seed = inject('seed')

const rgb = (css: string) =>
  (/rgba?\(([^)]+)\)/.exec(css)?.[1] ?? '')
    .split(',')
    .slice(0, 3)
    .map((n) => Number(n.trim()))
const luminance = ([r, g, b]: number[]) => {
  const [R, G, B] = [r!, g!, b!].map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!
}
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}
const WHITE = [255, 255, 255]

/** Tab into a feedback form and give back the focused field's computed style. */
async function focusedStyle(style = ''): Promise<CSSStyleDeclaration> {
  const el = await mount<CpFeedback>(
    'cp-feedback',
    {},
    { endpoint: apiUrl, initiative: seed.initiativeId, kinds: 'rating', ask: '', style },
  )
  await userEvent.tab()
  const field = focusedIn(el)
  expect(field?.id).toBe('rating-0')
  return getComputedStyle(field!)
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('the widgets’ focus ring', () => {
  it('is at least 3:1 against white by default, and thick enough to see', async () => {
    const style = await focusedStyle()
    expect(style.outlineStyle).toBe('solid')
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3)
    expect(contrast(rgb(style.outlineColor), WHITE)).toBeGreaterThanOrEqual(3)
  })

  it('takes the host’s pair of tokens: the ring, and an inner ring against the host’s own background', async () => {
    const style = await focusedStyle('--cp-focus-color: #ffdd00; --cp-focus-inner-color: #0b0c0c')
    expect(rgb(style.outlineColor)).toEqual([255, 221, 0])
    expect(style.boxShadow).toContain('rgb(11, 12, 12)')
    // The inner ring makes a yellow ring (1.4:1 on white) stand out on white: black on white is 19.8:1.
    expect(contrast([11, 12, 12], WHITE)).toBeGreaterThanOrEqual(3)
    expect(contrast([11, 12, 12], [255, 221, 0])).toBeGreaterThanOrEqual(3)
  })
})
