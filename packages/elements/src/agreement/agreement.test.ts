import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { ClientError, OfflineError, type CoproduceClient } from '../shared/client.js'
import type { AgreementResponseInput, AgreementResponseResult, AgreementSummary } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { mount, nextEvent, textOf } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { exampleAgreement } from '../decision/fixtures.js'
import type { CpAgreement } from './agreement.js'
import './index.js'

/** `<cp-agreement>` with its data given through `.client` (the element is real). Real server: `agreement.server.test.ts`. */
const unused = () => Promise.reject(new Error('not used in this test'))
const clientWith = (calls: Partial<CoproduceClient>): CoproduceClient => ({
  getConsentPurposes: unused,
  getUpdates: unused,
  submitFeedback: unused,
  getConsents: unused,
  decideConsent: unused,
  getReceipt: unused,
  getReport: unused,
  ...calls,
})
const show = (summary: AgreementSummary | Promise<never>, attrs: Record<string, string> = {}, extra: Partial<CoproduceClient> = {}) =>
  mount<CpAgreement>(
    'cp-agreement',
    { client: clientWith({ getAgreement: () => Promise.resolve(summary), ...extra }) },
    { initiative: 'i-1', member: 'm-1', ...attrs },
  )
const root = (el: CpAgreement) => el.shadowRoot!
const settle = async (el: CpAgreement) => {
  await new Promise((r) => setTimeout(r, 0))
  await el.updateComplete
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('<cp-agreement>', () => {
  it('shows the rules, how many agree, and the changes people suggested; no names of who has not agreed for members', async () => {
    const el = await show(exampleAgreement())
    expect([...root(el).querySelectorAll('[part=rules] li')].map((li) => li.textContent)).toEqual([
      'We listen to each other.',
      'What is said here stays here.',
    ])
    expect(root(el).querySelector('[part=counts]')!.textContent).toBe('Agree: 4. Not agreed yet: 1.')
    expect(root(el).querySelector('[part=changes]')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'Add: phones on silent Being decided · Suggested by Jo',
    )
    expect(root(el).querySelector('[part=waiting]')).toBeNull()
    await expectNoAxeViolations(el, 'rules')
  })

  it('staff (mode="staff") see who has not agreed yet, or that everyone has', async () => {
    const el = await show(exampleAgreement(), { mode: 'staff' })
    expect(root(el).querySelector('[part=waiting]')!.textContent!.trim()).toBe('Jo')
    const all = await show(exampleAgreement({ notAgreedYet: [] }), { mode: 'staff' })
    expect(root(all).querySelector('[part=waiting]')!.textContent).toBe('Everyone has agreed.')
    await expectNoAxeViolations(el, 'staff')
  })

  it('is answered with the keyboard alone, once per key, and says thank you', async () => {
    const sent: { input: AgreementResponseInput; key: string }[] = []
    const el = await show(
      exampleAgreement(),
      {},
      {
        answerAgreement: async (member, id, input, key) => {
          sent.push({ input, key })
          expect([member, id]).toEqual(['m-1', 'd-rules'])
          return { agreement: exampleAgreement({ agreed: 5, mine: { response: 'agree', at: '2026-03-01T10:00:00Z' } }) }
        },
      },
    )
    const submitted = nextEvent<AgreementResponseResult>(document, 'cp-submit') // bubbles and is composed
    root(el).querySelector<HTMLInputElement>('#answer-0')!.focus()
    await userEvent.keyboard(' ') // chooses "I agree"
    await userEvent.tab() // the words
    await userEvent.tab() // Send my answer
    await userEvent.keyboard('{Enter}')
    expect((await submitted).detail.agreement.agreed).toBe(5)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.input).toEqual({ response: 'agree' })
    await el.updateComplete
    expect(root(el).activeElement?.textContent).toBe('Thank you. Your answer is saved.')
    expect(textOf(el)).toContain('You said: I agree.')
    await expectNoAxeViolations(el, 'answered')
  })

  it('asks what to change before it sends a suggested change (error summary, focused, linking to the box)', async () => {
    let calls = 0
    const el = await show(exampleAgreement(), {}, { answerAgreement: async () => (calls++, { agreement: exampleAgreement() }) })
    root(el).querySelector<HTMLInputElement>('#answer-2')!.click()
    await el.updateComplete
    expect(root(el).querySelector('label[for=words]')!.textContent).toBe('What would you change?')
    root(el).querySelector<HTMLButtonElement>('[part=send]')!.click()
    await settle(el)
    const summary = root(el).querySelector('.error-summary')!
    expect(root(el).activeElement).toBe(summary)
    expect(summary.textContent).toContain('Say what you would change')
    summary.querySelector('a')!.click()
    expect(root(el).activeElement?.id).toBe('words')
    expect(calls).toBe(0)
    await expectNoAxeViolations(el, 'error summary')
  })

  it('keeps the words and says so plainly when offline or refused', async () => {
    let answer: Error = new OfflineError()
    const el = await show(exampleAgreement(), {}, { answerAgreement: () => Promise.reject(answer) })
    root(el).querySelector<HTMLInputElement>('#answer-1')!.click()
    const box = root(el).querySelector<HTMLTextAreaElement>('#words')!
    box.value = 'Not sure about rule 2'
    box.dispatchEvent(new Event('input'))
    root(el).querySelector<HTMLButtonElement>('[part=send]')!.click()
    expect((await nextEvent<{ code: string }>(el, 'cp-error')).detail.code).toBe('offline')
    await settle(el)
    expect(root(el).querySelector('.error-summary')!.textContent).toContain('You seem to be offline')
    expect(box.value).toBe('Not sure about rule 2')
    answer = new ClientError(403, 'forbidden', 'No')
    root(el).querySelector<HTMLButtonElement>('[part=send]')!.click()
    await nextEvent(el, 'cp-error')
    await settle(el)
    expect(root(el).querySelector('.error-summary')!.textContent).toContain('You cannot answer here.')
  })

  it('has loading, empty (no rules yet: 404), error and offline states', async () => {
    const loading = await show(new Promise<never>(() => {}))
    expect(textOf(loading)).toContain('Loading the ground rules…')
    const cases: [Error, string][] = [
      [new ClientError(404, 'not-found', 'none'), 'There are no ground rules yet.'],
      [new ClientError(500, 'x', 'x'), 'Sorry, we could not load the ground rules.'],
      [new OfflineError(), 'You seem to be offline.'],
    ]
    for (const [error, words] of cases) {
      const el = await mount<CpAgreement>(
        'cp-agreement',
        { client: clientWith({ getAgreement: () => Promise.reject(error) }) },
        { initiative: 'i-1' },
      )
      await settle(el)
      expect(textOf(el)).toContain(words)
      await expectNoAxeViolations(el, words)
    }
  })

  it('speaks Welsh, and Urdu right to left', async () => {
    const cy = await show(exampleAgreement(), { lang: 'cy' })
    expect(root(cy).querySelector('h2')!.textContent).toBe('Ein rheolau sylfaenol')
    const ur = await show(exampleAgreement(), { lang: 'ur' })
    expect(root(ur).querySelector('.root')!.getAttribute('dir')).toBe('rtl')
    await expectNoAxeViolations(ur, 'Urdu')
  })

  it('fits 320px wide with text at 200%', async () => {
    const column = document.createElement('div')
    column.style.cssText = 'inline-size:320px;font-size:200%'
    document.body.append(column)
    const el = await mount<CpAgreement>(
      'cp-agreement',
      { client: clientWith({ getAgreement: async () => exampleAgreement() }) },
      { initiative: 'i-1', member: 'm-1', mode: 'staff' },
      column,
    )
    await settle(el)
    const right = el.getBoundingClientRect().right + 0.5
    expect([...root(el).querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > right).map((n) => n.tagName)).toEqual([])
  })

  it('runs none of the XSS payloads and makes no link', async () => {
    trapDialogs()
    const p = (i: number) => XSS_PAYLOADS[i % XSS_PAYLOADS.length]!
    const el = await show(
      exampleAgreement({
        rules: XSS_PAYLOADS.map((text) => ({ text })),
        mine: { response: 'not-yet', text: p(1), at: '2026-03-01T10:00:00Z' },
        changes: XSS_PAYLOADS.map((question, i) => ({ decisionId: `d${i}`, question, status: 'open', proposedBy: p(i + 1) })),
        notAgreedYet: XSS_PAYLOADS.map((displayName, i) => ({ memberId: `m${i}`, displayName })),
      }),
      { mode: 'staff' },
    )
    await new Promise((r) => setTimeout(r, 200))
    assertNothingExecuted()
    expect(linksIn(root(el))).toEqual([])
    expect(dangerousElementsIn(root(el))).toEqual([])
    expect(root(el).querySelector('[part=rules] li')!.textContent).toBe(p(0))
  })
})
