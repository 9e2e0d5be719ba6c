import { afterEach, describe, expect, inject, it } from 'vitest'
import { commands } from 'vitest/browser'
import type { LitElement } from 'lit'
import { actAs, mount, waitFor } from './test-support/dom.js'
import './feedback/index.js'
import './consent/index.js'

const apiUrl = inject('apiUrl')
const seed = inject('seed')

/** Everything inside the widget's shadow root that is wider than the widget itself. */
function overflowing(el: Element): string[] {
  const limit = el.getBoundingClientRect().right + 0.5
  const start = el.getBoundingClientRect().left - 0.5
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => {
      const r = node.getBoundingClientRect()
      return r.width > 0 && (r.right > limit || r.left < start)
    })
    .map((node) => `${node.tagName.toLowerCase()}#${node.id}.${[...node.classList].join('.')}`)
}

/** Put a widget in a 320px column with text at 200%. */
async function narrowAndLarge(tag: string, attrs: Record<string, string>, lang = 'en'): Promise<LitElement> {
  const column = document.createElement('div')
  column.style.inlineSize = '320px'
  column.style.fontSize = '200%'
  column.lang = lang
  document.body.append(column)
  return mount<LitElement>(tag, {}, attrs, column)
}

afterEach(async () => {
  document.body.replaceChildren()
  await commands.emulateMedia({ forcedColors: null })
})

describe('at 320px wide with text at 200%', () => {
  for (const lang of ['en', 'cy', 'ur']) {
    it(`<cp-feedback> fits without sideways scrolling (${lang})`, async () => {
      const el = await narrowAndLarge('cp-feedback', { endpoint: apiUrl, initiative: seed.initiativeId, kinds: 'rating text story' }, lang)
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320)
      expect(overflowing(el)).toEqual([])
    })

    it(`<cp-consent> fits without sideways scrolling (${lang})`, async () => {
      actAs(seed.memberId)
      const el = await narrowAndLarge('cp-consent', { endpoint: apiUrl, member: seed.memberId }, lang)
      await waitFor(() => el.shadowRoot!.querySelector('.purpose'))
      await el.updateComplete
      expect(overflowing(el)).toEqual([])
    })
  }
})

describe('in forced colours', () => {
  it('keeps borders on buttons and fields, and a visible focus ring', async () => {
    await commands.emulateMedia({ forcedColors: 'active' })
    const el = await mount<LitElement>('cp-feedback', {}, { endpoint: apiUrl, initiative: seed.initiativeId })
    const send = el.shadowRoot!.querySelector<HTMLElement>('#send')!
    expect(getComputedStyle(send).borderTopStyle).toBe('solid')
    expect(parseFloat(getComputedStyle(send).borderTopWidth)).toBeGreaterThan(0)
    send.focus()
    const ring = getComputedStyle(send)
    expect(ring.outlineStyle).toBe('solid')
    expect(parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2)
    const text = el.shadowRoot!.querySelector<HTMLElement>('#text')!
    expect(getComputedStyle(text).borderTopStyle).toBe('solid')
  })
})
