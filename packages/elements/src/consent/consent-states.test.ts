import { afterEach, describe, expect, inject, it } from 'vitest'
import { ClientError, createHttpClient, type CoproduceClient } from '../shared/client.js'
import type { ConsentPurpose, ConsentRecord, Member, MemberConsents } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, mount, nextEvent, textOf, waitFor } from '../test-support/dom.js'
import type { CpConsent } from './index.js'
import './index.js'

/**
 * The screens of `<cp-consent>` beyond yes and no: signed out, removed at the person's request, asked again when a
 * purpose's words changed, staff writing down a choice given on paper or by phone, and a receipt the person can
 * read. Each is checked with axe.
 */
const apiUrl = inject('apiUrl')
const seed = inject('seed')

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!
const longDate = (iso: string, locale = 'en-GB') => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso))
const WELSH_MONTHS = [
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
const welshDate = (d: Date) => `${d.getDate()} ${WELSH_MONTHS[d.getMonth()]} ${d.getFullYear()}`

async function newMember(displayName = 'Jo'): Promise<string> {
  actAs(`${seed.staffId}:staff`)
  const response = await fetch(`${apiUrl}/initiatives/${seed.initiativeId}/members`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName, roles: ['lived-experience'] }),
  })
  expect(response.status).toBe(201)
  const member = (await response.json()) as Member
  actAs(member.id)
  return member.id
}

const settled = async (el: CpConsent) => {
  await waitFor(() => el.shadowRoot!.querySelector('.purpose, #retry, [data-state]'))
  await el.updateComplete
  return el
}

/** Any button a person could press to make or change a choice. */
const choiceButtons = (el: Element) => el.shadowRoot!.querySelectorAll('[part=give], [part=refuse], [part=withdraw], #print, #download')

afterEach(() => {
  document.body.replaceChildren()
})

describe('<cp-consent> when nobody is signed in (401)', () => {
  it('asks the person to sign in, with no "only your own choices" and no "Try again"', async () => {
    const member = await newMember()
    actAs('')
    const el = await settled(await mount<CpConsent>('cp-consent', {}, { endpoint: apiUrl, member }))
    expect(textOf(el)).toContain('Please sign in to see and change your choices.')
    expect(textOf(el)).not.toContain('You can only see and change your own choices')
    expect(el.shadowRoot!.querySelector('#retry')).toBeNull()
    expect(choiceButtons(el)).toHaveLength(0)
    await expectNoAxeViolations(el, 'signed out')
  })
})

describe('<cp-consent> after the person asked to be removed (410 erased)', () => {
  const erasedAt = '2026-03-05T10:00:00.000Z'
  const erasedClient = () =>
    ({
      getConsents: async () => {
        throw new ClientError(410, 'erased', 'This person was removed at their request', [], { code: 'erased', erasedAt })
      },
    }) as unknown as CoproduceClient

  for (const [lang, expected] of [
    ['en', `Your details were removed on ${longDate(erasedAt)}.`],
    ['cy', `Cafodd eich manylion eu dileu ar ${welshDate(new Date(erasedAt))}.`],
    ['ur', `آپ کی تفصیلات ${longDate(erasedAt, 'ur')} کو ہٹا دی گئیں۔`],
  ] as const) {
    it(`says when their details were removed, in words, with no choices and no buttons (${lang})`, async () => {
      const el = await settled(await mount<CpConsent>('cp-consent', { client: erasedClient() }, { member: 'member-gone', lang }))
      expect($(el, '[data-state=erased]').textContent!.replace(/\s+/g, ' ')).toContain(expected)
      expect(el.shadowRoot!.querySelector('.purpose')).toBeNull()
      expect(el.shadowRoot!.querySelectorAll('button')).toHaveLength(0)
      await expectNoAxeViolations(el, `erased (${lang})`)
    })
  }

  it('shows the removed screen when the removal happens while the page is open', async () => {
    const real = createHttpClient({ endpoint: apiUrl })
    const member = await newMember()
    const client = {
      ...real,
      decideConsent: async () => {
        throw new ClientError(410, 'erased', 'This person was removed at their request', [], { code: 'erased', erasedAt })
      },
    } as CoproduceClient
    const el = await settled(await mount<CpConsent>('cp-consent', { client }, { member, purposes: 'credit-by-name' }))
    $(el, '#give-0').click()
    await waitFor(() => el.shadowRoot!.querySelector('[data-state=erased]'))
    expect(el.shadowRoot!.querySelectorAll('button')).toHaveLength(0)
  })
})

