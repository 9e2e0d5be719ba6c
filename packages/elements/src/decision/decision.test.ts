import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { ClientError, OfflineError, type CoproduceClient } from '../shared/client.js'
import type { PublicDecision } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { mount, nextEvent, textOf } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import type { CpDecision } from './decision.js'
import { decidedDecision, exampleDecision } from './fixtures.js'
import './index.js'

/**
 * `<cp-decision>` with its data given through `.client` (the element under test is real): every state, the
 * keyboard, the error summary, languages and XSS. Against the real server, and offline: `decision.server.test.ts`.
 */
const unused = () => Promise.reject(new Error('not used in this test'))
function clientWith(calls: Partial<CoproduceClient>): CoproduceClient {
  return {
    getConsentPurposes: unused,
    getUpdates: unused,
    submitFeedback: unused,
    getConsents: unused,
    decideConsent: unused,
    getReceipt: unused,
    getReport: unused,
    ...calls,
  }
}

const show = (decision: PublicDecision | Promise<never>, attrs: Record<string, string> = {}, extra: Partial<CoproduceClient> = {}) =>
  mount<CpDecision>(
    'cp-decision',
    { client: clientWith({ getDecision: () => Promise.resolve(decision), ...extra }) },
    {
      initiative: 'i-1',
      decision: 'd-1',
      member: 'm-1',
      ...attrs,
    },
  )
const root = (el: CpDecision) => el.shadowRoot!

afterEach(() => {
  document.body.replaceChildren()
})

