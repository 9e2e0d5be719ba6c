import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { createHttpClient, type CoproduceClient } from '../shared/client.js'
import type { ConsentPurpose, ConsentRecord, Feedback, FeedbackSubmission, MemberConsents } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { newMember } from '../test-support/api-calls.js'
import { actAs, focusedIn, mount, nextEvent, textOf, waitFor } from '../test-support/dom.js'
import type { CpConsent } from '../consent/index.js'
import type { CpFeedback } from './index.js'
import '../consent/index.js'
import './index.js'

/**
 * How `<cp-feedback>` asks about the use of a person's words (#10): each purpose in full before the answer, exactly
 * those words kept as what they were shown, an answer for this piece of feedback unless they say "for everything",
 * and `<cp-consent>` on the same page kept in step. Also: visitors who are not signed in, and "Send more" (#15).
 */
const apiUrl = inject('apiUrl')
const seed = inject('seed')

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!

const purposes = async () => (await (await fetch(`${apiUrl}/consent-purposes`)).json()) as ConsentPurpose[]

async function mountWithQuestions(attrs: Record<string, string>, props: Record<string, unknown> = {}) {
  const el = await mount<CpFeedback>('cp-feedback', props, { endpoint: apiUrl, initiative: seed.initiativeId, kinds: 'text', ...attrs })
  await waitFor(() => el.shadowRoot!.querySelector('.consent-question'))
  await el.updateComplete
  return el
}

const write = (el: CpFeedback, words: string) => {
  const text = $<HTMLTextAreaElement>(el, '#text')
  text.value = words
  text.dispatchEvent(new Event('input'))
}

/** A client that keeps what the widget sends, and stores it on the real server (asking in `lang`, as a host's would). */
function keeping(sent: FeedbackSubmission[], lang?: string): CoproduceClient {
  const real = createHttpClient({ endpoint: apiUrl, ...(lang ? { lang: () => lang } : {}) })
  return {
    ...real,
    submitFeedback: async (initiativeId, input, key) => {
      sent.push(structuredClone(input))
      // Today's server takes no `scope` yet (the consent contract adds it): store the feedback without it.
      const consents = input.consents?.map(({ purposeId, decision, noticeText }) => ({
        purposeId,
        decision,
        ...(noticeText ? { noticeText } : {}),
      }))
      return real.submitFeedback(initiativeId, { ...input, ...(consents ? { consents } : {}) }, key)
    },
  }
}

beforeEach(() => actAs(seed.memberId))
afterEach(() => document.body.replaceChildren())

