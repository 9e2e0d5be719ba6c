import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { Decision, Initiative, PublicDecision } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, focusedIn, nextEvent, outsideBox, waitFor } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { apiUrl, call, freshInitiative, staff } from '../test-support/api-calls.js'
import type { CpDecisions } from './decisions.js'
import './index.js'

/* <cp-decisions> end to end: staff ask the group, write down what was decided, and open it again, on the real server. */
let ids: Awaited<ReturnType<typeof freshInitiative>>

beforeAll(async () => {
  ids = await freshInitiative('Deciding together')
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

async function open(initiative = ids.initiative, parent: HTMLElement = document.body, lang?: string): Promise<CpDecisions> {
  actAs(staff)
  const el = document.createElement('cp-decisions')
  if (lang) el.setAttribute('lang', lang)
  const loaded = nextEvent<Decision[]>(el, 'cp-load')
  el.setAttribute('endpoint', apiUrl)
  el.setAttribute('initiative', initiative)
  parent.append(el)
  await loaded
  await el.updateComplete
  return el
}

const $ = <T extends Element = HTMLElement>(el: CpDecisions, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!
async function type(el: CpDecisions, id: string, value: string) {
  const field = $<HTMLInputElement>(el, `#${id}`)
  field.value = value
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'))
  await el.updateComplete
}
async function tick(el: CpDecisions, id: string) {
  $<HTMLInputElement>(el, `#${id}`).click()
  await el.updateComplete
}
async function press(root: ParentNode, words: string, el: CpDecisions) {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim().startsWith(words),
  )
  if (!button) throw new Error(`No button "${words}"`)
  button.click()
  await el.updateComplete
}
const text = (el: CpDecisions, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim())
const card = (el: CpDecisions, question: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=decision]')].find((c) => c.querySelector('h3')?.textContent === question)!
const stored = (initiative = ids.initiative) => call<Decision[]>(staff, 'GET', `/initiatives/${initiative}/decisions/all`)
const plan = (initiative = ids.initiative) => call<Initiative>(staff, 'GET', `/initiatives/${initiative}`)
const ask = (question: string, kind = 'aims', options?: { text: string }[], initiative = ids.initiative) =>
  call<PublicDecision>(staff, 'POST', `/initiatives/${initiative}/decisions`, { kind, question, ...(options ? { options } : {}) })
let key = 0
const view = (member: string, decision: string, body: object) =>
  call(member, 'PUT', `/decisions/${decision}/views/${member}`, body, { 'idempotency-key': `view-test-${Date.now()}-${key++}` })

describe('<cp-decisions> with the real server', () => {
  it('with no decisions yet, says so and offers to ask the group', async () => {
    const empty = await freshInitiative('No decisions yet')
    const el = await open(empty.initiative)
    expect(el.shadowRoot!.textContent).toContain('No decisions yet. Ask the group to decide something.')
    expect(el.shadowRoot!.querySelector('[part=decision]')).toBeNull()
    await expectNoAxeViolations(el, 'empty')
  })

  it('asks the group a question: every problem at once, nothing stored until it is right, then the choices to start with', async () => {
    const el = await open()
    await press(el.shadowRoot!, 'Ask the group to decide something', el)
    await waitFor(() => focusedIn(el)?.id === 'kind-aims')
    await type(el, 'options', 'A warm space\na warm space ')
    await press($(el, '[part=ask]'), 'Ask the group', el)
    expect(text(el, '[part=error-summary] li')).toEqual([
      'Choose what the question is about',
      'Write the question the group will decide',
      'Write each choice once',
    ])
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'))
    expect($(el, '#question').getAttribute('aria-describedby')).toBe('question-hint question-error')
    await expectNoAxeViolations(el, 'errors')
    expect(await stored()).toEqual([])

    await tick(el, 'kind-aims')
    await type(el, 'question', 'What should we change first this winter?')
    await type(el, 'options', 'A warm space on Sundays\n\nLonger opening hours')
    const asked = nextEvent<PublicDecision>(el, 'cp-submit')
    await press($(el, '[part=ask]'), 'Ask the group', el)
    const decision = (await asked).detail
    expect(decision).toMatchObject({ kind: 'aims', question: 'What should we change first this winter?', status: 'open' })
    expect(decision.options.map((o) => o.text)).toEqual(['A warm space on Sundays', 'Longer opening hours'])
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Question sent to the group.')
    expect(el.shadowRoot!.querySelector('[part=ask]')).toBeNull()
    const shown = card(el, 'What should we change first this winter?')
    expect(shown.querySelector('.caption')!.textContent).toMatch(/^What the group wants to change \(the aims\) · Open · opened /)
    await waitFor(() => focusedIn(el)?.id === `q-${decision.id}`)
    expect(await stored()).toHaveLength(1)
  })

  it('shows who brought each choice and what each person said, by name', async () => {
    const [decision] = await stored()
    const warm = decision!.options[0]!.id
    await call(
      ids.sam,
      'POST',
      `/decisions/${decision!.id}/options`,
      { text: 'A lift to the hall' },
      { 'idempotency-key': `opt-${Date.now()}` },
    )
    await view(ids.sam, decision!.id, { optionId: warm, text: 'Sunday is the longest day.' })
    await view(ids.ali, decision!.id, { optionId: warm })
    const el = await open()
    const shown = card(el, decision!.question)
    expect(shown.textContent).toContain('A lift to the hall (brought by Sam)')
    expect(text(el, '[part=decision] h4 + ul li strong')).toEqual(expect.arrayContaining(['Sam', 'Ali']))
    expect(shown.textContent).toContain('What people said (2)')
    expect(shown.textContent).toContain('Sam: A warm space on Sundays “Sunday is the longest day.”')
    expect(el.shadowRoot!.textContent).toContain('1 decisions on record. 1 still open.')
  })

  it('writes down what was decided with every problem at once, then how and by whom, and makes it the aims', async () => {
    const [decision] = await stored()
    const el = await open()
    await press(card(el, decision!.question), 'Write down what was decided', el)
    await waitFor(() => focusedIn(el)?.id === 'outcome-text')
    // Those who gave a view or brought a choice are ticked to start with.
    expect($<HTMLInputElement>(el, `#who-${ids.sam}`).checked).toBe(true)
    expect($<HTMLInputElement>(el, `#who-${ids.ali}`).checked).toBe(true)
    expect($<HTMLInputElement>(el, '#use-plan').checked).toBe(true)
    // Each way of deciding is named by its words alone; what it means is its description.
    expect($<HTMLInputElement>(el, '#method-staff-only').labels![0]!.textContent).toBe('Staff decided alone')
    expect($(el, '#method-staff-only-hint').textContent).toContain('Be honest')
    await tick(el, `who-${ids.sam}`)
    await tick(el, `who-${ids.ali}`)
    await press($(el, '[part=outcome]'), 'Save what was decided', el)
    expect(text(el, '[part=error-summary] li')).toEqual(['Write what was decided', 'Choose how it was decided', 'Tick who decided'])
    await expectNoAxeViolations(el, 'outcome errors')
    expect((await stored())[0]!.status).toBe('open')

    await type(el, 'outcome-text', 'A warm space on Sundays, from December.')
    await type(el, 'picked', decision!.options[0]!.id)
    await tick(el, 'method-consensus')
    await tick(el, `who-${ids.sam}`)
    await tick(el, `who-${ids.ali}`)
    const saved = nextEvent<PublicDecision>(el, 'cp-submit')
    await press($(el, '[part=outcome]'), 'Save what was decided', el)
    expect((await saved).detail.status).toBe('decided')
    const after = (await stored())[0]!
    expect(after.outcome).toMatchObject({
      text: 'A warm space on Sundays, from December.',
      method: 'consensus',
      decidedBy: [ids.sam, ids.ali],
      optionId: decision!.options[0]!.id,
    })
    expect((await plan()).aims).toMatchObject({ text: 'A warm space on Sundays, from December.', decisionId: decision!.id })
    await el.updateComplete
    const shown = card(el, decision!.question)
    expect(shown.textContent).toMatch(/Decided on .+ by everyone agreed \(Sam, Ali\): A warm space on Sundays, from December\./)
    expect(shown.textContent).toContain('This is the record behind the aims.')
    expect(el.shadowRoot!.textContent).toContain('Decision saved. Everyone taking part can now see what was decided, how and by whom.')
    await waitFor(() => focusedIn(el)?.id === `q-${decision!.id}`)
  })

  it('opens a decided question again after saying what that means; what was decided stays on record', async () => {
    const [decision] = await stored()
    const el = await open()
    await press(card(el, decision!.question), 'Open this question again', el)
    await waitFor(() => focusedIn(el)?.id === 'again-title')
    expect($(el, '[part=revisit]').textContent).toContain('What was decided stays on record until the group decides again.')
    await type(el, 'reason', 'New people joined.')
    await press($(el, '[part=revisit]'), 'Open it again', el)
    await waitFor(() => el.shadowRoot!.textContent!.includes('The question is open again.'))
    expect((await stored())[0]).toMatchObject({ status: 'revisited', revisitReason: 'New people joined.' })
    expect(card(el, decision!.question).querySelector('.caption')!.textContent).toContain('· Open again ·')
  })

  it('records staff deciding alone with nobody ticked as staff; a risk decision is not offered for the plan', async () => {
    const risk = await ask('Is the car park safe after dark?', 'risk')
    const el = await open()
    await press(card(el, risk.question), 'Write down what was decided', el)
    expect(el.shadowRoot!.querySelector('#use-plan')).toBeNull()
    await type(el, 'outcome-text', 'We meet before dark in winter.')
    await tick(el, 'method-staff-only')
    await press($(el, '[part=outcome]'), 'Save what was decided', el)
    await waitFor(() => el.shadowRoot!.textContent!.includes('Decision saved.'))
    const stored_ = (await stored()).find((d) => d.id === risk.id)!
    expect(stored_.outcome?.method).toBe('staff-only')
    expect(stored_.outcome?.decidedBy).toHaveLength(1)
    expect(card(el, risk.question).textContent).toMatch(/by staff decided alone \(Staff\)/)
  })

  it('is used with the keyboard alone: ask a question from the first key to the last', async () => {
    const fresh = await freshInitiative('Keyboard questions')
    const el = await open(fresh.initiative)
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Ask the group to decide something')!
    button.focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => focusedIn(el)?.id === 'kind-aims')
    await userEvent.keyboard('{ArrowDown}') // the ground rules
    await userEvent.tab() // the question
    await userEvent.keyboard('Phones on silent?')
    await userEvent.tab() // choices to start with
    await userEvent.tab() // Ask the group
    const asked = nextEvent<PublicDecision>(el, 'cp-submit')
    await userEvent.keyboard('{Enter}')
    expect((await asked).detail).toMatchObject({ kind: 'ground-rules', question: 'Phones on silent?' })
  })

  it('someone who is not staff sees a plain error and no decisions', async () => {
    actAs(ids.sam)
    const el = document.createElement('cp-decisions')
    const failed = nextEvent<{ status: number }>(el, 'cp-error')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('initiative', ids.initiative)
    document.body.append(el)
    expect((await failed).detail.status).toBe(403)
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Sorry, we could not load this.')
    expect(el.shadowRoot!.querySelector('[part=decision]')).toBeNull()
    await expectNoAxeViolations(el, 'error')
  })

  it('works in Welsh and Urdu (right to left)', async () => {
    const ur = await open(ids.initiative, document.body, 'ur')
    expect($(ur, '[part=root]').getAttribute('dir')).toBe('rtl')
    expect($(ur, 'h2').textContent).toBe('فیصلے')
    const cy = await open(ids.initiative, document.body, 'cy')
    expect($(cy, 'h2').textContent).toBe('Penderfyniadau')
    await expectNoAxeViolations(ur, 'Urdu')
  })

  for (const lang of ['en', 'cy', 'ur'])
    it(`fits 320 px with text at 200 % without sideways scrolling, forms open (${lang})`, async () => {
      const column = document.createElement('div')
      column.style.inlineSize = '320px'
      column.style.fontSize = '200%'
      document.body.append(column)
      const el = await open(ids.initiative, column, lang)
      $<HTMLButtonElement>(el, 'p > button').click()
      await el.updateComplete
      const openOne = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=decision]')].find((c) => !c.textContent!.includes('staff'))!
      openOne.querySelector<HTMLButtonElement>('.actions button')!.click()
      await el.updateComplete
      expect(outsideBox(el)).toEqual([])
    })
})

