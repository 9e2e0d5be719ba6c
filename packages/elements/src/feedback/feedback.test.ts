import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import { ClientError, OfflineError, type CoproduceClient } from '../shared/client.js'
import { pending } from '../shared/offline-queue.js'
import type { Feedback } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, focusedIn, mount, nextEvent, sleep, textOf, waitFor } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import type { CpFeedback, QueuedDetail } from './index.js'
import './index.js'

const apiUrl = inject('apiUrl')
const xssApiUrl = inject('xssApiUrl')
const seed = inject('seed')

/** Every feedback row the real server holds for the initiative (read as staff). */
async function storedFeedback(): Promise<Feedback[]> {
  const cookie = document.cookie
  actAs(`${seed.staffId}:staff`)
  try {
    const response = await fetch(`${apiUrl}/initiatives/${seed.initiativeId}/feedback`, { credentials: 'include' })
    expect(response.status).toBe(200)
    return (await response.json()) as Feedback[]
  } finally {
    const previous = /(?:^|;\s*)cp_actor=([^;]*)/.exec(cookie)?.[1]
    actAs(previous ? decodeURIComponent(previous) : '')
  }
}

const mountFeedback = (props: Record<string, unknown> = {}, attrs: Record<string, string> = {}) =>
  mount<CpFeedback>('cp-feedback', props, { endpoint: apiUrl, initiative: seed.initiativeId, ...attrs })

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!

beforeEach(() => {
  actAs(seed.memberId)
})

afterEach(async () => {
  document.body.replaceChildren()
  await commands.setServerReachable(true)
})

describe('<cp-feedback> with the keyboard alone', () => {
  it('can be filled in and sent, and the server stores it once', async () => {
    const before = (await storedFeedback()).length
    const el = await mountFeedback({}, { 'reply-within-days': '14', member: seed.memberId })
    await waitFor(() => el.shadowRoot!.querySelector('.consent-question'))
    const submitted = nextEvent<Feedback>(el, 'cp-submit')

    await userEvent.tab() // into the first rating
    expect(focusedIn(el)?.id).toBe('rating-0')
    await userEvent.keyboard('{ArrowDown}') // moves to and chooses "Good"
    await userEvent.tab() // the text box
    expect(focusedIn(el)?.id).toBe('text')
    await userEvent.keyboard('The tea was cold but people were kind.')
    await userEvent.tab() // "Send this without my name"
    expect(focusedIn(el)?.id).toBe('anonymous')
    await userEvent.tab() // consent: yes
    await userEvent.keyboard('{ArrowRight}') // no (moves and chooses)
    await userEvent.tab() // "Use this answer for everything I send"
    expect(focusedIn(el)?.id).toBe('consent-everything')
    await userEvent.tab() // send
    expect(focusedIn(el)?.id).toBe('send')
    await userEvent.keyboard('{Enter}')

    const { detail } = await submitted
    expect(detail).toMatchObject({
      initiativeId: seed.initiativeId,
      kind: 'rating',
      rating: 'good',
      text: 'The tea was cold but people were kind.',
      anonymous: false,
      memberId: seed.memberId,
    })
    await el.updateComplete
    expect(textOf(el)).toContain('Thank you')
    expect(textOf(el)).toContain('within 14 days')
    expect(focusedIn(el)?.classList.contains('status')).toBe(true)
    const after = await storedFeedback()
    expect(after.length).toBe(before + 1)
    expect(after.find((f) => f.id === detail.id)).toMatchObject({ rating: 'good', memberId: seed.memberId })
  })

  it('shows an error summary, moves focus to it, and its link takes focus to the field', async () => {
    const el = await mountFeedback({}, { kinds: 'rating' })
    $(el, '#send').focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => focusedIn(el)?.classList.contains('error-summary'))
    expect(textOf(el)).toContain('There is a problem')
    expect($(el, '#rating-error').textContent).toContain('Choose how your experience was')
    expect($(el, 'fieldset').getAttribute('aria-describedby')).toBe('rating-error')
    // Styled by the part that sends, which brings its styles: a red box, a bold red message, a bar by the field.
    expect(getComputedStyle($(el, '.error-summary')).borderTopWidth).not.toBe('0px')
    expect(getComputedStyle($(el, '#rating-error')).fontWeight).toBe('700')
    expect(getComputedStyle($(el, '.field--error')).borderInlineStartStyle).toBe('solid')
    await userEvent.tab() // the link in the summary
    await userEvent.keyboard('{Enter}')
    expect(focusedIn(el)?.id).toBe('rating-0')
  })
})

