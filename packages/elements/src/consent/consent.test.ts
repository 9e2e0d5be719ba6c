import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import type { ConsentRecord, Member, MemberConsents } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, focusedIn, mount, nextEvent, textOf, waitFor } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { ClientError, type CoproduceClient } from '../shared/client.js'
import type { CpConsent } from './index.js'
import './index.js'

const apiUrl = inject('apiUrl')
const xssApiUrl = inject('xssApiUrl')
const seed = inject('seed')
const xssSeed = inject('xssSeed')

/** A new member of the seeded initiative (made by staff through the real API), acting as themself. */
async function newMember(api = apiUrl, initiativeId = seed.initiativeId): Promise<string> {
  actAs(`${seed.staffId}:staff`)
  const response = await fetch(`${api}/initiatives/${initiativeId}/members`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: 'Jo', roles: ['lived-experience'] }),
  })
  expect(response.status).toBe(201)
  const member = (await response.json()) as Member
  actAs(member.id)
  return member.id
}

async function serverConsents(memberId: string, api = apiUrl): Promise<MemberConsents> {
  const response = await fetch(`${api}/members/${memberId}/consents`, { credentials: 'include' })
  expect(response.status).toBe(200)
  return (await response.json()) as MemberConsents
}

const mountConsent = async (memberId: string, attrs: Record<string, string> = {}, props: Record<string, unknown> = {}) => {
  const el = await mount<CpConsent>('cp-consent', props, { endpoint: apiUrl, member: memberId, ...attrs })
  await waitFor(() => el.shadowRoot!.querySelector('.purpose') || el.shadowRoot!.querySelector('#retry'))
  return el
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!
const today = (lang: string) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long' }).format(new Date())

afterEach(async () => {
  document.body.replaceChildren()
  await commands.setServerReachable(true)
  await commands.emulateMedia({ media: null, forcedColors: null })
})

/** A purpose staff added for their organisation in English only: the server has no Welsh or Urdu for it. */
async function englishOnlyPurpose(): Promise<string> {
  const id = `bus-survey-${Math.random().toString(36).slice(2, 8)}`
  actAs(`${seed.staffId}:staff`)
  const response = await fetch(`${apiUrl}/organisations/mine/consent-purposes`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id,
      title: 'Can we send your answers to the bus company?',
      description: 'We send what you said about the buses (no name) to the bus company.',
      audience: 'The bus company.',
      dataCategories: ['your words'],
      retention: { description: 'They keep it for a year.' },
      thirdParties: ['the bus company'],
      version: 1,
    }),
  })
  expect(response.status, await response.clone().text()).toBe(201)
  return id
}

describe('<cp-consent> with the server’s own words in an Urdu or Welsh widget', () => {
  it('asks the server in its own language, shows the purposes in Welsh marked lang="cy", and records the Welsh words', async () => {
    const member = await newMember()
    const el = await mountConsent(member, { purposes: 'quote-anonymously', lang: 'cy' })
    const title = $(el, '.purpose h3')
    expect(title.textContent).toBe('Gawn ni rannu eich geiriau heb eich enw?')
    for (const text of [title, ...$(el, '.purpose').querySelectorAll('dd')]) expect(text.getAttribute('lang')).toBe('cy')
    const changed = nextEvent<ConsentRecord>(el, 'cp-consent-change')
    $(el, '#give-0').click()
    expect((await changed).detail.noticeText).toContain('Gawn ni rannu eich geiriau heb eich enw?')
    await expectNoAxeViolations(el, 'welsh purposes')
  })

  it('marks words the server has only in English as English, with their own direction (dir="auto"), in an Urdu widget', async () => {
    const purposeId = await englishOnlyPurpose()
    const member = await newMember()
    const el = await mountConsent(member, { lang: 'ur', purposes: `${purposeId} quote-anonymously` })
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.purpose')]
    expect(shown).toHaveLength(2)
    const english = shown.find((p) => p.querySelector('h3')!.textContent!.startsWith('Can we send'))
    const urdu = shown.find((p) => p !== english)
    const texts = [english!.querySelector('h3')!, ...english!.querySelectorAll('dd')]
    expect(texts).toHaveLength(4)
    expect(texts[0]!.textContent).toBe('Can we send your answers to the bus company?')
    for (const text of texts) {
      expect(text.getAttribute('dir'), text.textContent!).toBe('auto')
      expect(text.getAttribute('lang'), text.textContent!).toBe('en')
    }
    // English text in an Urdu widget reads left to right; the widget's own words stay right to left, in Urdu.
    expect(getComputedStyle(texts[1]!).direction).toBe('ltr')
    expect(getComputedStyle(english!.querySelector('dt')!).direction).toBe('rtl')
    expect(english!.querySelector('dt')!.closest('[lang]')!.getAttribute('lang')).toBe('ur')
    // The default purposes come in Urdu.
    expect(urdu!.querySelector('h3')!.getAttribute('lang')).toBe('ur')
    expect(urdu!.querySelector('h3')!.textContent).toMatch(/[\u0600-\u06FF]/)
    await expectNoAxeViolations(el, 'urdu with an English purpose')
  })
})

