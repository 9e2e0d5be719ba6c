import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { ClientError, OfflineError, type CoproduceClient } from '../shared/client.js'
import type { PublicUpdate } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { exampleUpdate, exampleUpdates } from './fixtures.js'
import './index.js'
import { lastVisitKey } from './last-visit.js'
import type { CpUpdates } from './updates.js'

/** A client that answers `getUpdates` the way the test says; the element under test is real. */
function clientWith(getUpdates: CoproduceClient['getUpdates']): CoproduceClient {
  const unused = () => Promise.reject(new Error('not used in this test'))
  return {
    getUpdates,
    getConsentPurposes: unused,
    submitFeedback: unused,
    getConsents: unused,
    decideConsent: unused,
    getReceipt: unused,
    getReport: unused,
  }
}

async function mount(props: Partial<CpUpdates> = {}, attrs: Record<string, string> = {}): Promise<CpUpdates> {
  const el = document.createElement('cp-updates')
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  Object.assign(el, props)
  document.body.append(el)
  await el.updateComplete
  return el
}

const root = (el: CpUpdates) => el.shadowRoot!
const text = (el: CpUpdates) => root(el).textContent!.replace(/\s+/g, ' ')
const cards = (el: CpUpdates) => [...root(el).querySelectorAll('article.card')]
const active = (el: CpUpdates) => root(el).activeElement

beforeEach(() => {
  localStorage.clear()
})
afterEach(() => {
  document.body.replaceChildren()
  document.documentElement.removeAttribute('lang')
})