describe('<cp-feedback> accessibility (axe, WCAG 2.2 AA)', () => {
  it('has no violations when empty, filled, with errors, sent, offline and right to left', async () => {
    const el = await mountFeedback({}, { kinds: 'rating text story' })
    await expectNoAxeViolations(el, 'empty')

    $(el, '#send').click()
    await waitFor(() => el.shadowRoot!.querySelector('.error-summary'))
    await expectNoAxeViolations(el, 'error')

    $<HTMLInputElement>(el, '#rating-1').click()
    const text = $<HTMLTextAreaElement>(el, '#text')
    text.value = 'More chairs please'
    text.dispatchEvent(new Event('input'))
    await el.updateComplete
    await expectNoAxeViolations(el, 'filled')

    const sent = nextEvent(el, 'cp-submit')
    $(el, '#send').click()
    await sent
    await el.updateComplete
    await expectNoAxeViolations(el, 'success')

    await commands.setServerReachable(false)
    const offline = await mountFeedback({}, { kinds: 'rating' })
    $<HTMLInputElement>(offline, '#rating-0').click()
    const queued = nextEvent(offline, 'cp-queued')
    $(offline, '#send').click()
    await queued
    await offline.updateComplete
    await expectNoAxeViolations(offline, 'offline')
    await commands.setServerReachable(true)
    await offline.sendQueued()

    const rtl = await mountFeedback({}, { lang: 'ur', kinds: 'rating text story' })
    await expectNoAxeViolations(rtl, 'right-to-left')
    $(rtl, '#send').click()
    await waitFor(() => rtl.shadowRoot!.querySelector('.error-summary'))
    await expectNoAxeViolations(rtl, 'right-to-left error')
  })
})