describe('<cp-decisions> server text is only ever text', () => {
  it('runs none of the XSS payloads in questions, choices, views, names or outcomes', async () => {
    trapDialogs()
    const initiative = await call<{ id: string }>(staff, 'POST', '/initiatives', { title: 'XSS decisions', purpose: 'Words are text.' })
    const payloads = XSS_PAYLOADS.slice(0, 12)
    const member = await call<{ id: string }>(staff, 'POST', `/initiatives/${initiative.id}/members`, {
      displayName: XSS_PAYLOADS[4],
      roles: ['lived-experience'],
    })
    for (const [i, payload] of payloads.entries()) {
      const d = await ask(payload, i % 2 ? 'aims' : 'other', [{ text: payload }], initiative.id)
      await view(member.id, d.id, { optionId: d.options[0]!.id, text: payload })
      if (i % 3 === 0) await call(staff, 'POST', `/decisions/${d.id}/outcome`, { text: payload, method: 'vote', decidedBy: [member.id] })
    }
    const el = await open(initiative.id)
    // Open the outcome form too: the names and choices go into labels and options.
    await press(el.shadowRoot!.querySelector('[part=decision]')!, 'Write down what was decided', el)
    await new Promise((resolve) => setTimeout(resolve, 200))
    assertNothingExecuted()
    expect(linksIn(el.shadowRoot!)).toEqual([])
    expect(dangerousElementsIn(el.shadowRoot!)).toEqual([])
    expect(text(el, '[part=decision] h3')).toEqual(expect.arrayContaining(payloads))
  })
})