describe('<cp-updates> cards: you said, we did', () => {
  it('shows what people said, what was done, the status in words, and the reason when it was not possible', async () => {
    const el = await mount({
      updates: [
        exampleUpdate(0, { status: 'done', youSaid: 'The room is cold.', weDid: 'We fixed the heating.', progress: 100 }),
        exampleUpdate(1, {
          status: 'not-possible',
          youSaid: 'Open on Sundays.',
          weDid: 'We asked the council.',
          reason: 'The building is shut on Sundays.',
        }),
      ],
    })
    const [notPossible, done] = cards(el) // newest first
    expect(done!.textContent).toContain('You said')
    expect(done!.textContent).toContain('The room is cold.')
    expect(done!.textContent).toContain('We did')
    expect(done!.textContent).toContain('We fixed the heating.')
    expect(done!.querySelector('[part=status]')!.textContent).toBe('Done')
    expect(notPossible!.querySelector('[part=status]')!.textContent).toBe('Not possible')
    // The reason keeps its own capital letter after a colon: never "Not possible, because The building…".
    expect(notPossible!.querySelector('[part=reason]')!.textContent).toBe('Why it is not possible: The building is shut on Sundays.')
    // A card is named by what was said, so a screen reader moving by card or heading hears it.
    expect(done!.getAttribute('aria-labelledby')).toBeTruthy()
    expect(root(el).getElementById(done!.getAttribute('aria-labelledby')!)!.textContent).toContain('The room is cold.')
    await expectNoAxeViolations(el, 'filled')
  })

  it('shows progress as a labelled progress bar with the value in words too', async () => {
    const el = await mount({ updates: [exampleUpdate(0, { status: 'in-progress', progress: 60 })] })
    const bar = root(el).querySelector('progress')!
    expect(bar.value).toBe(60)
    expect(bar.max).toBe(100)
    const label = bar
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => root(el).getElementById(id)!.textContent)
      .join(' ')
    expect(label).toBe('How far along 60% done')
    await expect.element(page.elementLocator(el).getByRole('progressbar')).toBeVisible()
  })

  it('shows only the quotes and credits the server returned, and how much feedback it answers', async () => {
    const el = await mount({
      updates: [
        exampleUpdate(0, {
          linkedFeedbackCount: 12,
          quotes: [
            { feedbackId: 'f1', text: 'Nobody listened before.', by: 'Sam' },
            { feedbackId: 'f2', text: 'It is better now.' },
          ],
          credits: [
            { memberId: 'm1', displayName: 'Sam' },
            { memberId: 'm2', displayName: 'Ali' },
            { memberId: 'm3', displayName: 'Jo' },
          ],
        }),
        exampleUpdate(1, { linkedFeedbackCount: 1, quotes: [], credits: [] }),
      ],
    })
    const [second, first] = cards(el) // newest first
    const quotes = [...first!.querySelectorAll('[part=quote]')]
    expect(quotes.map((q) => q.querySelector('blockquote')!.textContent)).toEqual(['Nobody listened before.', 'It is better now.'])
    expect(quotes[0]!.querySelector('figcaption')!.textContent).toBe('Sam')
    expect(quotes[1]!.querySelector('figcaption')).toBeNull()
    expect(first!.querySelector('[part=credits]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('With thanks to: Sam, Ali and Jo')
    expect(first!.textContent).toContain('This answers 12 pieces of feedback.')
    expect(second!.textContent).toContain('This answers 1 piece of feedback.')
    expect(second!.querySelector('[part=quote]')).toBeNull()
    expect(second!.querySelector('[part=credits]')).toBeNull()
  })

  it('marks the member’s own contributions only when a member is set', async () => {
    const updates = [exampleUpdate(0, { yours: true, quotes: [{ feedbackId: 'f1', text: 'My words', yours: true }] }), exampleUpdate(1)]
    const anonymous = await mount({ updates })
    expect(text(anonymous)).not.toContain('You helped with this')
    expect(text(anonymous)).not.toContain('Your words')
    anonymous.remove()

    const el = await mount({ updates }, { member: 'member-1' })
    const [other, mine] = cards(el) // newest first
    expect(mine!.querySelector('[part=yours]')!.textContent).toBe('You helped with this')
    expect(mine!.querySelector('figcaption')!.textContent).toBe('Your words')
    expect(other!.querySelector('[part=yours]')).toBeNull()
  })
})

describe('<cp-updates> new since your last visit', () => {
  it('counts and marks what changed since the last visit, per initiative and member, and remembers this visit', async () => {
    localStorage.setItem(lastVisitKey('initiative-1', 'member-1'), '2026-01-01T02:30:00.000Z')
    // exampleUpdate(i) is published at 2026-01-01 i:00 UTC: updates 3 and 4 are new; update 1 changed at 05:00.
    const updates = exampleUpdates(5)
    updates[1] = { ...updates[1]!, timeline: [...updates[1]!.timeline, { at: '2026-01-01T05:00:00Z', status: 'done' }] }
    const before = Date.now()
    const el = await mount({ updates }, { initiative: 'initiative-1', member: 'member-1' })
    expect(root(el).querySelector('[part=new-count]')!.textContent).toBe('3 new since your last visit')
    const marked = cards(el).map((card) => card.querySelector('[part=new]') !== null)
    // What is new comes first, newest first (update 1 changed last), then the rest, newest first.
    expect(marked).toEqual([true, true, true, false, false])
    const said = cards(el).map((card) => card.querySelector('[part=you-said]')!.textContent)
    expect(said).toEqual([1, 4, 3, 2, 0].map((i) => updates[i]!.youSaid))
    const stored = Date.parse(localStorage.getItem(lastVisitKey('initiative-1', 'member-1'))!)
    expect(stored).toBeGreaterThanOrEqual(before)
    el.remove()

    // The next visit starts from this one: nothing is new.
    const again = await mount({ updates }, { initiative: 'initiative-1', member: 'member-1' })
    expect(root(again).querySelector('[part=new-count]')).toBeNull()
    again.remove()

    // Another member on the same device has their own last visit (none yet: nothing is marked).
    const other = await mount({ updates }, { initiative: 'initiative-1', member: 'member-2' })
    expect(root(other).querySelector('[part=new]')).toBeNull()
    expect(localStorage.getItem(lastVisitKey('initiative-1', 'member-2'))).not.toBeNull()
  })

  it('shows every update when storage refuses to be read or written; unread, nothing is marked new', async () => {
    for (const refused of ['getItem', 'setItem'] as const) {
      // Update 2 (02:00) is new since this stored visit, when the browser lets the widget read it.
      localStorage.setItem(lastVisitKey('initiative-1', 'member-1'), '2026-01-01T01:30:00.000Z')
      // As in a private window or a sandboxed frame: the browser's storage throws.
      const spy = vi.spyOn(Storage.prototype, refused).mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      })
      try {
        const el = await mount({ updates: exampleUpdates(3) }, { initiative: 'initiative-1', member: 'member-1' })
        expect(cards(el)).toHaveLength(3)
        expect(root(el).querySelectorAll('[part=new]')).toHaveLength(refused === 'getItem' ? 0 : 1)
        el.remove()
      } finally {
        spy.mockRestore()
      }
    }
  })
})