describe('<cp-consent> when a purpose’s words changed (expired)', () => {
  it('asks again, saying plainly what changed, and records the new answer', async () => {
    const real = createHttpClient({ endpoint: apiUrl })
    const member = await newMember()
    const decided: unknown[] = []
    // Until the server sends `expired` with a `changeNote` (the consent-core change), the read is the real one
    // with the changed purpose laid over it; recording goes to the real server.
    const client = {
      ...real,
      getConsents: async (id: string): Promise<MemberConsents> => {
        const data = await real.getConsents(id)
        const purposes = data.purposes.map((p) =>
          p.id === 'credit-by-name'
            ? ({ ...p, version: 2, changeNote: 'Your name may now also be printed in our yearly report.' } as ConsentPurpose)
            : p,
        )
        const current = [
          ...data.current.filter((c) => c.purposeId !== 'credit-by-name'),
          { purposeId: 'credit-by-name', status: 'expired' as const },
        ]
        return { ...data, purposes, current }
      },
      decideConsent: async (id: string, request: Parameters<CoproduceClient['decideConsent']>[1]) => {
        decided.push(request)
        return real.decideConsent(id, request)
      },
    } as CoproduceClient
    const el = await settled(await mount<CpConsent>('cp-consent', { client }, { member, purposes: 'credit-by-name quote-anonymously' }))
    const credit = (await real.getConsentPurposes()).find((p) => p.id === 'credit-by-name')!
    const items = [...el.shadowRoot!.querySelectorAll('.purpose')]
    const at = items.findIndex((li) => li.querySelector('h3')!.textContent === credit.title)
    const [changed, unchanged] = [items[at], items[1 - at]]
    expect(changed!.textContent!.replace(/\s+/g, ' ')).toContain('We changed what this means, so we are asking you again.')
    expect(changed!.textContent).toContain('What changed: Your name may now also be printed in our yearly report.')
    expect(changed!.textContent).not.toContain('Your yes has run out.')
    expect(unchanged!.textContent).not.toContain('We changed what this means')
    expect($(el, `#give-${at}`).getAttribute('aria-pressed')).toBe('false')
    await expectNoAxeViolations(el, 'asked again')
    const recorded = nextEvent<ConsentRecord>(el, 'cp-consent-change')
    $(el, `#give-${at}`).click()
    expect((await recorded).detail).toMatchObject({ purposeId: 'credit-by-name', status: 'given', subject: member })
    expect(decided).toHaveLength(1)
  })
})