describe('<cp-feedback> events and what is stored', () => {
  it('sends anonymous feedback with no name anywhere and says so', async () => {
    const el = await mountFeedback({}, { kinds: 'text', member: seed.memberId })
    const text = $<HTMLTextAreaElement>(el, '#text')
    text.value = 'The bus times do not match the sessions.'
    text.dispatchEvent(new Event('input'))
    $<HTMLInputElement>(el, '#anonymous').click()
    const submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    const { detail } = await submitted
    expect(detail.anonymous).toBe(true)
    expect(detail.memberId).toBeUndefined()
    expect(detail.kind).toBe('idea')
    await el.updateComplete
    expect(textOf(el)).toContain('We did not keep your name.')
    const stored = (await storedFeedback()).find((f) => f.id === detail.id)
    expect(stored?.memberId).toBeUndefined()
  })

  it('never pre-selects how words may be used, and sends without an answer', async () => {
    const requests: unknown[] = []
    const realFetch = window.fetch.bind(window)
    const el = await mountFeedback({}, { kinds: 'rating', ask: 'quote-anonymously quote-with-name' })
    // The default question's words are ours; the other is asked in the service's words, from the server.
    await waitFor(() => el.shadowRoot!.querySelectorAll('input[name^="consent-"]').length === 4)
    // Exactly what the second question shows: the question, what it means, who sees it, how long it is kept.
    const shown = [
      $(el, '.consent-question:nth-of-type(2) legend'),
      ...el.shadowRoot!.querySelectorAll('.consent-question:nth-of-type(2) dd'),
    ]
      .map((node) => node.textContent!.trim())
      .join('\n')
    expect(textOf(el)).toContain('Can we share your words with your name?')
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name^="consent-"]')]
    expect(radios).toHaveLength(4)
    expect(radios.every((r) => !r.checked)).toBe(true)
    window.fetch = (input, init) => {
      requests.push(JSON.parse(String(init?.body ?? 'null')))
      return realFetch(input, init)
    }
    try {
      $<HTMLInputElement>(el, '#rating-5').click()
      $<HTMLInputElement>(el, '#consent-1-refuse').click()
      const submitted = nextEvent<Feedback>(el, 'cp-submit')
      $(el, '#send').click()
      await submitted
    } finally {
      window.fetch = realFetch
    }
    expect(requests[0]).toMatchObject({
      rating: 'dont-know',
      consents: [{ purposeId: 'quote-with-name', decision: 'refuse', noticeText: shown }],
    })
  })

  it('takes a picture through the host’s upload function and stores it by reference', async () => {
    const uploads: string[] = []
    const el = await mountFeedback(
      { upload: async (_file: Blob, info: { name: string }) => (uploads.push(info.name), `store://pictures/${info.name}`) },
      { kinds: 'story' },
    )
    await userEvent.upload($(el, '#creative-file'), new File(['picture'], 'drawing.png', { type: 'image/png' }))
    const description = $<HTMLInputElement>(el, '#creative-description')
    // The picture part brings its own styles: full-width boxes with a strong border.
    expect(getComputedStyle(description).display).toBe('block')
    expect(getComputedStyle(description).borderTopWidth).toBe('2px')
    description.value = 'A drawing of the garden'
    description.dispatchEvent(new Event('input'))
    const submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    const { detail } = await submitted
    expect(uploads).toEqual(['drawing.png'])
    expect(detail.kind).toBe('creative')
    expect(detail.attachments).toEqual([{ kind: 'image', ref: 'store://pictures/drawing.png', description: 'A drawing of the garden' }])
  })

  it('says so when the picture cannot be stored, and keeps the words', async () => {
    const el = await mountFeedback({ upload: async () => Promise.reject(new Error('storage full')) }, { kinds: 'story' })
    const story = $<HTMLTextAreaElement>(el, '#story')
    story.value = 'My story'
    story.dispatchEvent(new Event('input'))
    await userEvent.upload($(el, '#creative-file'), new File(['x'], 'a.png', { type: 'image/png' }))
    const failed = nextEvent<{ code: string }>(el, 'cp-error')
    $(el, '#send').click()
    expect((await failed).detail.code).toBe('unknown')
    await waitFor(() => focusedIn(el)?.classList.contains('error-summary'))
    expect(textOf(el)).toContain('We could not add your file. Try again, or send without it.')
    expect($<HTMLTextAreaElement>(el, '#story').value).toBe('My story')
  })

  it('says plainly when the microphone cannot be used', async () => {
    const el = await mountFeedback({ upload: async () => 'ref' }, { kinds: 'story' })
    const record = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.recorder button')][0]!
    expect(record.textContent).toBe('Record your voice')
    const failed = nextEvent(el, 'cp-error')
    record.click()
    await failed
    await el.updateComplete
    expect($(el, '[role="alert"]').textContent).toBe('We could not use your microphone. You can write, or add a picture, instead.')
    await expectNoAxeViolations(el, 'microphone problem')
  })

  it('hides the picture and recording option when the host gives no upload function', async () => {
    const el = await mountFeedback()
    expect(el.shadowRoot!.querySelector('#creative-file')).toBeNull()
  })
})

describe('<cp-feedback> with a host’s own client', () => {
  it('sends through the injected client with an idempotency key, and queues when it throws OfflineError', async () => {
    const calls: { initiativeId: string; input: unknown; key: string }[] = []
    let online = true
    const client = {
      getConsentPurposes: async () => [],
      submitFeedback: async (initiativeId: string, input: Record<string, unknown>, key: string) => {
        if (!online) throw new OfflineError()
        calls.push({ initiativeId, input, key })
        return { id: `host-${calls.length}`, initiativeId, createdAt: new Date().toISOString(), idempotencyKey: key, ...input }
      },
    } as unknown as CoproduceClient
    const el = await mount<CpFeedback>('cp-feedback', { client }, { initiative: 'host-initiative', kinds: 'rating', ask: '' })
    $<HTMLInputElement>(el, '#rating-2').click()
    const submitted = nextEvent<Feedback>(el, 'cp-submit')
    $(el, '#send').click()
    expect((await submitted).detail).toMatchObject({ id: 'host-1', rating: 'neither', kind: 'rating' })
    expect(calls[0]).toMatchObject({ initiativeId: 'host-initiative', input: { kind: 'rating', rating: 'neither', anonymous: false } })
    expect(calls[0]!.key).toMatch(/^[0-9a-f-]{36}$/)

    el.reset()
    await el.updateComplete
    online = false
    $<HTMLInputElement>(el, '#rating-4').click()
    const queued = nextEvent<QueuedDetail>(el, 'cp-queued')
    $(el, '#send').click()
    const { detail } = await queued
    expect((await pending('client')).map((i) => i.idempotencyKey)).toContain(detail.idempotencyKey)
    online = true
    const sent = nextEvent<Feedback>(el, 'cp-submit')
    window.dispatchEvent(new Event('online'))
    expect((await sent).detail.idempotencyKey).toBe(detail.idempotencyKey)
    expect(calls.map((c) => c.key)).toEqual([calls[0]!.key, detail.idempotencyKey])
  })
})