describe('<cp-updates> many updates', () => {
  it('renders 1,000 updates with only a page of cards, and "Show more" by keyboard moves focus to the first new card', async () => {
    const el = await mount({ updates: exampleUpdates(1000) }, { 'page-size': '20' })
    expect(cards(el)).toHaveLength(20)
    expect(root(el).querySelector('[part=shown]')!.textContent).toBe('Showing 20 of 1000 updates')

    root(el).querySelector<HTMLButtonElement>('[part=more]')!.focus()
    expect(active(el)?.textContent).toBe('Show more updates')
    await userEvent.keyboard('{Enter}')
    await vi.waitFor(() => expect(cards(el)).toHaveLength(40))
    expect(active(el)).toBe(cards(el)[20])
    expect(root(el).querySelector('[part=shown]')!.textContent).toBe('Showing 40 of 1000 updates')

    // Tab from the new card continues through the page to the button again; Space works as well as Enter.
    root(el).querySelector<HTMLButtonElement>('[part=more]')!.focus()
    await userEvent.keyboard(' ')
    await vi.waitFor(() => expect(cards(el)).toHaveLength(60))
    expect(active(el)).toBe(cards(el)[40])
  })

  it('filters by status with the keyboard alone, showing counts, and starts again from the first page', async () => {
    const el = await mount({ updates: exampleUpdates(100) }, { 'page-size': '10' })
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')]
    expect(radios.map((r) => root(el).querySelector(`label[for="${r.id}"]`)!.textContent!.trim())).toEqual([
      'All (100)',
      'Planned (25)',
      'In progress (25)',
      'Done (25)',
      'Not possible (25)',
    ])
    radios[0]!.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(active(el)).toBe(radios[1])
    await vi.waitFor(() => expect(cards(el).every((c) => c.getAttribute('data-status') === 'planned')).toBe(true))
    expect(cards(el)).toHaveLength(10)
    expect(root(el).querySelector('[part=shown]')!.textContent).toBe('Showing 10 of 25 updates')

    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    await vi.waitFor(() => expect(cards(el).every((c) => c.getAttribute('data-status') === 'not-possible')).toBe(true))
    await expectNoAxeViolations(el, 'filtered')
  })

  it('says so plainly when a status has no updates', async () => {
    const el = await mount({ updates: [exampleUpdate(0, { status: 'done' })] })
    root(el).querySelector<HTMLInputElement>('#filter-planned')!.click()
    await el.updateComplete
    expect(cards(el)).toHaveLength(0)
    expect(text(el)).toContain('There are no updates with this status.')
    await expectNoAxeViolations(el, 'empty filter')
  })
})

describe('<cp-updates> loading from a client', () => {
  it('says it is loading, then shows the updates and sends cp-load with them', async () => {
    let answer!: (updates: PublicUpdate[]) => void
    const getUpdates = vi.fn(() => new Promise<PublicUpdate[]>((resolve) => (answer = resolve)))
    const loaded = vi.fn()
    document.addEventListener('cp-load', loaded)
    const el = await mount({ client: clientWith(getUpdates) }, { initiative: 'initiative-7' })
    expect(getUpdates).toHaveBeenCalledWith('initiative-7')
    expect(root(el).querySelector('[part=state]')!.getAttribute('role')).toBe('status')
    expect(text(el)).toContain('Loading the updates…')
    await expectNoAxeViolations(el, 'loading')

    const updates = exampleUpdates(3)
    answer(updates)
    await vi.waitFor(() => expect(cards(el)).toHaveLength(3))
    expect(loaded).toHaveBeenCalledTimes(1)
    const event = loaded.mock.calls[0]![0] as CustomEvent
    expect(event.detail).toEqual({ updates })
    expect(event.bubbles && event.composed).toBe(true)
    document.removeEventListener('cp-load', loaded)
  })

  it('shows the empty state in plain words', async () => {
    const el = await mount({ client: clientWith(() => Promise.resolve([])) }, { initiative: 'initiative-1' })
    await vi.waitFor(() => expect(text(el)).toContain('There are no updates yet.'))
    await expectNoAxeViolations(el, 'empty')
  })

  it('on a server error says it is not the reader’s fault, sends cp-error, and "Try again" works by keyboard', async () => {
    const getUpdates = vi
      .fn<CoproduceClient['getUpdates']>()
      .mockRejectedValueOnce(new ClientError(500, 'http-500', 'Internal error'))
      .mockResolvedValueOnce(exampleUpdates(2))
    const errors = vi.fn()
    document.addEventListener('cp-error', errors)
    const el = await mount({ client: clientWith(getUpdates) }, { initiative: 'initiative-1' })
    await vi.waitFor(() => expect(text(el)).toContain('This is not your fault.'))
    expect(root(el).querySelector('[part=state]')!.getAttribute('role')).toBe('alert')
    expect((errors.mock.calls[0]![0] as CustomEvent).detail).toMatchObject({ code: 'http-500', status: 500 })
    await expectNoAxeViolations(el, 'error')

    root(el).querySelector<HTMLButtonElement>('[part=state] button')!.focus()
    await userEvent.keyboard('{Enter}')
    await vi.waitFor(() => expect(cards(el)).toHaveLength(2))
    // The button has gone: focus goes to the heading rather than being lost.
    await vi.waitFor(() => expect(active(el)?.getAttribute('part')).toBe('heading'))
    document.removeEventListener('cp-error', errors)
  })

  it('when offline says so, and loads by itself when the connection comes back', async () => {
    const getUpdates = vi
      .fn<CoproduceClient['getUpdates']>()
      .mockRejectedValueOnce(new OfflineError())
      .mockResolvedValueOnce(exampleUpdates(1))
    const errors = vi.fn()
    document.addEventListener('cp-error', errors)
    const el = await mount({ client: clientWith(getUpdates) }, { initiative: 'initiative-1' })
    await vi.waitFor(() => expect(text(el)).toContain('You seem to be offline.'))
    expect((errors.mock.calls[0]![0] as CustomEvent).detail).toMatchObject({ code: 'offline' })
    await expectNoAxeViolations(el, 'offline')
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(cards(el)).toHaveLength(1))
    document.removeEventListener('cp-error', errors)
  })
})

