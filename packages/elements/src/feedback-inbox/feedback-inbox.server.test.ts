import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { CpAnswerDetail } from '../shared/events.js'
import type { InboxPage } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent, textOf, waitFor } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { apiUrl, call, decide, freshInitiative, staff } from '../test-support/api-calls.js'
import type { CpFeedbackInbox } from './feedback-inbox.js'
import './index.js'

/*
 * <cp-feedback-inbox> end to end: the real `@coproduce/server` routes over the real core service, in real Chromium.
 * Members and a stranger give feedback; staff read it in the widget. Nothing stands in for the API.
 */
let ids: Awaited<ReturnType<typeof freshInitiative>>
let keys = 0
const give = (actor: string, body: Record<string, unknown>) =>
  call<{ id: string }>(actor, 'POST', `/initiatives/${ids.initiative}/feedback`, body, {
    'idempotency-key': `inbox-${Date.now()}-${keys++}`,
  })

beforeAll(async () => {
  ids = await freshInitiative('The inbox for the day centre')
  await give(ids.sam, { kind: 'idea', text: 'Open the doors at nine, not ten.' })
  await decide(ids.sam, 'quote-with-name', 'give')
  await give('', { kind: 'rating', rating: 'poor', text: 'Nobody told me the time changed.' })
  await give(ids.ali, { kind: 'story', text: 'The bus gets in at half past nine.' })
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

async function inbox(attrs: Record<string, string> = {}): Promise<CpFeedbackInbox> {
  actAs(staff)
  const el = document.createElement('cp-feedback-inbox')
  const loaded = nextEvent<InboxPage>(el, 'cp-load')
  for (const [name, value] of Object.entries({ endpoint: apiUrl, initiative: ids.initiative, ...attrs })) el.setAttribute(name, value)
  document.body.append(el)
  await loaded
  await el.updateComplete
  return el
}
const root = (el: CpFeedbackInbox) => el.shadowRoot!
const items = (el: CpFeedbackInbox) => [...root(el).querySelectorAll('[part=item]')]

describe('<cp-feedback-inbox> with the real server', () => {
  it('shows what people said, newest first, with counts, names only for named feedback, and who agreed to be quoted', async () => {
    const el = await inbox()
    const texts = items(el).map((li) => li.querySelector('blockquote')?.textContent)
    expect(texts).toEqual(['The bus gets in at half past nine.', 'Nobody told me the time changed.', 'Open the doors at nine, not ten.'])
    expect(textOf(el)).toContain('3 in all, 3 not answered yet')
    const [ali, stranger, sam] = items(el).map((li) => (li.textContent ?? '').replace(/\s+/g, ' '))
    expect(sam).toContain('From Sam')
    expect(sam).toContain('Agreed to be quoted with their name')
    expect(ali).toContain('Has not agreed to be quoted')
    expect(stranger).toContain('Without a name')
    expect(stranger).not.toMatch(/From /)
    await expectNoAxeViolations(el, 'inbox (real server)')
  })

  it('filters by not answered, kind, rating and named or anonymous, with every control reachable by keyboard', async () => {
    const el = await inbox()
    const select = (id: string, value: string) => {
      const box = root(el).querySelector<HTMLSelectElement>(`#${id}`)!
      box.value = value
      box.dispatchEvent(new Event('change'))
    }
    let loaded = nextEvent(el, 'cp-load')
    select('f-who', 'anonymous')
    await loaded
    await el.updateComplete
    expect(items(el)).toHaveLength(1)
    expect(textOf(el)).not.toContain('Sam')
    loaded = nextEvent(el, 'cp-load')
    select('f-rating', 'good')
    await loaded
    await el.updateComplete
    expect(textOf(el)).toContain('Nothing matches these filters.')
    for (const control of root(el).querySelectorAll('select, input, button'))
      expect((control as HTMLElement).tabIndex).toBeGreaterThanOrEqual(0)
  })

  it('pages through with "Show more": every item once, even when feedback arrives between pages', async () => {
    const own = await freshInitiative('Many voices')
    for (let i = 0; i < 7; i++)
      await call(
        own.sam,
        'POST',
        `/initiatives/${own.initiative}/feedback`,
        { kind: 'idea', text: `Idea number ${i}` },
        { 'idempotency-key': `page-${Date.now()}-${i}` },
      )
    const el = await inbox({ initiative: own.initiative, 'page-size': '3' })
    expect(items(el)).toHaveLength(3)
    await call(
      own.ali,
      'POST',
      `/initiatives/${own.initiative}/feedback`,
      { kind: 'idea', text: 'Arrived meanwhile' },
      { 'idempotency-key': `page-${Date.now()}-late` },
    )
    actAs(staff)
    for (let pages = 0; pages < 2; pages++) {
      const loaded = nextEvent(el, 'cp-load')
      root(el).querySelector<HTMLButtonElement>('[part=more]')!.click()
      await loaded
      await el.updateComplete
    }
    const seen = items(el).map((li) => li.querySelector('blockquote')!.textContent)
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `Idea number ${i}`))
    expect(root(el).querySelector('[part=more]')).toBeNull()
  })

  it('"Answer with an update" sends cp-answer with the feedback, then shows "answered by" once an update links it', async () => {
    const el = await inbox({ 'update-href': '/updates#{id}' })
    const answered = nextEvent<CpAnswerDetail>(el, 'cp-answer')
    const button = items(el)[2]!.querySelector<HTMLButtonElement>('[part=answer]')!
    button.focus()
    button.click()
    const detail = (await answered).detail
    expect(detail.feedback.map((f) => f.text)).toEqual(['Open the doors at nine, not ten.'])
    const update = await call<{ id: string }>(staff, 'POST', `/initiatives/${ids.initiative}/updates`, {
      youSaid: 'Opening is too late',
      weDid: 'From May the doors open at nine',
      linkedFeedback: [detail.feedback[0]!.id],
    })
    const again = await inbox({ 'update-href': '/updates#{id}' })
    const link = items(again)[2]!.querySelector('a')!
    expect(link.textContent).toBe('Answered by: From May the doors open at nine')
    expect(link.getAttribute('href')).toBe(`/updates#${update.id}`)
    expect(textOf(again)).toContain('3 in all, 2 not answered yet')
  })

  it('keeps every word people sent as text: no script runs and no link appears', async () => {
    const own = await freshInitiative('XSS inbox')
    trapDialogs()
    for (const [i, text] of XSS_PAYLOADS.entries())
      await call(
        i % 2 ? own.sam : '',
        'POST',
        `/initiatives/${own.initiative}/feedback`,
        { kind: 'story', text },
        { 'idempotency-key': `xss-${Date.now()}-${i}` },
      )
    const el = await inbox({ initiative: own.initiative, 'page-size': '100' })
    await waitFor(() => items(el).length === XSS_PAYLOADS.length || undefined)
    expect(dangerousElementsIn(root(el))).toEqual([])
    expect(linksIn(root(el))).toEqual([])
    assertNothingExecuted()
  })

  it('fits in 320 px without scrolling sideways, and shows Welsh and Urdu (right to left)', async () => {
    const el = await inbox()
    el.style.width = '320px'
    await el.updateComplete
    expect(root(el).querySelector('.root')!.scrollWidth).toBeLessThanOrEqual(320)
    el.setAttribute('lang', 'ur')
    await waitFor(() => root(el).querySelector('[dir=rtl]'))
    expect(textOf(el)).toContain('لوگوں نے ہمیں کیا بتایا')
    await expectNoAxeViolations(el, 'inbox in Urdu')
    el.setAttribute('lang', 'cy')
    await waitFor(() => textOf(el).includes('Beth ddywedodd pobl wrthym') || undefined)
  })
})
