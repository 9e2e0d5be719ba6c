import { afterEach, describe, expect, inject, it } from 'vitest'
import type { LitElement } from 'lit'
import { actAs, textOf, waitFor } from '../test-support/dom.js'
import '../consent/index.js'
import '../feedback/index.js'
import '../updates/index.js'

const apiUrl = inject('apiUrl')
const seed = inject('seed')

/**
 * Frameworks (Angular, and others) create an element, put it in the page, and only then set its properties. Every
 * widget must load what it shows whenever `endpoint`, `member`, `initiative` or `client` are first set, however
 * late, and must never show a raw message key while it waits.
 */
async function appendThenSet<E extends LitElement>(
  tag: string,
  props: Record<string, unknown>,
  attrs: Record<string, string> = {},
  waitFirst = false,
) {
  const el = document.createElement(tag) as E
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  document.body.append(el)
  if (waitFirst) await el.updateComplete
  Object.assign(el, props)
  await el.updateComplete
  return el
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('properties set after the widget is in the page', () => {
  for (const waitFirst of [false, true]) {
    const when = waitFirst ? 'after its first render' : 'in the same task'
    it(`<cp-consent> loads the person's choices when endpoint and member are set ${when}`, async () => {
      actAs(seed.memberId)
      const el = await appendThenSet('cp-consent', { endpoint: apiUrl, member: seed.memberId }, {}, waitFirst)
      await waitFor(() => el.shadowRoot!.querySelector('.purpose'))
      expect(textOf(el)).not.toContain('not set up')
    })

    it(`<cp-feedback> asks the host's consent questions when endpoint is set ${when}`, async () => {
      const el = await appendThenSet(
        'cp-feedback',
        { endpoint: apiUrl, initiative: seed.initiativeId },
        { ask: 'quote-with-name' },
        waitFirst,
      )
      await waitFor(() => el.shadowRoot!.querySelector('.consent-question'))
      expect(textOf(el)).toContain('Can we share your words with your name?')
    })

    it(`<cp-updates> loads the updates when endpoint and initiative are set ${when}`, async () => {
      const el = await appendThenSet('cp-updates', { endpoint: apiUrl, initiative: seed.initiativeId }, {}, waitFirst)
      await waitFor(() => el.shadowRoot!.querySelector('[data-state=empty], .cards'))
    })
  }

  it('<cp-consent> loads when a client is set later', async () => {
    actAs(seed.memberId)
    const el = await appendThenSet('cp-consent', { member: seed.memberId }, {}, true)
    const { createHttpClient } = await import('./client.js')
    ;(el as unknown as { client: unknown }).client = createHttpClient({ endpoint: apiUrl })
    await waitFor(() => el.shadowRoot!.querySelector('.purpose'))
  })
})

describe('no raw message key reaches the screen', () => {
  for (const lang of ['en', 'cy', 'ur']) {
    it(`<cp-consent> not set up says so in words (${lang})`, async () => {
      const el = await appendThenSet('cp-consent', {}, { lang }, true)
      await waitFor(() => el.shadowRoot!.querySelector('#retry'))
      expect(textOf(el)).not.toMatch(/error[A-Z]\w+/)
      expect(textOf(el).length).toBeGreaterThan(40)
    })
  }
})