describe('<cp-updates> languages and theming', () => {
  it('speaks Urdu right to left, from its own lang or the page’s', async () => {
    document.documentElement.setAttribute('lang', 'ur')
    const el = await mount({ updates: exampleUpdates(4) }, { member: 'member-1' })
    const section = root(el).querySelector('[part=root]')!
    expect(section.getAttribute('dir')).toBe('rtl')
    expect(section.getAttribute('lang')).toBe('ur')
    expect(root(el).querySelector('[part=heading]')!.textContent).toContain('آپ نے کہا، ہم نے کیا')
    expect(getComputedStyle(cards(el)[0]!).direction).toBe('rtl')
    await expectNoAxeViolations(el, 'right to left')
  })

  it('speaks Welsh, and follows a change of lang', async () => {
    const el = await mount({ updates: [exampleUpdate(3, { status: 'not-possible', reason: 'mae’r adeilad ar gau.' })] }, { lang: 'cy' })
    expect(cards(el)[0]!.querySelector('[part=reason]')!.textContent).toBe('Pam nad yw’n bosibl: mae’r adeilad ar gau.')
    // The date is in Welsh too (Chromium has no Welsh date words of its own).
    expect(cards(el)[0]!.querySelector('.meta')!.textContent).toContain('Rhannwyd ar 1 Ionawr 2026')
    el.setAttribute('lang', 'en')
    await el.updateComplete
    expect(cards(el)[0]!.querySelector('[part=status]')!.textContent).toBe('Not possible')
    expect(cards(el)[0]!.querySelector('.meta')!.textContent).toContain('Shared on 1 January 2026')
  })

  it('lets the host replace any string', async () => {
    const el = await mount({
      updates: exampleUpdates(30),
      messages: { heading: 'What changed', showMore: 'More, please', youSaid: 'People told us' },
    })
    expect(root(el).querySelector('[part=heading]')!.textContent!.trim()).toBe('What changed')
    expect(root(el).querySelector('[part=more]')!.textContent).toBe('More, please')
    expect(cards(el)[0]!.textContent).toContain('People told us')
  })

  it('fits a 320px screen with text at 200%, with nothing sticking out sideways', async () => {
    await page.viewport(320, 640)
    document.documentElement.style.fontSize = '200%'
    try {
      const long = exampleUpdate(0, { youSaid: 'A'.repeat(300), credits: [{ memberId: 'm', displayName: 'B'.repeat(120) }], yours: true })
      const el = await mount({ updates: [long, ...exampleUpdates(5)] }, { member: 'member-1' })
      const section = root(el).querySelector<HTMLElement>('[part=root]')!
      const { left, right } = section.getBoundingClientRect()
      expect(right).toBeLessThanOrEqual(320)
      const outside = [...root(el).querySelectorAll('*')]
        .filter((n) => !n.closest('.visually-hidden'))
        .filter((n) => n.getBoundingClientRect().right > right + 1 || n.getBoundingClientRect().left < left - 1)
        .map((n) => `${n.localName}.${n.getAttribute('class')}`)
      expect(outside).toEqual([])
      expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth)
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
    } finally {
      document.documentElement.style.removeProperty('font-size')
      await page.viewport(1280, 720)
    }
  })
})