describe('<cp-decision> while the group decides', () => {
  it('shows the question, each choice with who suggested it and how many chose it, and what people said', async () => {
    const el = await show(exampleDecision())
    expect(root(el).querySelector('h2')!.textContent).toBe('What should this group work on first?')
    const options = [...root(el).querySelectorAll('[part=option]')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim())
    expect(options).toEqual([
      'Opening hours Suggested by Ade · 2 chose this',
      'A warmer waiting room Suggested by A member · 1 chose this',
      'Text reminders You suggested this · 0 chose this',
    ])
    expect(textOf(el)).toContain('Views given so far: 3.')
    expect(root(el).querySelector('[part=views]')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'Ade: Opening hours Mornings are hard with the school run.',
    )
    await expectNoAxeViolations(el, 'open')
  })

  it('hides how others chose until it is decided, when the group asked for that', async () => {
    const el = await show(
      exampleDecision({ showViews: false, views: undefined, options: exampleDecision().options.map(({ count: _c, ...o }) => o) }),
    )
    expect(textOf(el)).toContain('You will see what others chose once it is decided.')
    expect(textOf(el)).not.toContain('chose this')
    expect(root(el).querySelector('[part=views]')).toBeNull()
  })

  it('is given with the keyboard alone: a choice, a reason, then Share my view', async () => {
    const given: { optionId?: string; text?: string }[] = []
    const keys: string[] = []
    const el = await show(
      exampleDecision(),
      {},
      {
        giveView: async (member, id, input, key) => {
          given.push(input)
          keys.push(`${member} ${id} ${key}`)
          return exampleDecision({ myView: { ...input, at: '2026-03-05T10:00:00Z' } })
        },
      },
    )
    // Heard on the document: the event bubbles out of the shadow root (composed) with the decision in `detail`.
    const submitted = nextEvent<PublicDecision>(document, 'cp-submit')
    root(el).querySelector<HTMLInputElement>('#option-0')!.focus()
    await userEvent.keyboard('{ArrowDown}') // moves to and chooses the second choice
    await userEvent.tab() // the reason
    await userEvent.keyboard('It is cold.')
    await userEvent.tab() // Share my view
    await userEvent.keyboard('{Enter}')
    const { detail } = await submitted
    expect(given).toEqual([{ optionId: 'o-2', text: 'It is cold.' }])
    expect(keys[0]).toMatch(/^m-1 d-1 [0-9a-f-]{36}$/)
    expect(detail.myView).toMatchObject({ optionId: 'o-2', text: 'It is cold.' })
    await el.updateComplete
    expect(root(el).activeElement?.textContent).toBe('Thank you. Your view is saved.')
    expect(textOf(el)).toContain('Your view: A warmer waiting room')
    await expectNoAxeViolations(el, 'view given')
  })

  it('shows a GOV.UK error summary, focused, that links to the field, when nothing is chosen', async () => {
    let calls = 0
    const el = await show(exampleDecision(), {}, { giveView: async () => (calls++, exampleDecision()) })
    root(el).querySelector<HTMLButtonElement>('[part=send]')!.click()
    await el.updateComplete
    await new Promise((r) => setTimeout(r, 50))
    const summary = root(el).querySelector('.error-summary')!
    expect(summary.querySelector('h2')!.textContent).toBe('There is a problem')
    expect(root(el).activeElement).toBe(summary)
    summary.querySelector('a')!.click()
    expect(root(el).activeElement?.id).toBe('option-0')
    expect(root(el).querySelector('#option-error')!.textContent).toContain('Choose one of the choices, or write why')
    expect(calls).toBe(0)
    await expectNoAxeViolations(el, 'error summary')
  })

  it('adds a suggested choice', async () => {
    const el = await show(
      exampleDecision(),
      {},
      {
        proposeOption: async (_m, _id, input) =>
          exampleDecision({ options: [...exampleDecision().options, { id: 'o-4', text: input.text, yours: true, count: 0 }] }),
      },
    )
    const submitted = nextEvent<PublicDecision>(el, 'cp-submit')
    const box = root(el).querySelector<HTMLTextAreaElement>('#propose')!
    box.value = 'A quiet room'
    box.dispatchEvent(new Event('input'))
    root(el).querySelector<HTMLFormElement>('form.propose')!.requestSubmit()
    expect((await submitted).detail.options.at(-1)!.text).toBe('A quiet room')
    await el.updateComplete
    expect(textOf(el)).toContain('Thank you. Your choice has been added.')
    expect(box.value).toBe('')
  })

  it('puts the server’s own words by the field when it refuses (422), and says plainly when it is closed (409)', async () => {
    let answer: Error = new ClientError(422, 'validation', 'Bad', [{ path: ['text'], message: 'Use fewer words' }])
    const el = await show(exampleDecision(), {}, { giveView: () => Promise.reject(answer) })
    const choose = () => root(el).querySelector<HTMLInputElement>('#option-0')!.click()
    choose()
    root(el).querySelector<HTMLButtonElement>('[part=send]')!.click()
    await nextEvent(el, 'cp-error')
    await el.updateComplete
    expect(root(el).querySelector('#reason-error')!.textContent).toContain('Use fewer words')
    answer = new ClientError(409, 'conflict', 'Decided')
    root(el).querySelector<HTMLButtonElement>('[part=send]')!.click()
    await nextEvent(el, 'cp-error')
    await el.updateComplete
    expect(root(el).querySelector('.error-summary')!.textContent).toContain('This has been decided already')
  })
})

describe('<cp-decision> once it is decided', () => {
  it('says what was decided, how in plain words, and by whom, and takes no more views', async () => {
    const el = await show(decidedDecision())
    const outcome = root(el).querySelector('[part=outcome]')!.textContent!.replace(/\s+/g, ' ')
    expect(outcome).toContain('What was decided We start with opening hours.')
    expect(outcome).toContain('How it was decided The group asked Ade and Jo to decide')
    expect(outcome).toContain('Who decided Ade and Jo')
    expect(outcome).toContain('Decided on 10 March 2026')
    expect(root(el).querySelector('form')).toBeNull()
    expect(textOf(el)).toContain('This has been decided.')
    await expectNoAxeViolations(el, 'decided')
  })

  it.each([
    ['consensus', 'Everyone agreed'],
    ['vote', 'A vote'],
    ['staff-only', 'Staff decided'],
  ] as const)('names the method %s as "%s"', async (method, words) => {
    const el = await show(decidedDecision({ outcome: { ...decidedDecision().outcome!, method } }))
    expect(root(el).querySelector('[part=outcome]')!.textContent).toContain(words)
  })
})