describe('<cp-consent> with the keyboard alone', () => {
  it('gives consent, takes it back in one action, and shows the history', async () => {
    const member = await newMember()
    const el = await mountConsent(member, { purposes: 'quote-anonymously credit-by-name' })
    expect(el.shadowRoot!.querySelectorAll('.purpose')).toHaveLength(2)
    expect(textOf(el)).toContain('Can we share your words without your name?')
    expect(textOf(el)).toContain('Who sees it')
    expect(textOf(el)).toContain('How long we keep it')
    expect($(el, '#current-0').textContent).toBe('You have not said yet.')

    await userEvent.tab()
    expect(focusedIn(el)?.id).toBe('give-0')
    const given = nextEvent<ConsentRecord>(el, 'cp-consent-change')
    await userEvent.keyboard('{Enter}')
    const { detail: record } = await given
    expect(record).toMatchObject({ subject: member, purposeId: 'quote-anonymously', status: 'given', method: 'widget' })
    expect(record.noticeText).toContain('Can we share your words without your name?')
    await el.updateComplete
    expect($(el, '[role="status"][aria-live]').textContent).toBe('Saved. You said yes to: Can we share your words without your name?')
    expect($(el, '#current-0').textContent).toBe('You said yes.')
    expect($(el, '#give-0').getAttribute('aria-pressed')).toBe('true')

    await userEvent.tab()
    expect(focusedIn(el)?.id).toBe('withdraw-0')
    const withdrawn = nextEvent<ConsentRecord>(el, 'cp-consent-change')
    await userEvent.keyboard('{Enter}')
    expect((await withdrawn).detail.status).toBe('withdrawn')
    await el.updateComplete
    expect($(el, '#current-0').textContent).toBe('You took back your yes.')
    const history = [...el.shadowRoot!.querySelectorAll('.history li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())
    expect(history).toEqual([`You said yes on ${today('en')}.`, `You took it back on ${today('en')}.`])

    const onServer = await serverConsents(member)
    expect(onServer.current.find((c) => c.purposeId === 'quote-anonymously')?.status).toBe('withdrawn')
    expect(onServer.history.filter((r) => r.purposeId === 'quote-anonymously').map((r) => r.status)).toEqual(['given', 'withdrawn'])
  })
})

describe('<cp-consent> choices', () => {
  it('gives yes and no equal weight: same size and same look', async () => {
    const el = await mountConsent(await newMember(), { purposes: 'quote-with-name' })
    const yes = $(el, '#give-0')
    const no = $(el, '#refuse-0')
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b)
      return [s.fontSize, s.fontWeight, s.backgroundColor, s.color, s.borderTopWidth, s.borderTopColor, s.paddingTop, s.minHeight]
    }
    expect(look(yes)).toEqual(look(no))
    expect(Math.abs(yes.getBoundingClientRect().width - no.getBoundingClientRect().width)).toBeLessThan(1)
    expect(Math.abs(yes.getBoundingClientRect().height - no.getBoundingClientRect().height)).toBeLessThan(1)
    expect(yes.getBoundingClientRect().height).toBeGreaterThanOrEqual(24)
  })

  it('says an answer was not saved when the server cannot be reached, and records nothing', async () => {
    const member = await newMember()
    const el = await mountConsent(member, { purposes: 'credit-by-name' })
    await commands.setServerReachable(false)
    const failed = nextEvent<{ code: string }>(el, 'cp-error')
    $(el, '#refuse-0').click()
    expect((await failed).detail.code).toBe('offline')
    await waitFor(() => focusedIn(el)?.classList.contains('error-summary'))
    expect(textOf(el)).toContain('You are offline, so your answer was not saved.')
    await commands.setServerReachable(true)
    expect((await serverConsents(member)).history).toEqual([])
  })

  it('tells a person who is not the member that they can only change their own choices', async () => {
    await newMember()
    const el = await mountConsent(seed.otherMemberId)
    expect(textOf(el)).toContain('You can only see and change your own choices.')
  })
})

