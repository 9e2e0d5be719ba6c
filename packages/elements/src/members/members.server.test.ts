import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { Member } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, focusedIn, nextEvent, outsideBox, waitFor } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { apiUrl, call, decide, freshInitiative, staff } from '../test-support/api-calls.js'
import type { CpMembers } from './members.js'
import './index.js'

/* <cp-members> end to end: staff add, change and write down that someone left, against the real server. */
let ids: Awaited<ReturnType<typeof freshInitiative>>

beforeAll(async () => {
  ids = await freshInitiative('Who takes part')
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

async function open(
  initiative = ids.initiative,
  parent: HTMLElement = document.body,
  attrs: Record<string, string> = {},
): Promise<CpMembers> {
  actAs(staff)
  const el = document.createElement('cp-members')
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  const loaded = nextEvent<Member[]>(el, 'cp-load')
  el.setAttribute('endpoint', apiUrl)
  el.setAttribute('initiative', initiative)
  parent.append(el)
  await loaded
  await el.updateComplete
  return el
}

const $ = <T extends Element = HTMLElement>(el: CpMembers, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!
async function type(el: CpMembers, id: string, value: string) {
  const field = $<HTMLInputElement>(el, `#${id}`)
  field.value = value
  field.dispatchEvent(new Event('input'))
  await el.updateComplete
}
async function tick(el: CpMembers, id: string) {
  $<HTMLInputElement>(el, `#${id}`).click()
  await el.updateComplete
}
const text = (el: CpMembers, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim())
const card = (el: CpMembers, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=member]')].find((c) => c.querySelector('h3')?.textContent === name)!
const button = (root: ParentNode, words: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(words))!
const stored = () => call<Member[]>(staff, 'GET', `/initiatives/${ids.initiative}/members`)

describe('<cp-members> with the real server', () => {
  it('lists who takes part, with how they take part and whether they agreed to be named in thanks', async () => {
    await decide(ids.ali, 'credit-by-name', 'give')
    const el = await open(ids.initiative, document.body, { 'choices-link': '/people/{id}/choices' })
    expect(text(el, '[part=member] h3')).toEqual(['Sam', 'Ali'])
    expect(card(el, 'Sam').textContent).toContain('How they take part: Lived experience')
    expect(card(el, 'Sam').textContent).toContain('Agreed to be named in thanks: Not asked yet')
    expect(card(el, 'Ali').textContent).toContain('Agreed to be named in thanks: Yes')
    expect(card(el, 'Ali').querySelector('a')!.getAttribute('href')).toBe(`/people/${encodeURIComponent(ids.ali)}/choices`)
    expect(el.shadowRoot!.textContent).toContain('2 people taking part.')
    await expectNoAxeViolations(el, 'list')
  })

  it('shows every problem with a new member at once, and stores nothing', async () => {
    const el = await open(ids.initiative, document.body, { 'case-refs': 'CB-1042 CB-1057' })
    await type(el, 'hostRef', 'CB-9999')
    $<HTMLButtonElement>(el, '#save').click()
    await el.updateComplete
    expect(text(el, '[part=error-summary] li')).toEqual([
      'Enter the name they want to be called',
      'Choose at least one way they take part',
      'There is no case CB-9999. Check the reference or leave it empty.',
    ])
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'))
    expect($(el, '#name').getAttribute('aria-describedby')).toBe('name-hint name-error')
    expect($(el, 'fieldset').getAttribute('aria-describedby')).toBe('role-lived-experience-error')
    // The summary's link takes staff to the field.
    $<HTMLAnchorElement>(el, '[part=error-summary] a').click()
    expect(focusedIn(el)?.id).toBe('name')
    await expectNoAxeViolations(el, 'errors')
    expect(await stored()).toHaveLength(2)
  })

  it('adds a member with every detail; the case reference is spelt as the host spells it and links to the case', async () => {
    const el = await open(ids.initiative, document.body, { 'case-refs': 'CB-1042 CB-1057', 'case-link': '/cases/{ref}' })
    await type(el, 'name', '  Nia Evans ')
    await tick(el, 'role-peer-researcher')
    await tick(el, 'role-lived-experience')
    await type(el, 'hostRef', 'cb-1042')
    await tick(el, 'pay-voucher')
    await type(el, 'needs', 'Large print, , hearing loop')
    const saved = nextEvent<Member>(el, 'cp-submit')
    $<HTMLButtonElement>(el, '#save').click()
    expect((await saved).detail).toMatchObject({
      displayName: 'Nia Evans',
      roles: ['lived-experience', 'peer-researcher'],
      hostRef: 'CB-1042',
      paymentPreference: 'voucher',
      accessNeeds: ['Large print', 'hearing loop'],
    })
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Nia Evans was added.')
    const nia = card(el, 'Nia Evans')
    expect(nia.textContent).toContain('How they take part: Lived experience, Peer researcher')
    expect(nia.textContent).toContain('What helps them take part: Large print, hearing loop')
    expect(nia.querySelector('a')!.getAttribute('href')).toBe('/cases/CB-1042')
    expect((await stored()).find((m) => m.displayName === 'Nia Evans')).toMatchObject({ hostRef: 'CB-1042' })
    // The form is empty again, ready for the next person.
    expect($<HTMLInputElement>(el, '#name').value).toBe('')
  })

  it('changes a member’s details with every problem at once; an emptied box clears that detail', async () => {
    const el = await open()
    const nia = card(el, 'Nia Evans')
    button(nia, 'Change details').click()
    await el.updateComplete
    await waitFor(() => focusedIn(el)?.id === 'name')
    expect($(el, '#form-title').textContent).toBe('Change Nia Evans’s details')
    expect($<HTMLInputElement>(el, '#needs').value).toBe('Large print, hearing loop')
    await type(el, 'name', '')
    await tick(el, 'role-lived-experience')
    await tick(el, 'role-peer-researcher')
    $<HTMLButtonElement>(el, '#save').click()
    await el.updateComplete
    expect(text(el, '[part=error-summary] li')).toEqual(['Enter the name they want to be called', 'Choose at least one way they take part'])
    expect((await stored()).find((m) => m.id === nia.querySelector('h3')!.id.slice(5))?.displayName).toBe('Nia Evans')

    await type(el, 'name', 'Nia E')
    await tick(el, 'role-lived-experience')
    await type(el, 'hostRef', '')
    await tick(el, 'pay-unsaid')
    await type(el, 'needs', '')
    const saved = nextEvent<Member>(el, 'cp-submit')
    $<HTMLButtonElement>(el, '#save').click()
    const member = (await saved).detail
    expect(member.displayName).toBe('Nia E')
    const after = (await stored()).find((m) => m.id === member.id)!
    expect(after.roles).toEqual(['lived-experience'])
    expect(after).not.toHaveProperty('hostRef')
    expect(after).not.toHaveProperty('paymentPreference')
    expect(after).not.toHaveProperty('accessNeeds')
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Details saved for Nia E.')
    expect($(el, '#form-title').textContent).toBe('Add a member')
    // Focus goes back to where staff were.
    await waitFor(() => focusedIn(el)?.id === `change-${member.id}`)
  })

  it('says plainly what leaving means and asks first; "No" changes nothing, "Yes" writes it down', async () => {
    const el = await open()
    const nia = card(el, 'Nia E')
    button(nia, 'Has left the group').click()
    await el.updateComplete
    await waitFor(() => focusedIn(el)?.id === 'leave-title')
    const confirm = $(el, '[part=confirm]')
    expect(confirm.textContent).toContain('Has Nia E left the group?')
    expect(confirm.textContent).toContain('What they told us and the thanks they got stay as they are.')
    expect(confirm.textContent).toContain('They will not be asked for their view on new questions.')
    await expectNoAxeViolations(el, 'confirm')
    button(confirm, 'No, go back').click()
    await el.updateComplete
    expect(el.shadowRoot!.querySelector('[part=confirm]')).toBeNull()
    const id = nia.querySelector('h3')!.id.slice(5)
    expect((await stored()).find((m) => m.id === id)?.leftAt).toBeUndefined()

    button(card(el, 'Nia E'), 'Has left the group').click()
    await el.updateComplete
    const saved = nextEvent<Member>(el, 'cp-submit')
    button($(el, '[part=confirm]'), 'Yes, Nia E has left').click()
    expect((await saved).detail.leftAt).toMatch(/^\d{4}-/)
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Nia E has left the group.')
    expect(card(el, 'Nia E').textContent).toContain('Has left the group')
    expect(button(card(el, 'Nia E'), 'Has left the group')).toBeUndefined()
    expect((await stored()).find((m) => m.id === id)?.leftAt).toMatch(/^\d{4}-/)
    expect(el.shadowRoot!.textContent).toContain('2 people taking part.')
  })

  it('is used with the keyboard alone: add a member, then open and close the check before leaving', async () => {
    const el = await open()
    $<HTMLInputElement>(el, '#name').focus()
    await userEvent.keyboard('Kim')
    await userEvent.tab() // the first way of taking part
    await userEvent.keyboard(' ')
    const saved = nextEvent<Member>(el, 'cp-submit')
    $<HTMLInputElement>(el, '#needs').focus()
    await userEvent.keyboard('{Enter}')
    expect((await saved).detail).toMatchObject({ displayName: 'Kim', roles: ['lived-experience'] })
    await el.updateComplete
    button(card(el, 'Kim'), 'Has left the group').focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => focusedIn(el)?.id === 'leave-title')
    await userEvent.tab()
    await userEvent.tab() // "No, go back"
    await userEvent.keyboard('{Enter}')
    await waitFor(() => focusedIn(el)?.id.startsWith('change-'))
    expect(el.shadowRoot!.querySelector('[part=confirm]')).toBeNull()
  })

  it('shows a person whose data was removed at their request only as that, with the date: no name and nothing to change', async () => {
    const gone = await call<Member>(staff, 'POST', `/initiatives/${ids.initiative}/members`, {
      displayName: 'Robin Gone',
      roles: ['practitioner'],
    })
    await call(staff, 'DELETE', `/members/${gone.id}`)
    const el = await open()
    const removed = [...el.shadowRoot!.querySelectorAll('[part=member]')].find((c) => c.textContent!.includes('Removed at their request'))!
    expect(removed.textContent).toMatch(/Removed at their request on \d+ \w+ \d{4}/)
    expect(el.shadowRoot!.textContent).not.toContain('Robin Gone')
    expect(removed.querySelectorAll('button, a')).toHaveLength(0)
  })

  it('someone who is not staff sees a plain error and no members', async () => {
    actAs(ids.sam)
    const el = document.createElement('cp-members')
    const failed = nextEvent<{ status: number }>(el, 'cp-error')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('initiative', ids.initiative)
    document.body.append(el)
    expect((await failed).detail.status).toBe(403)
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Sorry, we could not load this.')
    expect(el.shadowRoot!.querySelector('[part=member]')).toBeNull()
    await expectNoAxeViolations(el, 'error')
  })

  it('works in Welsh and Urdu (right to left)', async () => {
    const ur = await open(ids.initiative, document.body, { lang: 'ur' })
    expect($(ur, '[part=root]').getAttribute('dir')).toBe('rtl')
    expect($(ur, 'h2').textContent).toBe('اراکین')
    const cy = await open(ids.initiative, document.body, { lang: 'cy' })
    expect($(cy, 'h2').textContent).toBe('Aelodau')
    await expectNoAxeViolations(ur, 'Urdu')
  })

  for (const lang of ['en', 'cy', 'ur'])
    it(`fits 320 px with text at 200 % without sideways scrolling (${lang})`, async () => {
      const column = document.createElement('div')
      column.style.inlineSize = '320px'
      column.style.fontSize = '200%'
      document.body.append(column)
      const el = await open(ids.initiative, column, { lang, 'case-link': '/cases/{ref}', 'choices-link': '/c/{id}' })
      card(el, 'Sam').querySelectorAll<HTMLButtonElement>('.actions button')[1]!.click()
      await el.updateComplete
      expect(outsideBox(el)).toEqual([])
    })
})

describe('<cp-members> server text is only ever text', () => {
  it('runs none of the XSS payloads in names, case references or access needs; links come only from the host’s patterns', async () => {
    trapDialogs()
    const initiative = await call<{ id: string }>(staff, 'POST', '/initiatives', { title: 'XSS members', purpose: 'Names are text.' })
    for (const payload of XSS_PAYLOADS.slice(0, 14))
      await call(staff, 'POST', `/initiatives/${initiative.id}/members`, {
        displayName: payload,
        roles: ['lived-experience'],
        hostRef: payload,
        accessNeeds: [payload],
      })
    const el = await open(initiative.id, document.body, { 'case-link': '/cases/{ref}' })
    await new Promise((resolve) => setTimeout(resolve, 200))
    assertNothingExecuted()
    expect(dangerousElementsIn(el.shadowRoot!)).toEqual([])
    // Every link is the host's pattern with the reference encoded into the path: none leaves it.
    const hrefs = linksIn(el.shadowRoot!).map((a) => a.getAttribute('href')!)
    expect(hrefs).toHaveLength(14)
    for (const href of hrefs) expect(href).toMatch(/^\/cases\/[^/:]*$/)
    expect(text(el, '[part=member] h3')).toEqual(XSS_PAYLOADS.slice(0, 14))
    // Changing one puts the payload into the form as text, and runs nothing either.
    button(el.shadowRoot!.querySelector('[part=member]')!, 'Change details').click()
    await el.updateComplete
    expect($<HTMLInputElement>(el, '#name').value).toBe(XSS_PAYLOADS[0])
    assertNothingExecuted()
  })
})
