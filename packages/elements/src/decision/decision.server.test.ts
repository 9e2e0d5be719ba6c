import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { commands } from 'vitest/browser'
import { pending } from '../shared/offline-queue.js'
import type { PublicDecision } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent, sleep, textOf } from '../test-support/dom.js'
import { apiUrl, call, decide, freshInitiative, staff } from '../test-support/api-calls.js'
import type { CpDecision } from './decision.js'
import type { QueuedDecisionItem } from './decision-send.js'
import './index.js'

/*
 * <cp-decision> end to end: the real `@coproduce/server` routes over the real core service, two members and a
 * member of staff taking one decision from opening to outcome, in real Chromium. Nothing stands in for the API.
 */
let ids: Awaited<ReturnType<typeof freshInitiative>>

beforeAll(async () => {
  ids = await freshInitiative('Deciding the aims together')
  await decide(ids.sam, 'credit-by-name', 'give') // Sam's name may show; Ali's may not
})

afterEach(async () => {
  document.body.replaceChildren()
  await commands.setServerReachable(true)
  actAs('')
})

const open = (question: string) =>
  call<PublicDecision>(staff, 'POST', `/initiatives/${ids.initiative}/decisions`, {
    kind: 'aims',
    question,
    options: [{ text: 'Opening hours' }, { text: 'A warmer waiting room' }],
  })

async function widgetFor(member: string, decision: string): Promise<CpDecision> {
  actAs(member)
  const el = document.createElement('cp-decision')
  const loaded = nextEvent(el, 'cp-load')
  for (const [name, value] of Object.entries({ endpoint: apiUrl, initiative: ids.initiative, decision, member }))
    el.setAttribute(name, value)
  document.body.append(el)
  await loaded
  await el.updateComplete
  return el
}
const root = (el: CpDecision) => el.shadowRoot!
const choose = (el: CpDecision, index: number) => root(el).querySelector<HTMLInputElement>(`#option-${index}`)!.click()
function write(el: CpDecision, id: 'reason' | 'propose', words: string) {
  const box = root(el).querySelector<HTMLTextAreaElement>(`#${id}`)!
  box.value = words
  box.dispatchEvent(new Event('input'))
}
const press = (el: CpDecision, which: 'send' | 'propose') =>
  (which === 'send'
    ? root(el).querySelector<HTMLButtonElement>('[part=send]')!
    : root(el).querySelector<HTMLButtonElement>('form.propose button')!
  ).click()