describe('<cp-consent> receipt', () => {
  it('downloads the receipt as a text file', async () => {
    const member = await newMember()
    const el = await mountConsent(member, { purposes: 'quote-anonymously' })
    const given = nextEvent(el, 'cp-consent-change')
    $(el, '#give-0').click()
    await given
    const clicked = new Promise<HTMLAnchorElement>((resolve) =>
      el.shadowRoot!.addEventListener('click', (e) => {
        const a = e.target as HTMLElement
        if (a instanceof HTMLAnchorElement) {
          e.preventDefault()
          resolve(a)
        }
      }),
    )
    $(el, '#download').click()
    const link = await clicked
    expect(link.download).toBe('my-choices.txt')
    expect(link.href).toMatch(/^blob:/)
    const text = await (await fetch(link.href)).text()
    expect(text).toContain('Can we share your words without your name?')
    expect(el.shadowRoot!.querySelector('a')).toBeNull()
  })

  it('prints the receipt with a print style sheet that hides the buttons', async () => {
    const member = await newMember()
    const el = await mountConsent(member, { purposes: 'quote-anonymously' })
    let printed = 0
    const realPrint = window.print
    window.print = () => {
      printed += 1
    }
    try {
      $(el, '#print').click()
      await waitFor(() => printed === 1)
    } finally {
      window.print = realPrint
    }
    expect($(el, '.receipt-text').textContent?.length).toBeGreaterThan(0)
    await commands.emulateMedia({ media: 'print' })
    expect(getComputedStyle($(el, '.receipt-text')).display).toBe('block')
    expect(getComputedStyle($(el, '#print').parentElement!).display).toBe('none')
    expect(getComputedStyle($(el, '.purposes')).display).toBe('none')
  })
})

describe('<cp-consent> accessibility (axe, WCAG 2.2 AA)', () => {
  it('has no violations when loading, ready, after a change, with an error, right to left and in forced colours', async () => {
    const member = await newMember()
    const loading = await mount<CpConsent>('cp-consent', {}, { endpoint: apiUrl, member })
    await expectNoAxeViolations(loading, 'loading')
    await waitFor(() => loading.shadowRoot!.querySelector('.purpose'))
    await expectNoAxeViolations(loading, 'ready')
    const changed = nextEvent(loading, 'cp-consent-change')
    $(loading, '#give-0').click()
    await changed
    await loading.updateComplete
    await expectNoAxeViolations(loading, 'after a change')

    await commands.setServerReachable(false)
    $(loading, '#refuse-1').click()
    await waitFor(() => loading.shadowRoot!.querySelector('.error-summary'))
    await expectNoAxeViolations(loading, 'error')
    await commands.setServerReachable(true)

    const failed = await mountConsent(seed.otherMemberId)
    await expectNoAxeViolations(failed, 'could not load')

    const rtl = await mountConsent(member, { lang: 'ur' })
    expect($(rtl, '.root').getAttribute('dir')).toBe('rtl')
    await expectNoAxeViolations(rtl, 'right to left')

    await commands.emulateMedia({ forcedColors: 'active' })
    await expectNoAxeViolations(rtl, 'forced colours')
    expect(getComputedStyle($(rtl, '#give-0')).borderTopStyle).toBe('solid')
  })
})

describe('<cp-consent> languages and host words', () => {
  it('writes the history in Welsh, with Welsh dates', async () => {
    const member = await newMember()
    const el = await mountConsent(member, { purposes: 'credit-by-name', lang: 'cy' })
    expect(textOf(el)).toContain('Eich dewisiadau')
    const changed = nextEvent(el, 'cp-consent-change')
    $(el, '#refuse-0').click()
    await changed
    await el.updateComplete
    const months = [
      'Ionawr',
      'Chwefror',
      'Mawrth',
      'Ebrill',
      'Mai',
      'Mehefin',
      'Gorffennaf',
      'Awst',
      'Medi',
      'Hydref',
      'Tachwedd',
      'Rhagfyr',
    ]
    const now = new Date()
    expect($(el, '.history li').textContent?.trim()).toBe(
      `Dywedoch chi na ar ${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()}.`,
    )
  })

  it('lets the host change any string', async () => {
    const el = await mountConsent(await newMember(), { purposes: 'credit-by-name' }, { messages: { yes: 'Yes please', no: 'No thanks' } })
    expect($(el, '#give-0').textContent).toBe('Yes please')
    expect($(el, '#refuse-0').textContent).toBe('No thanks')
  })
})