describe('<cp-consent mode="staff">', () => {
  it('writes down a choice given by phone, with the words read out, recorded as such by the member of staff', async () => {
    const member = await newMember('Amira Hussain')
    actAs(`${seed.staffId}:staff`)
    const el = await settled(
      await mount<CpConsent>('cp-consent', {}, { endpoint: apiUrl, member, mode: 'staff', purposes: 'credit-by-name' }),
    )
    expect(textOf(el)).toContain('Write down a choice given on paper or by phone')
    const words = $<HTMLTextAreaElement>(el, '#words-0')
    // Prefilled with the purpose's own words, as the person would see them in the widget.
    const purposes = (await (await fetch(`${apiUrl}/consent-purposes`)).json()) as ConsentPurpose[]
    const p = purposes.find((x) => x.id === 'credit-by-name')!
    expect(words.value).toBe([p.title, p.description, p.audience, p.retention.description].join('\n'))
    expect($<HTMLInputElement>(el, '#method-paper').checked).toBe(true)
    await expectNoAxeViolations(el, 'staff mode')

    $<HTMLInputElement>(el, '#method-verbal').click()
    words.value = `${words.value}\nRead out on the phone on Tuesday.`
    const recorded = nextEvent<ConsentRecord>(el, 'cp-consent-change')
    $(el, '#give-0').click()
    const { detail } = await recorded
    expect(detail).toMatchObject({
      subject: member,
      purposeId: 'credit-by-name',
      status: 'given',
      method: 'verbal',
      recordedBy: seed.staffId,
    })
    expect(detail.noticeText).toBe(words.value.trim())

    const onServer = (await (await fetch(`${apiUrl}/members/${member}/consents`, { credentials: 'include' })).json()) as MemberConsents
    expect(onServer.history.find((r) => r.id === detail.id)).toMatchObject({ method: 'verbal', noticeText: words.value.trim() })
    await el.updateComplete
    expect(textOf(el)).toContain('(A member of staff wrote this down for you.)')
    await expectNoAxeViolations(el, 'staff mode, after recording')
  })

  it('records a paper answer by default', async () => {
    const member = await newMember()
    actAs(`${seed.staffId}:staff`)
    const el = await settled(
      await mount<CpConsent>('cp-consent', {}, { endpoint: apiUrl, member, mode: 'staff', purposes: 'credit-by-name' }),
    )
    const recorded = nextEvent<ConsentRecord>(el, 'cp-consent-change')
    $(el, '#refuse-0').click()
    expect((await recorded).detail).toMatchObject({ status: 'refused', method: 'paper' })
  })

  it('records a person’s own answer as given in the widget when not in staff mode', async () => {
    const member = await newMember()
    const el = await settled(await mount<CpConsent>('cp-consent', {}, { endpoint: apiUrl, member, purposes: 'credit-by-name' }))
    expect(el.shadowRoot!.querySelector('#words-0')).toBeNull()
    const recorded = nextEvent<ConsentRecord>(el, 'cp-consent-change')
    $(el, '#give-0').click()
    expect((await recorded).detail).toMatchObject({ method: 'widget', recordedBy: member })
  })
})

describe('<cp-consent> receipt written for the person', () => {
  async function downloaded(el: CpConsent): Promise<string> {
    const clicked = new Promise<HTMLAnchorElement>((resolve) =>
      el.shadowRoot!.addEventListener('click', (e) => {
        if (e.target instanceof HTMLAnchorElement) {
          e.preventDefault()
          resolve(e.target)
        }
      }),
    )
    $(el, '#download').click()
    return (await fetch((await clicked).href)).text()
  }

  for (const [lang, today, you, now, yes] of [
    ['en', longDate(new Date().toISOString()), 'you', 'Now: You said yes.', 'You said yes on'],
    ['cy', welshDate(new Date()), 'chi', 'Nawr: Dywedoch chi ie.', 'Dywedoch chi ie ar'],
    ['ur', longDate(new Date().toISOString(), 'ur'), 'آپ', 'اب: آپ نے ہاں کہا۔', 'کو ہاں کہا۔'],
  ] as const) {
    it(`says who it is for, with dates in words and each choice in plain words (${lang})`, async () => {
      const member = await newMember()
      const el = await settled(
        await mount<CpConsent>('cp-consent', {}, { endpoint: apiUrl, member, purposes: 'quote-anonymously credit-by-name', lang }),
      )
      const given = nextEvent(el, 'cp-consent-change')
      $(el, '#give-0').click()
      await given
      const text = await downloaded(el)
      expect(text).toContain(you)
      expect(text).toContain(today)
      expect(text).toContain(now)
      expect(text).toContain(yes)
      // Not for a machine: no ids, no timestamps, no status codes.
      expect(text).not.toContain(member)
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
      expect(text).not.toMatch(/\b(given|refused|widget)\b/)
      expect($(el, '.receipt-text').textContent).toBe(text)
      await expectNoAxeViolations(el, `receipt (${lang})`)
    })
  }

  it('uses the person’s name when the server gives it', async () => {
    const real = createHttpClient({ endpoint: apiUrl })
    const member = await newMember()
    const client = {
      ...real,
      getReceipt: async (id: string) => ({ ...(await real.getReceipt(id)), displayName: 'Amira Hussain' }),
    } as CoproduceClient
    const el = await settled(await mount<CpConsent>('cp-consent', { client }, { member, purposes: 'quote-anonymously' }))
    expect(await downloaded(el)).toContain('A record of the choices of Amira Hussain, made on')
  })
})