describe('<cp-decision> with the real server', () => {
  it('two members give their views and add a choice; names show only with consent; one current view each', async () => {
    const decision = await open('What should we work on first?')

    const sam = await widgetFor(ids.sam, decision.id)
    expect(root(sam).querySelector('h2')!.textContent).toBe('What should we work on first?')
    choose(sam, 0)
    write(sam, 'reason', 'Mornings are hard with the school run.')
    const samGave = nextEvent<PublicDecision>(sam, 'cp-submit')
    press(sam, 'send')
    expect((await samGave).detail.myView).toMatchObject({
      optionId: decision.options[0]!.id,
      text: 'Mornings are hard with the school run.',
    })
    await sam.updateComplete
    expect(textOf(sam)).toContain('Thank you. Your view is saved.')
    await expectNoAxeViolations(sam, 'view given (real server)')
    sam.remove()

    const ali = await widgetFor(ids.ali, decision.id)
    write(ali, 'propose', 'Text reminders')
    const aliAdded = nextEvent<PublicDecision>(ali, 'cp-submit')
    press(ali, 'propose')
    const added = (await aliAdded).detail
    expect(added.options.map((o) => o.text)).toEqual(['Opening hours', 'A warmer waiting room', 'Text reminders'])
    await ali.updateComplete
    expect(root(ali).querySelectorAll('[part=option]')[2]!.textContent).toContain('You suggested this')
    // Sam gave consent to be named; his view shows his name to Ali.
    expect(root(ali).querySelector('[part=views]')!.textContent).toContain('Sam')
    choose(ali, 2)
    const aliGave = nextEvent<PublicDecision>(ali, 'cp-submit')
    press(ali, 'send')
    expect((await aliGave).detail.viewCount).toBe(2)
    ali.remove()

    // Sam changes his mind: still one current view each.
    const again = await widgetFor(ids.sam, decision.id)
    expect(root(again).querySelector<HTMLInputElement>('#option-0')!.checked).toBe(true)
    expect(root(again).querySelectorAll('[part=option]')[2]!.textContent).toContain('Suggested by A member') // Ali gave no consent
    expect(textOf(again)).not.toContain('Ali')
    choose(again, 2)
    const changed = nextEvent<PublicDecision>(again, 'cp-submit')
    press(again, 'send')
    const { detail } = await changed
    expect(detail.viewCount).toBe(2)
    expect(detail.options[2]!.count).toBe(2)
  })

  it('offline: the view is kept on this device, then sent once with its key when the connection returns', async () => {
    const decision = await open('Where should we meet?')
    const el = await widgetFor(ids.sam, decision.id)
    await commands.setServerReachable(false)
    choose(el, 1)
    const queued = nextEvent<QueuedDecisionItem>(el, 'cp-queued')
    press(el, 'send')
    const item = (await queued).detail
    expect(item).toMatchObject({
      kind: 'decision-view',
      memberId: ids.sam,
      decisionId: decision.id,
      input: { optionId: decision.options[1]!.id },
    })
    await el.updateComplete
    expect(textOf(el)).toContain("Saved. We'll send it when you're back online.")
    await expectNoAxeViolations(el, 'saved offline')
    expect((await pending<QueuedDecisionItem>(apiUrl, 'decision-view')).map((i) => i.idempotencyKey)).toEqual([item.idempotencyKey])
    // Feedback's own queue does not see it.
    expect((await pending(apiUrl)).map((i) => i.idempotencyKey)).not.toContain(item.idempotencyKey)

    await commands.setServerReachable(true)
    let sent = 0
    el.addEventListener('cp-submit', () => sent++)
    const submitted = nextEvent<PublicDecision>(el, 'cp-submit')
    window.dispatchEvent(new Event('online'))
    expect((await submitted).detail.myView?.optionId).toBe(decision.options[1]!.id)
    window.dispatchEvent(new Event('online')) // a second "online" finds nothing left to send
    await sleep(500)
    expect(sent).toBe(1)
    expect(await pending(apiUrl, 'decision-view')).toEqual([])
    // The server has it once: the same key again changes nothing.
    const replay = await call<PublicDecision>(ids.sam, 'PUT', `/decisions/${decision.id}/views/${ids.sam}`, item.input, {
      'idempotency-key': item.idempotencyKey,
    })
    expect(replay.viewCount).toBe(1)
  })

  it('after the outcome: what was decided, how in plain words, and by whom (names follow consent)', async () => {
    const decision = await open('Which day suits most people?')
    await call(staff, 'POST', `/decisions/${decision.id}/outcome`, {
      text: 'We meet on Tuesdays.',
      optionId: decision.options[0]!.id,
      method: 'delegated',
      decidedBy: [ids.sam, ids.ali],
    })
    const el = await widgetFor(ids.ali, decision.id)
    const outcome = root(el).querySelector('[part=outcome]')!.textContent!.replace(/\s+/g, ' ')
    expect(outcome).toContain('We meet on Tuesdays.')
    expect(outcome).toContain('The group asked Sam and A member to decide')
    expect(root(el).querySelector('form')).toBeNull()
    await expectNoAxeViolations(el, 'decided (real server)')
  })

  it('a view sent after the group decided gets a plain answer (409), not a crash', async () => {
    const decision = await open('What should we call the group?')
    const el = await widgetFor(ids.sam, decision.id)
    await call(staff, 'POST', `/decisions/${decision.id}/outcome`, { text: 'Morning Voices', method: 'consensus', decidedBy: [ids.sam] })
    actAs(ids.sam)
    choose(el, 0)
    const failed = nextEvent<{ code: string; status: number }>(el, 'cp-error')
    press(el, 'send')
    expect((await failed).detail.status).toBe(409)
    await el.updateComplete
    await sleep(50)
    expect(root(el).querySelector('.error-summary')!.textContent).toContain('This has been decided already')
    await expectNoAxeViolations(el, 'closed')
  })
})
