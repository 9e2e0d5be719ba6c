import { css, html, LitElement } from 'lit'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { createHttpClient } from '../shared/client.js'
import type { CpErrorDetail } from '../shared/events.js'
import type { MemberConsents } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { newMember } from '../test-support/api-calls.js'
import { mount, nextEvent } from '../test-support/dom.js'
import { consentMessages } from './consent.messages.js'
import { Choices, type ChoicesTools, words } from './consent-choices.js'

/**
 * The `Choices` controller on its own, in the smallest real element (a LitElement with a `member`), against the
 * real test server: it keeps what is being saved, what screen readers are told and the receipt as its own state,
 * and tells its element what happened only through the tools it was given.
 */
const all: Record<string, string> = { ...consentMessages.en, ...words }
const t = (key: string, params: Record<string, unknown> = {}) =>
  (all[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))

class ChoicesHost extends LitElement {
  static override properties = { member: { type: String } }
  // Buttons big enough to press, as the widget's are (axe checks the target size).
  static override styles = css`
    button {
      display: block;
      min-height: 44px;
      margin: 8px 0;
    }
  `
  declare member: string | undefined
  mode: string | undefined = undefined
  data: MemberConsents | undefined
  failures: CpErrorDetail[] = []
  problems: string[] = []
  erasedAt: string | undefined
  readonly tools: ChoicesTools = {
    fail: (error) => {
      const detail = {
        code: (error as { code?: string }).code ?? 'unknown',
        status: (error as { status?: number }).status,
      } as CpErrorDetail
      this.failures.push(detail)
      return detail
    },
    problem: (message) => void this.problems.push(message),
    data: () => this.data,
    show: (data) => {
      this.data = data
      this.requestUpdate()
    },
    erased: (at) => {
      this.erasedAt = at
    },
    date: (iso) => iso.slice(0, 10),
  }
  choices = new Choices(this, this.tools)
  override render() {
    return html`<p role="status">${this.choices.announcement}</p>
      ${(this.data?.purposes ?? []).map(
        (p, i) =>
          html`<button type="button" id="give-${i}" aria-disabled=${this.choices.busy === p.id ? 'true' : 'false'}>${p.title}</button>`,
      )}
      ${this.choices.receipt ? html`<pre>${this.choices.receipt}</pre>` : ''}`
  }
}
customElements.define('test-choices-host', ChoicesHost)

const apiUrl = inject('apiUrl')
const seed = inject('seed')

async function hostFor(member: string): Promise<{ el: ChoicesHost; api: ReturnType<typeof createHttpClient> }> {
  const api = createHttpClient({ endpoint: apiUrl })
  const el = await mount<ChoicesHost>('test-choices-host', { member })
  el.data = await api.getConsents(member)
  el.requestUpdate()
  await el.updateComplete
  return { el, api }
}

afterEach(() => document.body.replaceChildren())

describe('Choices (how <cp-consent> records a choice and keeps the receipt)', () => {
  it('is busy with that purpose while it saves, then shows the choice, says it was saved and tells the page', async () => {
    const member = await newMember('Rhian')
    const { el, api } = await hostFor(member)
    const purpose = el.data!.purposes[0]!
    const changed = nextEvent<{ purposeId: string; status: string }>(el, 'cp-consent-change')
    const saving = el.choices.decide(api, purpose, 0, 'give', t)
    expect(el.choices.busy).toBe(purpose.id)
    expect(el.choices.announcement).toBe(words.saving)
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('#give-0')!.getAttribute('aria-disabled')).toBe('true')
    await saving
    expect(el.choices.busy).toBeUndefined()
    expect(el.choices.announcement).toBe(`Saved. You said yes to: ${purpose.title}`)
    expect(el.data!.current.find((c) => c.purposeId === purpose.id)?.status).toBe('given')
    expect((await changed).detail).toMatchObject({ purposeId: purpose.id, status: 'given' })
    // What the server holds is what the element shows.
    expect((await api.getConsents(member)).current.find((c) => c.purposeId === purpose.id)?.status).toBe('given')
    expect(el.problems).toEqual([''])
    await expectNoAxeViolations(el, 'choices host')
  })

  it('records one answer when pressed twice while saving', async () => {
    const member = await newMember('Rhian')
    const { el, api } = await hostFor(member)
    const purpose = el.data!.purposes[0]!
    await Promise.all([el.choices.decide(api, purpose, 0, 'give', t), el.choices.decide(api, purpose, 0, 'give', t)])
    expect((await api.getConsents(member)).history.filter((r) => r.purposeId === purpose.id)).toHaveLength(1)
  })

  it("tells the element what went wrong, in plain words, when the choice is not the person's to make", async () => {
    const member = await newMember('Rhian')
    const { el, api } = await hostFor(member)
    const purpose = el.data!.purposes[0]!
    el.member = seed.memberId // someone else's choices
    await el.choices.decide(api, purpose, 0, 'give', t)
    expect(el.failures.map((f) => f.code)).toEqual(['forbidden'])
    expect(el.problems).toEqual([consentMessages.en.errorForbidden])
    expect(el.choices.busy).toBeUndefined()
    expect(el.choices.announcement).toBe('')
  })

  it('fetches the receipt fresh and keeps its text; says nothing again after the element leaves the page', async () => {
    const member = await newMember('Rhian')
    const { el, api } = await hostFor(member)
    await el.choices.decide(api, el.data!.purposes[0]!, 0, 'give', t)
    await el.choices.keepReceipt(api, 'download', t)
    expect(el.choices.receipt.split('\n')[0]).toBe(consentMessages.en.receiptHeading)
    expect(el.shadowRoot!.querySelector('pre')?.textContent).toContain(`Now: ${consentMessages.en.statusGiven}`)
    el.remove()
    expect(el.choices.announcement).toBe('')
    expect(el.choices.receipt).not.toBe('')
  })
})