describe('<cp-consent> in a host form', () => {
  it('is invalid until every purpose shown has an answer, and its value is the decisions', async () => {
    const member = await newMember()
    const form = document.createElement('form')
    document.body.append(form)
    const el = await mount<CpConsent>(
      'cp-consent',
      {},
      { endpoint: apiUrl, member, name: 'choices', required: '', purposes: 'credit-by-name' },
      form,
    )
    await waitFor(() => el.shadowRoot!.querySelector('.purpose'))
    await el.updateComplete
    expect(form.checkValidity()).toBe(false)
    expect(el.validationMessage).toBe('Answer yes or no')
    const changed = nextEvent(el, 'cp-consent-change')
    $(el, '#refuse-0').click()
    await changed
    await el.updateComplete
    expect(form.checkValidity()).toBe(true)
    expect(JSON.parse(String(new FormData(form).get('choices')))).toEqual({ 'credit-by-name': 'refused' })
  })
})

describe('<cp-consent> and text from the server', () => {
  beforeEach(() => trapDialogs())

  it('shows purposes and a receipt whose words are XSS payloads as plain text', async () => {
    actAs(`${xssSeed.staffId}:staff`)
    const response = await fetch(`${xssApiUrl}/initiatives/${xssSeed.initiativeId}/members`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: '<img src=x onerror="window.__xss=99">', roles: ['lived-experience'] }),
    })
    const member = ((await response.json()) as Member).id
    actAs(member)
    const el = await mount<CpConsent>('cp-consent', {}, { endpoint: xssApiUrl, member })
    await waitFor(() => el.shadowRoot!.querySelectorAll('.purpose').length >= 10)
    for (let i = 0; i < 3; i++) {
      const changed = nextEvent(el, 'cp-consent-change')
      $(el, `#give-${el.shadowRoot!.querySelectorAll('.purpose').length - 1 - i}`).click()
      await changed
    }
    window.print = () => undefined
    $(el, '#print').click()
    await waitFor(() => el.shadowRoot!.querySelector('.receipt-text')?.textContent) // there once a receipt was fetched
    for (const payload of XSS_PAYLOADS) expect(textOf(el)).toContain(payload.replace(/\s+/g, ' ').trim())
    expect($(el, '.receipt-text').textContent).toContain('<svg onload="window.__xss=7"></svg>')
    assertNothingExecuted()
    expect(linksIn(el.shadowRoot!).every((a) => a.getAttribute('href')?.startsWith('#'))).toBe(true)
    expect(dangerousElementsIn(el.shadowRoot!)).toEqual([])
  })

  it('shows server error details that are XSS payloads as plain text', async () => {
    for (const payload of XSS_PAYLOADS.slice(0, 12)) {
      const client = {
        getConsents: async () => ({
          purposes: [
            {
              id: 'p',
              title: 'T',
              description: 'D',
              audience: 'A',
              dataCategories: [],
              retention: { description: 'R' },
              thirdParties: [],
              version: 1,
            },
          ],
          current: [],
          history: [],
        }),
        decideConsent: async () => {
          throw new ClientError(422, 'validation', payload, [{ path: ['purposeId'], message: payload }])
        },
      } as unknown as CoproduceClient
      const el = await mount<CpConsent>('cp-consent', { client }, { member: 'm-1' })
      await waitFor(() => el.shadowRoot!.querySelector('.purpose'))
      $(el, '#give-0').click()
      await waitFor(() => el.shadowRoot!.querySelector('.error-summary'))
      expect($(el, '.error-summary').textContent).toContain(payload.replace(/\s+/g, ' ').trim())
      assertNothingExecuted()
      expect(linksIn(el.shadowRoot!).every((a) => a.getAttribute('href')?.startsWith('#'))).toBe(true)
      expect(dangerousElementsIn(el.shadowRoot!)).toEqual([])
      el.remove()
    }
  })
})