describe('<cp-feedback> offline', () => {
  it('keeps saved feedback when the server says its key is still being stored (409), and sends it on the next try', async () => {
    const answers: ('offline' | 'conflict' | 'stored')[] = ['offline', 'conflict', 'stored']
    const keys: string[] = []
    const client = {
      getConsentPurposes: async () => [],
      submitFeedback: async (initiativeId: string, input: Record<string, unknown>, key: string) => {
        keys.push(key)
        const answer = answers.shift()
        if (answer === 'offline') throw new OfflineError()
        if (answer === 'conflict') throw new ClientError(409, 'conflict', 'This key is still being stored')
        return { id: 'host-409', initiativeId, createdAt: new Date().toISOString(), idempotencyKey: key, ...input }
      },
    } as unknown as CoproduceClient
    const el = await mount<CpFeedback>('cp-feedback', { client }, { initiative: 'host-initiative', kinds: 'rating', ask: '' })
    const errors: string[] = []
    el.addEventListener('cp-error', (event) => errors.push(event.detail.code))
    $<HTMLInputElement>(el, '#rating-1').click()
    const queued = nextEvent<QueuedDetail>(el, 'cp-queued')
    $(el, '#send').click()
    const { detail } = await queued

    await el.sendQueued() // answered 409: the first send may still be landing, so nothing is final yet
    await el.updateComplete
    expect((await pending('client')).map((i) => i.idempotencyKey)).toContain(detail.idempotencyKey)
    expect(textOf(el)).toContain("Saved. We'll send it when you're back online.")
    expect(el.shadowRoot!.querySelector('.error-summary')).toBeNull()

    const sent = nextEvent<Feedback>(el, 'cp-submit')
    await el.sendQueued()
    expect((await sent).detail.id).toBe('host-409')
    expect(keys).toEqual([detail.idempotencyKey, detail.idempotencyKey, detail.idempotencyKey])
    expect(await pending('client')).toEqual([])
    expect(errors).toEqual(['offline'])
  })

  it('saves feedback made offline and sends it exactly once when the server can be reached again', async () => {
    const before = (await storedFeedback()).length
    const el = await mountFeedback({}, { kinds: 'rating text' })
    await commands.setServerReachable(false)
    $<HTMLInputElement>(el, '#rating-3').click()
    const text = $<HTMLTextAreaElement>(el, '#text')
    text.value = 'Made on the bus with no signal'
    text.dispatchEvent(new Event('input'))
    const queued = nextEvent<QueuedDetail>(el, 'cp-queued')
    $(el, '#send').click()
    const { detail } = await queued
    expect(detail).toMatchObject({ initiativeId: seed.initiativeId, input: { rating: 'poor', text: 'Made on the bus with no signal' } })
    await el.updateComplete
    expect(textOf(el)).toContain("Saved. We'll send it when you're back online.")
    expect((await pending(apiUrl)).map((i) => i.idempotencyKey)).toContain(detail.idempotencyKey)

    // Still unreachable: the connection "returns" but the server cannot be reached, so nothing is lost.
    window.dispatchEvent(new Event('online'))
    await sleep(200)
    expect((await pending(apiUrl)).map((i) => i.idempotencyKey)).toContain(detail.idempotencyKey)

    await commands.setServerReachable(true)
    const submitted = nextEvent<Feedback>(el, 'cp-submit')
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('online'))
    const { detail: stored } = await submitted
    expect(stored.idempotencyKey).toBe(detail.idempotencyKey)
    await el.updateComplete
    expect(textOf(el)).toContain('Sent. Thank you.')
    await el.sendQueued()
    expect(await pending(apiUrl)).toEqual([])

    const rows = (await storedFeedback()).filter((f) => f.text === 'Made on the bus with no signal')
    expect(rows).toHaveLength(1)
    expect((await storedFeedback()).length).toBe(before + 1)
  })

  it('sends what an earlier visit saved when the widget next appears', async () => {
    const el = await mountFeedback({}, { kinds: 'rating' })
    await commands.setServerReachable(false)
    $<HTMLInputElement>(el, '#rating-0').click()
    const queued = nextEvent<QueuedDetail>(el, 'cp-queued')
    $(el, '#send').click()
    const { detail } = await queued
    el.remove()
    await commands.setServerReachable(true)

    const later = document.createElement('cp-feedback')
    const submitted = nextEvent<Feedback>(later, 'cp-submit')
    later.setAttribute('endpoint', apiUrl)
    later.setAttribute('initiative', seed.initiativeId)
    document.body.append(later)
    expect((await submitted).detail.idempotencyKey).toBe(detail.idempotencyKey)
    expect((await storedFeedback()).filter((f) => f.idempotencyKey === detail.idempotencyKey)).toHaveLength(1)
  })
})