describe('<cp-decision> states, languages and layout', () => {
  it('shows loading, then an error in plain words with Try again; offline says so', async () => {
    const loading = await show(new Promise<never>(() => {}))
    expect(textOf(loading)).toBe('Loading the question…')
    await expectNoAxeViolations(loading, 'loading')
    const failing = await mount<CpDecision>(
      'cp-decision',
      { client: clientWith({ getDecision: () => Promise.reject(new ClientError(500, 'x', 'x')) }) },
      { decision: 'd-1' },
    )
    await failing.updateComplete
    await new Promise((r) => setTimeout(r, 0))
    await failing.updateComplete
    expect(textOf(failing)).toContain('Sorry, we could not load this.')
    expect(root(failing).querySelector('[role=alert] button')!.textContent).toBe('Try again')
    await expectNoAxeViolations(failing, 'error')
    const offline = await mount<CpDecision>(
      'cp-decision',
      { client: clientWith({ getDecision: () => Promise.reject(new OfflineError()) }) },
      { decision: 'd-1' },
    )
    await new Promise((r) => setTimeout(r, 0))
    await offline.updateComplete
    expect(textOf(offline)).toContain('You seem to be offline.')
    await expectNoAxeViolations(offline, 'offline')
  })

  it('with nothing to show, says so', async () => {
    const el = await mount<CpDecision>('cp-decision', {}, {})
    expect(textOf(el)).toBe('There is nothing to decide here yet.')
  })

  it('speaks Welsh, and Urdu right to left', async () => {
    const cy = await show(decidedDecision(), { lang: 'cy' })
    expect(textOf(cy)).toContain('Gofynnodd y grŵp i Ade a Jo benderfynu')
    expect(textOf(cy)).toContain('10 Mawrth 2026')
    const ur = await show(exampleDecision(), { lang: 'ur' })
    expect(root(ur).querySelector('.root')!.getAttribute('dir')).toBe('rtl')
    expect(textOf(ur)).toContain('آپ کون سا چنتے ہیں؟')
    await expectNoAxeViolations(ur, 'Urdu')
  })

  it('fits 320px wide with text at 200%', async () => {
    const column = document.createElement('div')
    column.style.cssText = 'inline-size:320px;font-size:200%'
    document.body.append(column)
    const el = await mount<CpDecision>(
      'cp-decision',
      { client: clientWith({ getDecision: async () => decidedDecision({ status: 'revisited' }) }) },
      { decision: 'd-1', member: 'm-1' },
      column,
    )
    await new Promise((r) => setTimeout(r, 0))
    await el.updateComplete
    const right = el.getBoundingClientRect().right + 0.5
    const wide = [...root(el).querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > right)
    expect(wide.map((n) => n.outerHTML.slice(0, 60))).toEqual([])
    expect(root(el).querySelector('form')).not.toBeNull()
  })
})

describe('<cp-decision> server text is only ever text', () => {
  it('runs none of the XSS payloads and makes no link, in the question, choices, names, views and outcome', async () => {
    trapDialogs()
    const p = (i: number) => XSS_PAYLOADS[i % XSS_PAYLOADS.length]!
    const options = XSS_PAYLOADS.map((text, i) => ({ id: `o-${i}`, text, proposedBy: p(i + 1), count: 1 }))
    const views = XSS_PAYLOADS.map((text, i) => ({ by: p(i + 2), optionId: `o-${i}`, text, at: '2026-03-01T10:00:00Z' }))
    const open = await show(
      exampleDecision({ question: p(0), options, views, myView: { optionId: 'o-1', text: p(3), at: '2026-03-01T10:00:00Z' } }),
    )
    const decided = await show(
      decidedDecision({
        question: p(5),
        options,
        views,
        outcome: { text: p(6), decidedAt: '2026-03-01T10:00:00Z', method: 'delegated', decidedBy: XSS_PAYLOADS.slice() },
      }),
    )
    await new Promise((r) => setTimeout(r, 200))
    assertNothingExecuted()
    for (const el of [open, decided]) {
      expect(linksIn(root(el))).toEqual([])
      expect(dangerousElementsIn(root(el))).toEqual([])
    }
    expect(root(open).querySelector('h2')!.textContent).toBe(p(0))
    expect(root(decided).querySelector('[part=outcome] p')!.textContent).toBe(p(6))
  })
})
