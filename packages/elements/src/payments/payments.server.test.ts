import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Payment } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent, outsideBox, waitFor } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { apiUrl, call, freshInitiative, staff } from '../test-support/api-calls.js'
import type { CpPayments } from './payments.js'
import './index.js'

/* <cp-payments> end to end: staff record payments against the real server, checked against the living wage. */
let ids: Awaited<ReturnType<typeof freshInitiative>>

beforeAll(async () => {
  ids = await freshInitiative('Paying people for their time')
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

async function open(initiative = ids.initiative, parent: HTMLElement = document.body, lang?: string): Promise<CpPayments> {
  actAs(staff)
  const el = document.createElement('cp-payments')
  if (lang) el.setAttribute('lang', lang)
  const loaded = nextEvent<Payment[]>(el, 'cp-load')
  el.setAttribute('endpoint', apiUrl)
  el.setAttribute('initiative', initiative)
  el.setAttribute('living-wage', '13.45')
  parent.append(el)
  await loaded
  await el.updateComplete
  return el
}

const $ = <T extends Element = HTMLElement>(el: CpPayments, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!
async function type(el: CpPayments, id: string, value: string) {
  const field = $<HTMLInputElement>(el, `#${id}`)
  field.value = value
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'))
  await el.updateComplete
}
async function tick(el: CpPayments, id: string) {
  $<HTMLInputElement>(el, `#${id}`).click()
  await el.updateComplete
}
const text = (el: CpPayments, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim())
const stored = () => call<Payment[]>(staff, 'GET', `/initiatives/${ids.initiative}/payments`)

describe('<cp-payments> with the real server', () => {
  it('hours of −1 with the amount left empty says what is wrong with the hours; every problem shows at once; nothing is stored', async () => {
    const el = await open()
    await type(el, 'hours', '-1')
    await tick(el, 'method-voucher')
    $<HTMLButtonElement>(el, '#save').click()
    await el.updateComplete
    expect(text(el, '[part=error-summary] li')).toEqual([
      'Choose who you are paying',
      'Enter the hours as a number more than 0, for example 3',
      'Say why a voucher is used instead of cash',
    ])
    expect(el.shadowRoot!.textContent).not.toContain('Enter the amount')
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'))
    expect($(el, '#hours').getAttribute('aria-describedby')).toBe('hours-error')
    await expectNoAxeViolations(el, 'errors')
    expect(await stored()).toEqual([])
  })

  it('checks hours × rate against the living wage as staff type, and refuses less', async () => {
    const el = await open()
    await type(el, 'member', ids.sam)
    await type(el, 'hours', '2')
    expect(text(el, '[part=wage]')).toEqual(['2 hours at £13.45 an hour is £26.90.'])
    await type(el, 'amount', '20')
    expect(text(el, '[part=wage]')).toEqual(['This is less than the living wage. For 2 hours, pay at least £26.90.'])
    $<HTMLButtonElement>(el, '#save').click()
    await el.updateComplete
    expect(text(el, '[part=error-summary] li')).toEqual(['This is less than the living wage. For 2 hours, pay at least £26.90.'])
    expect(await stored()).toEqual([])
    expect(text(el, '[part=benefits]')[0]).toContain('Offer benefits advice')
  })

  it('records cash at the living wage when no amount is typed, and a voucher with its reason; totals per person; CSV for finance', async () => {
    const el = await open()
    await type(el, 'member', ids.sam)
    await type(el, 'hours', '2')
    let saved = nextEvent<Payment>(el, 'cp-submit')
    $<HTMLButtonElement>(el, '#save').click()
    expect((await saved).detail).toMatchObject({ memberId: ids.sam, hours: 2, amount: 26.9, method: 'cash', currency: 'GBP' })
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Payment recorded: £26.90 to Sam.')
    await type(el, 'member', ids.ali)
    await type(el, 'hours', '3')
    await type(el, 'amount', '45')
    await tick(el, 'method-voucher')
    await type(el, 'reason', 'Cash would affect Ali’s benefits')
    saved = nextEvent<Payment>(el, 'cp-submit')
    $<HTMLButtonElement>(el, '#save').click()
    expect((await saved).detail).toMatchObject({
      memberId: ids.ali,
      amount: 45,
      method: 'voucher',
      voucherReason: 'Cash would affect Ali’s benefits',
    })
    await el.updateComplete
    expect(text(el, '[part=totals] tbody tr')).toEqual(['Sam1£26.90', 'Ali1£45.00'])
    expect(await stored()).toHaveLength(2)
    const csv = el.csv().split('\r\n')
    expect(csv[0]).toBe('Paid on,Member,Session,Hours,Amount,Currency,Method,Voucher reason')
    expect(csv[1]).toMatch(/^\d{4}-\d{2}-\d{2},Sam,,2,26\.90,GBP,cash,$/)
    expect(csv[2]).toMatch(/,Ali,,3,45\.00,GBP,voucher,Cash would affect Ali’s benefits$/)
    await expectNoAxeViolations(el, 'with payments')
  })

  it('someone who is not staff sees a plain error and no payments', async () => {
    actAs(ids.sam)
    const el = document.createElement('cp-payments')
    const failed = nextEvent<{ status: number }>(el, 'cp-error')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('initiative', ids.initiative)
    document.body.append(el)
    expect((await failed).detail.status).toBe(403)
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Sorry, we could not load this.')
    await expectNoAxeViolations(el, 'error')
  })

  it('draws each way to pay as a 24 pixel circle beside its words', async () => {
    const el = await open()
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')]
    expect(radios).toHaveLength(2)
    for (const radio of radios) {
      const box = radio.getBoundingClientRect()
      expect([radio.id, Math.round(box.width)]).toEqual([radio.id, 24])
      const label = el.shadowRoot!.querySelector(`label[for=${radio.id}]`)!.getBoundingClientRect()
      expect(label.left - box.right).toBeLessThan(16)
    }
  })

  it('works in Welsh and Urdu (right to left)', async () => {
    const ur = await open(ids.initiative, document.body, 'ur')
    expect($(ur, '[part=root]').getAttribute('dir')).toBe('rtl')
    expect($(ur, 'h2').textContent).toBe('ادائیگیاں')
    const cy = await open(ids.initiative, document.body, 'cy')
    expect($(cy, 'h2').textContent).toBe('Taliadau')
    await expectNoAxeViolations(ur, 'Urdu')
  })

  for (const lang of ['en', 'cy', 'ur'])
    it(`fits 320 px with text at 200 % without sideways scrolling (${lang})`, async () => {
      const column = document.createElement('div')
      column.style.inlineSize = '320px'
      column.style.fontSize = '200%'
      document.body.append(column)
      const el = await open(ids.initiative, column, lang)
      await tick(el, 'method-voucher')
      expect(outsideBox(el)).toEqual([])
    })
})

describe('<cp-payments> server text is only ever text', () => {
  it('runs none of the XSS payloads in names, session titles or voucher reasons; CSV cells never start a formula', async () => {
    trapDialogs()
    const initiative = await call<{ id: string }>(staff, 'POST', '/initiatives', { title: 'XSS payments', purpose: 'Names are text.' })
    const session = await call<{ id: string }>(staff, 'POST', `/initiatives/${initiative.id}/sessions`, {
      title: XSS_PAYLOADS[2],
      startsAt: new Date().toISOString(),
      durationMinutes: 30,
      format: 'online',
      venue: { name: 'Call', kind: 'online', access: [] },
    })
    for (const payload of [...XSS_PAYLOADS.slice(0, 8), '=HYPERLINK("http://evil.example","x")']) {
      const m = await call<{ id: string }>(staff, 'POST', `/initiatives/${initiative.id}/members`, {
        displayName: payload,
        roles: ['lived-experience'],
      })
      await call(staff, 'POST', `/initiatives/${initiative.id}/payments`, {
        memberId: m.id,
        sessionId: session.id,
        hours: 1,
        amount: 13.45,
        currency: 'GBP',
        method: 'voucher',
        voucherReason: payload,
      })
    }
    const el = await open(initiative.id)
    await new Promise((resolve) => setTimeout(resolve, 200))
    assertNothingExecuted()
    expect(linksIn(el.shadowRoot!)).toEqual([])
    expect(dangerousElementsIn(el.shadowRoot!)).toEqual([])
    expect(text(el, '[part=totals] tbody th')[0]).toBe(XSS_PAYLOADS[0])
    const rows = el.csv().trim().split('\r\n').slice(1)
    expect(rows.at(-1)).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
  })
})