describe('<cp-feedback> languages and host words', () => {
  it('speaks Welsh and Urdu (right to left), from its own lang or an ancestor’s', async () => {
    const cy = await mountFeedback({}, { lang: 'cy' })
    expect(textOf(cy)).toContain('Yn gyffredinol, sut oedd eich profiad o’n gwasanaeth?'.replace('’', "'"))
    const wrapper = document.createElement('div')
    wrapper.lang = 'ur'
    document.body.append(wrapper)
    const ur = await mount<CpFeedback>('cp-feedback', {}, { endpoint: apiUrl, initiative: seed.initiativeId }, wrapper)
    expect($(ur, '.root').getAttribute('dir')).toBe('rtl')
    expect($(ur, '.root').getAttribute('lang')).toBe('ur')
    expect(textOf(ur)).toContain('بھیجیں')
  })

  it('lets the host change any string', async () => {
    const el = await mountFeedback({ messages: { heading: 'How was today?', send: 'Send it' } })
    expect($(el, 'h2').textContent).toBe('How was today?')
    expect($(el, '#send').textContent?.trim()).toBe('Send it')
  })
})

describe('<cp-feedback> in a host form', () => {
  it('is a form control: value in FormData, invalid until answered, no send button of its own', async () => {
    const form = document.createElement('form')
    document.body.append(form)
    const el = await mount<CpFeedback>('cp-feedback', {}, { name: 'feedback', kinds: 'rating', ask: '' }, form)
    expect(el.form).toBe(form)
    expect(el.shadowRoot!.querySelector('#send')).toBeNull()
    expect(form.checkValidity()).toBe(false)
    expect(el.validationMessage).toBe('Choose how your experience was')
    $<HTMLInputElement>(el, '#rating-1').click()
    await el.updateComplete
    expect(form.checkValidity()).toBe(true)
    expect(JSON.parse(String(new FormData(form).get('feedback')))).toEqual({ kind: 'rating', rating: 'good', anonymous: false })
    form.reset()
    await el.updateComplete
    expect(form.checkValidity()).toBe(false)
  })
})

describe('<cp-feedback> and text from the server', () => {
  beforeEach(() => trapDialogs())

  const expectInert = (el: Element) => {
    assertNothingExecuted()
    expect(linksIn(el.shadowRoot!).every((a) => a.getAttribute('href')?.startsWith('#'))).toBe(true)
    expect(dangerousElementsIn(el.shadowRoot!)).toEqual([])
  }

  it('shows consent questions whose words are XSS payloads as plain text', async () => {
    const el = await mount<CpFeedback>(
      'cp-feedback',
      {},
      {
        endpoint: xssApiUrl,
        initiative: seed.initiativeId,
        ask: Array.from({ length: 10 }, (_, i) => `xss-${i + 1}`).join(' '),
      },
    )
    await waitFor(() => el.shadowRoot!.querySelectorAll('.consent-question').length === 10)
    await sleep(100)
    expect(textOf(el)).toContain('<script>window.__xss=1</script>')
    expectInert(el)
  })

  it('shows server error messages that are XSS payloads as plain text', async () => {
    for (const payload of XSS_PAYLOADS) {
      const client: CoproduceClient = {
        getConsentPurposes: async () => [],
        submitFeedback: async () => {
          throw new ClientError(422, 'validation', payload, [
            { path: ['rating'], message: payload },
            { path: ['text'], message: payload },
          ])
        },
      } as unknown as CoproduceClient
      const el = await mount<CpFeedback>('cp-feedback', { client }, { initiative: 'i-1', kinds: 'rating text' })
      $<HTMLInputElement>(el, '#rating-0').click()
      $(el, '#send').click()
      await waitFor(() => el.shadowRoot!.querySelector('.error-summary'))
      expect(textOf(el)).toContain(payload.replace(/\s+/g, ' ').trim())
      expectInert(el)
      el.remove()
    }
  })
})
