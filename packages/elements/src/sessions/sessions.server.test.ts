import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Session } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent, outsideBox, waitFor } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { apiUrl, call, freshInitiative, staff } from '../test-support/api-calls.js'
import type { CpSessions } from './sessions.js'
import './index.js'

/* <cp-sessions> end to end: staff plan a session and record who came, against the real server. */
let ids: Awaited<ReturnType<typeof freshInitiative>> & { kim: string }

beforeAll(async () => {
  ids = {
    ...(await freshInitiative('Sessions people can get to')),
    kim: '',
  }
  const kim = await call<{ id: string }>(staff, 'POST', `/initiatives/${ids.initiative}/members`, {
    displayName: 'Kim',
    roles: ['lived-experience'],
    accessNeeds: ['hearing-loop', 'step-free'],
  })
  ids.kim = kim.id
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

async function open(initiative = ids.initiative, parent: HTMLElement = document.body, lang?: string): Promise<CpSessions> {
  actAs(staff)
  const el = document.createElement('cp-sessions')
  if (lang) el.setAttribute('lang', lang)
  const loaded = nextEvent<Session[]>(el, 'cp-load')
  el.setAttribute('endpoint', apiUrl)
  el.setAttribute('initiative', initiative)
  parent.append(el)
  await loaded
  await el.updateComplete
  return el
}

const $ = <T extends Element = HTMLElement>(el: CpSessions, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!
async function type(el: CpSessions, id: string, value: string) {
  const field = $<HTMLInputElement>(el, `#${id}`)
  field.value = value
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'))
  await el.updateComplete
}
async function tick(el: CpSessions, id: string) {
  $<HTMLInputElement>(el, `#${id}`).click()
  await el.updateComplete
}
const text = (el: CpSessions, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim())
const stored = () => call<Session[]>(staff, 'GET', `/initiatives/${ids.initiative}/sessions`)

describe('<cp-sessions> with the real server', () => {
  it('a session with only a date and a time is not accepted: every problem shows at once, and nothing is stored', async () => {
    const el = await open()
    const before = (await stored()).length
    actAs(staff)
    await type(el, 'date', '2027-03-02')
    await type(el, 'time', '18:00')
    await type(el, 'duration', '-1')
    $<HTMLButtonElement>(el, '#save').click()
    await el.updateComplete
    expect(text(el, '[part=error-summary] li')).toEqual([
      'Enter how long the session is, in whole minutes from 1 to 1440',
      'Enter where the session is',
      'Choose what kind of place it is',
    ])
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'))
    expect($(el, '#venue').getAttribute('aria-invalid')).toBe('true')
    expect($(el, '#venue').getAttribute('aria-describedby')).toBe('venue-error')
    await expectNoAxeViolations(el, 'errors')
    expect((await stored()).length).toBe(before)
  })

  it('warns when the time clashes with the school run or working hours, and lists the access needs the place does not meet', async () => {
    const el = await open()
    await type(el, 'date', '2027-03-02') // a Tuesday
    await type(el, 'time', '08:30')
    expect(text(el, '[part=warning]')[0]).toContain('school run')
    await type(el, 'time', '11:00')
    expect(text(el, '[part=warning]')[0]).toBe('This is during working hours on a weekday. People who work may not be able to come.')
    expect(text(el, '[part=warning]').join()).not.toContain('school run')
    await type(el, 'time', '18:30')
    expect(text(el, '[part=warning]').some((w) => w.includes('Not covered'))).toBe(true)
    expect(text(el, '[part=warning]').join()).toContain('hearing-loop (Kim)')
    expect(text(el, '[part=warning]').join()).toContain('step-free (Kim)')
    const boxes = [...el.shadowRoot!.querySelectorAll('fieldset label')].filter(
      (l) => l.textContent === 'Hearing loop' || l.textContent === 'Step-free way in',
    )
    for (const label of boxes) await tick(el, label.getAttribute('for')!)
    expect(text(el, '[part=warning]')).toEqual([])
    expect(el.shadowRoot!.textContent).toContain('Everyone’s stated access needs are covered.')
    await expectNoAxeViolations(el, 'warnings')
  })

  it('plans a session with its place, access, childcare, travel and methods', async () => {
    const el = await open()
    await type(el, 'title', 'Planning together')
    await type(el, 'date', '2027-03-02')
    await type(el, 'time', '18:30')
    await type(el, 'duration', '90')
    await type(el, 'venue', 'Community centre')
    await type(el, 'kind', 'community')
    const step = [...el.shadowRoot!.querySelectorAll('fieldset label')].find((l) => l.textContent === 'Step-free way in')!
    await tick(el, step.getAttribute('for')!)
    await tick(el, 'childcare')
    await tick(el, 'travel')
    await type(el, 'methods', 'Story circles\nDrawing')
    const saved = nextEvent<Session>(el, 'cp-submit')
    $<HTMLButtonElement>(el, '#save').click()
    const session = (await saved).detail
    expect(session).toMatchObject({
      title: 'Planning together',
      durationMinutes: 90,
      venue: { name: 'Community centre', kind: 'community', access: ['step-free'] },
      childcare: true,
      travelSupport: true,
      methods: ['Story circles', 'Drawing'],
    })
    expect(new Date(session.startsAt).getHours()).toBe(18)
    const all = await stored()
    expect(all.find((s) => s.id === session.id)?.venue?.name).toBe('Community centre')
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Session planned.')
    expect(text(el, '[part=session]').join()).toContain('You can record who came once the session has started.')
  })

  it('after a session, records who came and who did not, with the keyboard alone', async () => {
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString()
    const held = await call<Session>(staff, 'POST', `/initiatives/${ids.initiative}/sessions`, {
      title: 'Yesterday’s meeting',
      startsAt: yesterday,
      durationMinutes: 60,
      format: 'in-person',
      venue: { name: 'Library', kind: 'community', access: [] },
    })
    const el = await open()
    const card = [...el.shadowRoot!.querySelectorAll('[part=session]')].find((c) => c.textContent!.includes('Yesterday’s meeting'))!
    const button = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Record who came')!
    button.focus()
    button.click()
    await el.updateComplete
    await tick(el, `came-${ids.sam}`)
    await tick(el, `came-${ids.kim}`)
    await expectNoAxeViolations(el, 'attendance')
    const saved = nextEvent<Session>(el, 'cp-submit')
    $<HTMLButtonElement>(el, '[part=attendance] button').click()
    expect((await saved).detail.id).toBe(held.id)
    const after = (await stored()).find((s) => s.id === held.id)!
    expect(after.attendees).toEqual([
      { memberId: ids.sam, attended: true },
      { memberId: ids.ali, attended: false },
      { memberId: ids.kim, attended: true },
    ])
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Saved: 2 of 3 came.')
  })

  it('someone who is not staff sees a plain error and no sessions', async () => {
    actAs(ids.sam)
    const el = document.createElement('cp-sessions')
    const failed = nextEvent<{ status: number }>(el, 'cp-error')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('initiative', ids.initiative)
    document.body.append(el)
    expect((await failed).detail.status).toBe(403)
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Sorry, we could not load this.')
    await expectNoAxeViolations(el, 'error')
  })

  it('names every feature of a place in plain words, and lists a need someone stated only once', async () => {
    const el = await open()
    const labels = [...el.shadowRoot!.querySelectorAll('fieldset label')].map((l) => l.textContent!.trim())
    for (const words of ['Step-free way in', 'Hearing loop', 'Quiet room', 'Accessible toilet', 'Large print', 'Interpreter'])
      expect(labels).toContain(words)
    // No key made for computers reaches the screen, and Kim's "hearing-loop" is the same tick box as "Hearing loop".
    expect(labels.filter((l) => /^[a-z]+(-[a-z]+)+$/.test(l))).toEqual([])
    expect(labels.filter((l) => l.toLowerCase().replace(/[\s-]+/g, '') === 'hearingloop')).toHaveLength(1)
  })

  it('draws each "how people take part" choice as a 24 pixel circle beside its words', async () => {
    const el = await open()
    for (const radio of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
      const box = radio.getBoundingClientRect()
      expect([radio.id, Math.round(box.width)]).toEqual([radio.id, 24])
      const label = el.shadowRoot!.querySelector(`label[for=${radio.id}]`)!.getBoundingClientRect()
      expect(label.left - box.right).toBeLessThan(16)
    }
  })

  it('works in Welsh and Urdu (right to left)', async () => {
    const ur = await open(ids.initiative, document.body, 'ur')
    expect($(ur, '[part=root]').getAttribute('dir')).toBe('rtl')
    expect($(ur, 'h2').textContent).toBe('سیشن')
    const cy = await open(ids.initiative, document.body, 'cy')
    expect($(cy, 'h2').textContent).toBe('Sesiynau')
    await expectNoAxeViolations(ur, 'Urdu')
  })

  for (const lang of ['en', 'cy', 'ur'])
    it(`fits 320 px with text at 200 % without sideways scrolling (${lang})`, async () => {
      const column = document.createElement('div')
      column.style.inlineSize = '320px'
      column.style.fontSize = '200%'
      document.body.append(column)
      const el = await open(ids.initiative, column, lang)
      expect(outsideBox(el)).toEqual([])
    })
})

describe('<cp-sessions> server text is only ever text', () => {
  it('runs none of the XSS payloads in names, access needs, titles or places', async () => {
    trapDialogs()
    const initiative = await call<{ id: string }>(staff, 'POST', '/initiatives', { title: 'XSS sessions', purpose: 'Names are text.' })
    for (const payload of XSS_PAYLOADS.slice(0, 12))
      await call(staff, 'POST', `/initiatives/${initiative.id}/members`, {
        displayName: payload,
        roles: ['lived-experience'],
        accessNeeds: [payload],
      })
    await call(staff, 'POST', `/initiatives/${initiative.id}/sessions`, {
      title: XSS_PAYLOADS[0],
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      durationMinutes: 30,
      format: 'online',
      venue: { name: XSS_PAYLOADS[4], kind: 'online', access: [XSS_PAYLOADS[5]] },
    })
    const el = await open(initiative.id)
    ;[...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=session] button')][0]!.click()
    await el.updateComplete
    await new Promise((resolve) => setTimeout(resolve, 200))
    assertNothingExecuted()
    expect(linksIn(el.shadowRoot!)).toEqual([])
    expect(dangerousElementsIn(el.shadowRoot!)).toEqual([])
    expect(text(el, '[part=session] strong')[0]).toBe(XSS_PAYLOADS[0])
  })
})
