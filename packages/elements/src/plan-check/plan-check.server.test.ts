import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Initiative, Report } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent, outsideBox, waitFor } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { apiUrl, call, freshInitiative, staff } from '../test-support/api-calls.js'
import type { CpPlanCheck } from './plan-check.js'
import './index.js'

/* <cp-plan-check> end to end: the principles check beside each part of the plan, live, against the real server. */
let ids: Awaited<ReturnType<typeof freshInitiative>>

beforeAll(async () => {
  ids = await freshInitiative('A plan to check')
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

async function open(initiative = ids.initiative, parent: HTMLElement = document.body, lang?: string): Promise<CpPlanCheck> {
  actAs(staff)
  const el = document.createElement('cp-plan-check')
  if (lang) el.setAttribute('lang', lang)
  el.delay = 50
  const checked = nextEvent<Report>(el, 'cp-check')
  el.setAttribute('endpoint', apiUrl)
  el.setAttribute('initiative', initiative)
  parent.append(el)
  await checked
  await el.updateComplete
  return el
}

const $ = <T extends Element = HTMLElement>(el: CpPlanCheck, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!
async function type(el: CpPlanCheck, id: string, value: string) {
  const field = $<HTMLInputElement>(el, `#${id}`)
  field.value = value
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'))
  await el.updateComplete
}
const found = (el: CpPlanCheck, part: string) => $(el, `#${part}-found`).textContent!.replace(/\s+/g, ' ').trim()

describe('<cp-plan-check> with the real server', () => {
  it('shows the findings beside each part, and updates them as staff type, without saving anything', async () => {
    const el = await open()
    expect($(el, '#purpose').getAttribute('aria-describedby')).toBe('purpose-found')
    const before = await call<Initiative>(staff, 'GET', `/initiatives/${ids.initiative}`)
    const checked = nextEvent<Report>(el, 'cp-check')
    $<HTMLInputElement>(el, '#framing-fixed').click()
    const report = (await checked).detail
    expect(report.findings.find((f) => f.path === 'initiative.problemFraming')?.outcome).toBe('fail')
    await el.updateComplete
    expect(found(el, 'problemFraming')).toContain('Needs work:')
    const again = nextEvent<Report>(el, 'cp-check')
    $<HTMLInputElement>(el, '#framing-open').click()
    await again
    await el.updateComplete
    expect(found(el, 'problemFraming')).not.toContain('Needs work:')
    expect(await call<Initiative>(staff, 'GET', `/initiatives/${ids.initiative}`)).toEqual(before)
    await expectNoAxeViolations(el, 'with findings')
  })

  it('checks every answer at once: no purpose, an end before the start and a bad rate show together; nothing is saved', async () => {
    const el = await open()
    await type(el, 'purpose', '')
    await type(el, 'start', '2027-05-01')
    await type(el, 'end', '2027-04-01')
    await type(el, 'rate', 'lots')
    await type(el, 'updateEveryDays', '0')
    $<HTMLButtonElement>(el, '#save').click()
    await el.updateComplete
    expect([...el.shadowRoot!.querySelectorAll('[part=error-summary] li')].map((li) => li.textContent!.trim())).toEqual([
      'Say what this work is for',
      'The end date must be after the start date',
      'Enter the pay per hour as a number, for example 13.45',
      'Enter a whole number of days from 1 to 366',
    ])
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'))
    await expectNoAxeViolations(el, 'errors')
    expect((await call<Initiative>(staff, 'GET', `/initiatives/${ids.initiative}`)).purpose).not.toBe('')
  })

  it('saves the plan with PATCH and shows the findings of what was saved', async () => {
    const el = await open()
    await type(el, 'aims', 'Mornings that work for parents and carers')
    await type(el, 'payMethod', 'cash')
    await type(el, 'rate', '13.45')
    await type(el, 'updateEveryDays', '14')
    await type(el, 'methods', 'Story circles\nWalks')
    $<HTMLInputElement>(el, '#livedExperienceLed').click()
    const saved = nextEvent<Initiative>(el, 'cp-submit')
    $<HTMLButtonElement>(el, '#save').click()
    expect((await saved).detail).toMatchObject({
      aims: { text: 'Mornings that work for parents and carers' },
      paymentPolicy: { method: 'cash', hourlyRate: 13.45 },
      communication: { updateEveryDays: 14 },
      methods: ['Story circles', 'Walks'],
      leadership: { livedExperienceLed: true },
    })
    const stored = await call<Initiative>(staff, 'GET', `/initiatives/${ids.initiative}`)
    expect(stored.paymentPolicy?.hourlyRate).toBe(13.45)
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Plan saved.')
  })

  it('inside a host form: submits the change as JSON under its name, and will not submit without a purpose', async () => {
    const form = document.createElement('form')
    document.body.append(form)
    const el = await open(ids.initiative, form)
    el.setAttribute('name', 'plan')
    await el.updateComplete
    expect(JSON.parse(String(new FormData(form).get('plan'))).purpose).toBeTruthy()
    await type(el, 'purpose', '')
    expect(form.checkValidity()).toBe(false)
    expect(el.validationMessage).toBe('Say what this work is for')
  })

  it('someone who is not staff sees a plain error', async () => {
    actAs(ids.sam)
    const el = document.createElement('cp-plan-check')
    const failed = nextEvent<{ status: number }>(el, 'cp-error')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('initiative', ids.initiative)
    document.body.append(el)
    expect((await failed).detail.status).toBe(403)
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Sorry, we could not load this.')
    expect(el.shadowRoot!.textContent).not.toContain('Save the plan')
  })

  it('works in Welsh and Urdu (right to left)', async () => {
    const ur = await open(ids.initiative, document.body, 'ur')
    expect($(ur, '[part=root]').getAttribute('dir')).toBe('rtl')
    const cy = await open(ids.initiative, document.body, 'cy')
    expect($(cy, 'h2').textContent).toBe('Gwirio’r cynllun')
    await expectNoAxeViolations(ur, 'Urdu')
  })

  for (const lang of ['en', 'ur'])
    it(`fits 320 px with text at 200 % without sideways scrolling (${lang})`, async () => {
      const column = document.createElement('div')
      column.style.inlineSize = '320px'
      column.style.fontSize = '200%'
      document.body.append(column)
      const el = await open(ids.initiative, column, lang)
      expect(outsideBox(el)).toEqual([])
    })

  it('runs none of the XSS payloads stored in the plan', async () => {
    trapDialogs()
    const made = await call<{ id: string }>(staff, 'POST', '/initiatives', {
      title: XSS_PAYLOADS[0],
      purpose: XSS_PAYLOADS[1],
      aims: { text: XSS_PAYLOADS[4] },
      methods: XSS_PAYLOADS.slice(5, 9),
      scope: { negotiable: [XSS_PAYLOADS[9]], nonNegotiable: [XSS_PAYLOADS[10]] },
    })
    const el = await open(made.id)
    await new Promise((resolve) => setTimeout(resolve, 200))
    assertNothingExecuted()
    expect(linksIn(el.shadowRoot!)).toEqual([])
    expect(dangerousElementsIn(el.shadowRoot!)).toEqual([])
    expect($<HTMLTextAreaElement>(el, '#purpose').value).toBe(XSS_PAYLOADS[1])
  })
})