describe('<cp-feedback> shows each purpose in full before the answer', () => {
  it('says what it means, who sees it and how long it is kept, and sends exactly those words', async () => {
    const member = await newMember()
    const p = (await purposes()).find((x) => x.id === 'quote-anonymously')!
    const sent: FeedbackSubmission[] = []
    const el = await mountWithQuestions({ member }, { client: keeping(sent) })
    const question = $(el, '.consent-question')
    const about = [...question.querySelectorAll('dd')].map((dd) => dd.textContent!.trim())
    expect(about).toEqual([p.description, p.audience, p.retention.description])
    expect([...question.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'What it means',
      'Who sees it',
      'How long we keep it',
    ])
    // Before the answer: the words come first in reading order.
    const firstRadio = question.querySelector('input[type=radio]')!
    expect(question.querySelector('dl')!.compareDocumentPosition(firstRadio) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await expectNoAxeViolations(el, 'purpose in full')

    write(el, 'The chairs are too low.')
    $<HTMLInputElement>(el, '#consent-0-give').click()
    const submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    await submitted
    const legend = question.querySelector('legend')!.textContent!.trim()
    expect(legend).toBe('Can we share your words without your name?')
    expect(sent[0]!.consents).toEqual([{ purposeId: 'quote-anonymously', decision: 'give', noticeText: [legend, ...about].join('\n') }])
  })
})

describe('<cp-feedback> in Welsh', () => {
  it('shows what each purpose means in the Welsh the server sends, marked lang="cy", and records those words', async () => {
    const member = await newMember()
    const sent: FeedbackSubmission[] = []
    const el = await mountWithQuestions({ member, lang: 'cy' }, { client: keeping(sent, 'cy') })
    const question = $(el, '.consent-question')
    const about = [...question.querySelectorAll('dd')]
    expect(about[0]!.textContent!.trim()).toBe(
      'Efallai y byddwn ni’n dangos beth ddywedoch chi mewn diweddariadau ac adroddiadau. Fyddwn ni ddim yn dweud pwy ddywedodd e.',
    )
    for (const dd of about) expect(dd.getAttribute('lang')).toBe('cy')
    // The question is in Welsh too: the widget's own words, or the server's Welsh title (then marked as such).
    const legend = question.querySelector('legend')!
    expect(legend.textContent!.trim()).toBe('Gawn ni rannu eich geiriau heb eich enw?')
    expect(legend.getAttribute('lang') ?? 'cy').toBe('cy')
    await expectNoAxeViolations(el, 'purpose in Welsh')
    write(el, 'Mae’r cadeiriau’n rhy isel.')
    $<HTMLInputElement>(el, '#consent-0-give').click()
    const submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    await submitted
    expect(sent[0]!.consents?.[0]?.noticeText).toContain('Fyddwn ni ddim yn dweud pwy ddywedodd e.')
  })
})

describe('<cp-feedback> answers for this piece of feedback, or for everything', () => {
  it('is for this feedback only unless the person ticks "Use this answer for everything I send"', async () => {
    const member = await newMember()
    const sent: FeedbackSubmission[] = []
    const el = await mountWithQuestions({ member }, { client: keeping(sent) })
    expect($(el, 'label[for=consent-everything]').textContent).toBe('Use this answer for everything I send')
    expect($<HTMLInputElement>(el, '#consent-everything').checked).toBe(false)

    write(el, 'First')
    $<HTMLInputElement>(el, '#consent-0-refuse').click()
    let submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    await submitted
    expect(sent[0]!.consents![0]).not.toHaveProperty('scope')

    el.reset()
    await el.updateComplete
    write(el, 'Second')
    $<HTMLInputElement>(el, '#consent-0-give').click()
    $<HTMLInputElement>(el, '#consent-everything').click()
    await el.updateComplete
    await expectNoAxeViolations(el, 'for everything ticked')
    const standing = nextEvent<Partial<ConsentRecord>>(el, 'cp-consent-change')
    submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    await submitted
    expect(sent[1]!.consents).toEqual([expect.objectContaining({ purposeId: 'quote-anonymously', decision: 'give', scope: 'everything' })])
    expect((await standing).detail).toMatchObject({ subject: member, purposeId: 'quote-anonymously', status: 'given' })
  })
})

describe('<cp-feedback> for a person who already made a standing choice', () => {
  it('shows that choice on first load, before anything else happens on the page', async () => {
    const member = await newMember()
    await createHttpClient({ endpoint: apiUrl }).decideConsent(member, { purposeId: 'quote-anonymously', decision: 'refuse' })
    const el = await mountWithQuestions({ member })
    await waitFor(() => $<HTMLInputElement>(el, '#consent-0-refuse').checked)
    expect($<HTMLInputElement>(el, '#consent-0-give').checked).toBe(false)

    const other = await newMember() // nothing said yet: nothing chosen for them
    const fresh = await mountWithQuestions({ member: other })
    await fresh.updateComplete
    expect($<HTMLInputElement>(fresh, '#consent-0-give').checked).toBe(false)
    expect($<HTMLInputElement>(fresh, '#consent-0-refuse').checked).toBe(false)
  })
})

describe('<cp-consent> and <cp-feedback> on one page stay in step', () => {
  it('a choice changed in <cp-consent> shows in the feedback form at once', async () => {
    const member = await newMember()
    const consent = await mount<CpConsent>('cp-consent', {}, { endpoint: apiUrl, member, purposes: 'quote-anonymously' })
    const feedback = await mountWithQuestions({ member })
    await waitFor(() => consent.shadowRoot!.querySelector('#give-0'))
    $(consent, '#give-0').click()
    await waitFor(() => $<HTMLInputElement>(feedback, '#consent-0-give').checked)
    await waitFor(() => consent.shadowRoot!.querySelector('#withdraw-0'))
    $(consent, '#withdraw-0').click()
    await waitFor(() => $<HTMLInputElement>(feedback, '#consent-0-refuse').checked)
  })

  it('an answer for everything sent with feedback shows in <cp-consent> at once', async () => {
    const member = await newMember()
    const real = createHttpClient({ endpoint: apiUrl })
    // What the server does with `scope: 'everything'` under the consent contract: the answer becomes the standing
    // choice. Until that lands here, this client records it through the real consent route.
    const client: CoproduceClient = {
      ...keeping([]),
      submitFeedback: async (initiativeId, input, key) => {
        for (const c of input.consents ?? [])
          await real.decideConsent(member, { purposeId: c.purposeId, decision: c.decision, noticeText: c.noticeText! })
        return keeping([]).submitFeedback(initiativeId, input, key)
      },
    }
    const consent = await mount<CpConsent>('cp-consent', {}, { endpoint: apiUrl, member, purposes: 'quote-anonymously' })
    await waitFor(() => consent.shadowRoot!.querySelector('#current-0'))
    expect($(consent, '#current-0').textContent).toBe('You have not said yet.')
    const feedback = await mountWithQuestions({ member }, { client })
    write(feedback, 'Hello')
    $<HTMLInputElement>(feedback, '#consent-0-give').click()
    $<HTMLInputElement>(feedback, '#consent-everything').click()
    $(feedback, '#send').click()
    await waitFor(() => $(consent, '#current-0').textContent === 'You said yes.')
    const onServer = (await (await fetch(`${apiUrl}/members/${member}/consents`, { credentials: 'include' })).json()) as MemberConsents
    expect(onServer.current.find((c) => c.purposeId === 'quote-anonymously')?.status).toBe('given')
  })
})

describe('<cp-feedback> for a visitor who is not signed in', () => {
  it('never offers "Send this without my name", and never says "We did not keep your name"', async () => {
    actAs('')
    const el = await mountWithQuestions({})
    expect(el.shadowRoot!.querySelector('#anonymous')).toBeNull()
    expect(textOf(el)).not.toContain('Send this without my name')
    expect(el.shadowRoot!.querySelector('#consent-everything')).toBeNull()
    await expectNoAxeViolations(el, 'not signed in')
    write(el, 'The door is heavy.')
    const submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    await submitted
    await el.updateComplete
    expect(textOf(el)).toContain('Thank you')
    expect(textOf(el)).not.toContain('We did not keep your name')
  })

  it('thanks a signed-in person who ticked it with "We did not keep your name"', async () => {
    const member = await newMember()
    const el = await mountWithQuestions({ member })
    write(el, 'No name please.')
    $<HTMLInputElement>(el, '#anonymous').click()
    const submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    await submitted
    await el.updateComplete
    expect(textOf(el)).toContain('We did not keep your name.')
  })
})

describe('<cp-feedback> "Send more feedback"', () => {
  it('moves focus to the form’s first field, not the page', async () => {
    const el = await mountWithQuestions({ kinds: 'rating text' })
    $<HTMLInputElement>(el, '#rating-0').click()
    const submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    await submitted
    await waitFor(() => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Send more feedback'))
    ;[...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Send more feedback')!.focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => focusedIn(el))
    expect(focusedIn(el)?.id).toBe('rating-0')
    expect(document.activeElement).toBe(el)
    await expectNoAxeViolations(el, 'after send more')
  })
})
