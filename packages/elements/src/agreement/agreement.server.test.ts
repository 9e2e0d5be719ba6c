import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AgreementResponseResult, AgreementSummary, PublicDecision } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent, textOf } from '../test-support/dom.js'
import { apiUrl, call, decide, freshInitiative, staff } from '../test-support/api-calls.js'
import type { CpAgreement } from './agreement.js'
import './index.js'

/* <cp-agreement> end to end: the real server's ground rules, two members answering, staff seeing who has not agreed. */
let ids: Awaited<ReturnType<typeof freshInitiative>>
let rules: PublicDecision

beforeAll(async () => {
  ids = await freshInitiative('Ground rules together')
  await decide(ids.ali, 'credit-by-name', 'give')
  rules = await call<PublicDecision>(staff, 'POST', `/initiatives/${ids.initiative}/decisions`, {
    kind: 'ground-rules',
    question: 'Our ground rules',
  })
  await call(staff, 'PATCH', `/initiatives/${ids.initiative}`, {
    agreements: [
      { text: 'We listen to each other.', decidedTogether: true, decisionId: rules.id },
      { text: 'What is said here stays here.', decidedTogether: true, decisionId: rules.id },
    ],
  })
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

async function widgetFor(actor: string, member: string | undefined, mode = ''): Promise<CpAgreement> {
  actAs(actor)
  const el = document.createElement('cp-agreement')
  const loaded = nextEvent<AgreementSummary>(el, 'cp-load')
  el.setAttribute('endpoint', apiUrl)
  el.setAttribute('initiative', ids.initiative)
  if (member) el.setAttribute('member', member)
  if (mode) el.setAttribute('mode', mode)
  document.body.append(el)
  await loaded
  await el.updateComplete
  return el
}
const root = (el: CpAgreement) => el.shadowRoot!

async function answer(el: CpAgreement, index: number, words = ''): Promise<AgreementResponseResult> {
  root(el).querySelector<HTMLInputElement>(`#answer-${index}`)!.click()
  await el.updateComplete
  const box = root(el).querySelector<HTMLTextAreaElement>('#words')!
  box.value = words
  box.dispatchEvent(new Event('input'))
  const submitted = nextEvent<AgreementResponseResult>(el, 'cp-submit')
  root(el).querySelector<HTMLButtonElement>('[part=send]')!.click()
  return (await submitted).detail
}

describe('<cp-agreement> with the real server', () => {
  it('one member agrees, another suggests a change (which opens a decision), and staff see who has not agreed yet', async () => {
    const sam = await widgetFor(ids.sam, ids.sam)
    expect([...root(sam).querySelectorAll('[part=rules] li')].map((li) => li.textContent)).toEqual([
      'We listen to each other.',
      'What is said here stays here.',
    ])
    const agreed = await answer(sam, 0)
    expect(agreed.agreement.agreed).toBe(1)
    await sam.updateComplete
    expect(textOf(sam)).toContain('You said: I agree.')
    await expectNoAxeViolations(sam, 'agreed (real server)')
    sam.remove()

    const ali = await widgetFor(ids.ali, ids.ali)
    const suggested = await answer(ali, 2, 'Add a rule: phones on silent')
    expect(suggested.opened?.question).toBe('Add a rule: phones on silent')
    expect(suggested.agreement.notYet).toBe(1)
    await ali.updateComplete
    expect(root(ali).querySelector('[part=changes]')!.textContent).toContain('Add a rule: phones on silent')
    ali.remove()

    const staffView = await widgetFor(staff, undefined, 'staff')
    expect(root(staffView).querySelector('[part=waiting]')!.textContent!.trim()).toBe('Ali')
    expect(root(staffView).querySelector('form')).toBeNull() // staff without a member id record nothing here
    await expectNoAxeViolations(staffView, 'staff (real server)')

    // A member never gets the names, even with mode="staff".
    const sneaky = await widgetFor(ids.sam, ids.sam, 'staff')
    expect(root(sneaky).querySelector('[part=waiting]')).toBeNull()
  })
})