describe('<cp-updates> server text is only ever text', () => {
  it('runs none of the XSS payloads and makes no link, whichever text field they are in', async () => {
    trapDialogs()
    const updates = XSS_PAYLOADS.map((payload, i) =>
      exampleUpdate(i, {
        youSaid: payload,
        weDid: payload,
        status: 'not-possible',
        reason: payload,
        publishedAt: '2026-01-01T00:00:00Z',
        timeline: [{ at: '2026-01-01T00:00:00Z', status: 'not-possible', note: payload }],
        quotes: [{ feedbackId: `f${i}`, text: payload, by: payload, yours: true }],
        credits: [{ memberId: `m${i}`, displayName: payload }],
        yours: true,
      }),
    )
    const el = await mount({ updates }, { member: 'member-1', 'page-size': String(updates.length) })
    await new Promise((resolve) => setTimeout(resolve, 200))
    assertNothingExecuted()
    expect(linksIn(el.shadowRoot!)).toEqual([])
    expect(dangerousElementsIn(el.shadowRoot!)).toEqual([])
    const card = cards(el)[0]!
    expect(card.querySelector('[part=you-said]')!.textContent).toBe(XSS_PAYLOADS[0])
    expect(card.querySelector('[part=reason]')!.textContent).toBe(`Why it is not possible: ${XSS_PAYLOADS[0]}`)
    expect(card.querySelector('[part=notes] [dir=auto]')!.textContent).toBe(XSS_PAYLOADS[0])
    expect(cards(el)).toHaveLength(XSS_PAYLOADS.length)
  })
})

describe('<cp-updates> order, notes and plain words (#10)', () => {
  it('lists newest first when nothing is new', async () => {
    const el = await mount({ updates: exampleUpdates(4) })
    const said = cards(el).map((card) => card.querySelector('[part=you-said]')!.textContent)
    expect(said).toEqual([3, 2, 1, 0].map((i) => exampleUpdate(i).youSaid))
  })

  it('shows the notes of what changed on the timeline, with their dates and status', async () => {
    const update = exampleUpdate(0, {
      status: 'done',
      timeline: [
        { at: '2026-01-01T00:00:00Z', status: 'planned' },
        { at: '2026-02-03T00:00:00Z', status: 'in-progress', note: 'The heating engineer came on Monday.' },
        { at: '2026-03-04T00:00:00Z', status: 'done', note: 'It is warm by nine now.' },
      ],
    })
    const el = await mount({ updates: [update] })
    const notes = [...root(el).querySelectorAll('[part=notes] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())
    expect(notes).toEqual([
      '3 February 2026, In progress: The heating engineer came on Monday.',
      '4 March 2026, Done: It is warm by nine now.',
    ])
    expect(text(el)).toContain('What changed')
    await expectNoAxeViolations(el, 'with notes')
  })

  it('shows no notes heading when no step has a note', async () => {
    const el = await mount({ updates: [exampleUpdate(0)] })
    expect(root(el).querySelector('[part=notes]')).toBeNull()
    expect(text(el)).not.toContain('What changed')
  })

  for (const [lang, expected] of [
    ['en', 'Why it is not possible: The hall is booked every Sunday.'],
    ['cy', 'Pam nad yw’n bosibl: The hall is booked every Sunday.'],
    ['ur', 'یہ ممکن کیوں نہیں: The hall is booked every Sunday.'],
  ] as const) {
    it(`joins the reason with a colon, keeping its own capital letter (${lang})`, async () => {
      const el = await mount(
        { updates: [exampleUpdate(3, { status: 'not-possible', reason: 'The hall is booked every Sunday.' })] },
        { lang },
      )
      expect(cards(el)[0]!.querySelector('[part=reason]')!.textContent).toBe(expected)
      expect(cards(el)[0]!.querySelector('[part=reason]')!.textContent).not.toMatch(/, (because|oherwydd) [A-Z]/)
    })
  }

  it('never says "Showing 1 of 1 updates": it counts only while there are more to show', async () => {
    const one = await mount({ updates: [exampleUpdate(0)] })
    expect(root(one).querySelector('[part=shown]')!.textContent).toBe('')
    expect(text(one)).not.toMatch(/Showing \d+ of \d+/)
    one.remove()
    const three = await mount({ updates: exampleUpdates(3) }, { 'page-size': '2' })
    expect(root(three).querySelector('[part=shown]')!.textContent).toBe('Showing 2 of 3 updates')
    root(three).querySelector<HTMLButtonElement>('[part=more]')!.click()
    await vi.waitFor(() => expect(cards(three)).toHaveLength(3))
    expect(root(three).querySelector('[part=shown]')!.textContent).toBe('')
    await expectNoAxeViolations(three, 'all shown')
  })
})
