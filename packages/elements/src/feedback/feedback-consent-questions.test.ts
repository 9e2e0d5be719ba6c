import { html, LitElement } from 'lit'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { createHttpClient } from '../shared/client.js'
import type { ConsentPurpose } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { newMember } from '../test-support/api-calls.js'
import { actAs, mount, textOf } from '../test-support/dom.js'
import { ConsentQuestions, words } from './feedback-consent.js'

/**
 * The `ConsentQuestions` controller on its own, in a real element of the smallest kind (a LitElement with a
 * `member`), against the real test server: it keeps the purposes, the answers and "for everything" as its own
 * state; the element only reads them.
 */
class QuestionsHost extends LitElement {
  static override properties = { member: { type: String } }
  declare member: string | undefined
  questions = new ConsentQuestions(this)
  ids = ['quote-anonymously', 'credit-by-name']
  override render() {
    return html`<form>${this.questions.render(this.ids, (key) => (words as Record<string, string>)[key] ?? key)}</form>`
  }
}
customElements.define('test-questions-host', QuestionsHost)

const apiUrl = inject('apiUrl')
const seed = inject('seed')
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!
const t = (key: keyof typeof words) => words[key]
const servicePurposes = async () => (await (await fetch(`${apiUrl}/consent-purposes`)).json()) as ConsentPurpose[]

/** What `<cp-consent>` sends when a person changes a standing choice. */
const changed = (from: EventTarget, subject: string, purposeId: string, status: string) =>
  from.dispatchEvent(new CustomEvent('cp-consent-change', { detail: { subject, purposeId, status }, bubbles: true, composed: true }))

beforeEach(() => actAs(seed.memberId))
afterEach(() => document.body.replaceChildren())

describe('ConsentQuestions (how <cp-feedback> asks about the use of words)', () => {
  it('asks nothing until it has the purposes, then each purpose asked for, in full and in the order given', async () => {
    const el = await mount<QuestionsHost>('test-questions-host', { member: seed.memberId })
    expect(el.shadowRoot!.querySelector('fieldset')).toBeNull()
    const purposes = await servicePurposes()
    el.ids = ['credit-by-name', 'no-such-purpose', 'quote-anonymously']
    el.questions.ask(purposes)
    await el.updateComplete
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent)
    const credit = purposes.find((p) => p.id === 'credit-by-name')!
    expect(legends).toEqual([credit.title, words['consent.quote-anonymously']])
    expect(textOf(el)).toContain(credit.description)
    expect(textOf(el)).toContain(credit.retention.description)
    await expectNoAxeViolations(el, 'consent questions')
  })

  it('keeps the answers given, and sends each with exactly the words shown; for everything only with a name', async () => {
    const el = await mount<QuestionsHost>('test-questions-host', { member: seed.memberId })
    const purposes = await servicePurposes()
    el.questions.ask(purposes)
    await el.updateComplete
    $(el, '#consent-0-give').click()
    $(el, '#consent-1-refuse').click()
    expect(el.questions.answers).toEqual({ 'quote-anonymously': 'give', 'credit-by-name': 'refuse' })
    const quote = purposes.find((p) => p.id === 'quote-anonymously')!
    const sent = el.questions.consents(el.ids, t, false)
    expect(sent[0]).toEqual({
      purposeId: 'quote-anonymously',
      decision: 'give',
      noticeText: [words['consent.quote-anonymously'], quote.description, quote.audience, quote.retention.description].join('\n'),
    })
    expect(sent.map((c) => c.scope)).toEqual([undefined, undefined])
    await el.updateComplete
    $(el, '#consent-everything').click()
    expect(el.questions.everything).toBe(true)
    expect(el.questions.consents(el.ids, t, false).map((c) => c.scope)).toEqual(['everything', 'everything'])
    // Sent without the person's name, an answer can only be for this feedback.
    expect(el.questions.consents(el.ids, t, true).map((c) => c.scope)).toEqual([undefined, undefined])
    el.questions.clear()
    await el.updateComplete
    expect([el.questions.answers, el.questions.everything, el.questions.consents(el.ids, t, false)]).toEqual([{}, false, []])
    expect($<HTMLInputElement>(el, '#consent-0-give').checked).toBe(false)
  })

  it('shows the person’s standing choices from the server as their answers, keeping an answer already chosen', async () => {
    const member = await newMember('Sam')
    const api = createHttpClient({ endpoint: apiUrl })
    await api.decideConsent(member, { purposeId: 'quote-anonymously', decision: 'give', noticeText: 'words' })
    await api.decideConsent(member, { purposeId: 'credit-by-name', decision: 'give', noticeText: 'words' })
    await api.decideConsent(member, { purposeId: 'credit-by-name', decision: 'withdraw', noticeText: 'words' })
    const el = await mount<QuestionsHost>('test-questions-host', { member })
    el.questions.follow([{ purposeId: 'quote-anonymously', status: 'refused' }]) // chosen here first
    expect(await el.questions.standing(api)).toBe(el.questions)
    expect(el.questions.answers).toEqual({ 'quote-anonymously': 'refuse', 'credit-by-name': 'refuse' })
  })

  it('follows a choice changed elsewhere on the page for the same person, and stops once the element leaves', async () => {
    const el = await mount<QuestionsHost>('test-questions-host', { member: seed.memberId })
    el.questions.ask(await servicePurposes())
    changed(document.body, seed.memberId, 'quote-anonymously', 'given')
    changed(document.body, 'someone-else', 'credit-by-name', 'given')
    changed(el, seed.memberId, 'credit-by-name', 'given') // its own widget's event: already its answer
    expect(el.questions.answers).toEqual({ 'quote-anonymously': 'give' })
    await el.updateComplete
    expect($<HTMLInputElement>(el, '#consent-0-give').checked).toBe(true)
    changed(document.body, seed.memberId, 'quote-anonymously', 'withdrawn')
    expect(el.questions.answers).toEqual({ 'quote-anonymously': 'refuse' })
    el.remove()
    changed(document.body, seed.memberId, 'quote-anonymously', 'given')
    expect(el.questions.answers).toEqual({ 'quote-anonymously': 'refuse' })
  })

  it('offers "for everything" only to a signed-in person', async () => {
    const el = await mount<QuestionsHost>('test-questions-host')
    el.questions.ask(await servicePurposes())
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('#consent-everything')).toBeNull()
    expect(textOf(el)).not.toContain(words.everything)
  })
})
