import { afterEach, describe, expect, it } from 'vitest'
import { ClientError, OfflineError, type CoproduceClient } from '../shared/client.js'
import type { Involvement } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { mount, textOf } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { exampleInvolvement } from '../decision/fixtures.js'
import type { CpMyInvolvement } from './my-involvement.js'
import './index.js'

/** `<cp-my-involvement>` with its data given through `.client` (the element is real). Real server: `my-involvement.server.test.ts`. */
const unused = () => Promise.reject(new Error('not used in this test'))
const clientWith = (getInvolvement: CoproduceClient['getInvolvement']): CoproduceClient => ({
  getConsentPurposes: unused,
  getUpdates: unused,
  submitFeedback: unused,
  getConsents: unused,
  decideConsent: unused,
  getReceipt: unused,
  getReport: unused,
  getInvolvement,
})
const show = async (data: Involvement | Error | 'never', attrs: Record<string, string> = {}, parent?: HTMLElement) => {
  const el = await mount<CpMyInvolvement>(
    'cp-my-involvement',
    {
      client: clientWith(() =>
        data === 'never' ? new Promise<never>(() => {}) : data instanceof Error ? Promise.reject(data) : Promise.resolve(data),
      ),
    },
    { member: 'm-1', ...attrs },
    parent,
  )
  await new Promise((r) => setTimeout(r, 0))
  await el.updateComplete
  return el
}
const root = (el: CpMyInvolvement) => el.shadowRoot!
const section = (el: CpMyInvolvement, n: number) => root(el).querySelectorAll('[part=section]')[n]!.textContent!.replace(/\s+/g, ' ')

afterEach(() => {
  document.body.replaceChildren()
})

describe('<cp-my-involvement>', () => {
  it('shows sessions with access, childcare and travel; payments made and due; what I said and what changed', async () => {
    const el = await show(exampleInvolvement(), { 'choices-href': '/my/choices' })
    expect(section(el, 0)).toContain('Sessions coming up')
    expect(section(el, 0)).toContain('2 April 2026')
    expect(section(el, 0)).toContain('Planning together')
    expect(section(el, 0)).toContain('In person · 120 minutes')
    expect(section(el, 0)).toContain('Getting in: step-free, hearing loop')
    expect(section(el, 0)).toContain('We can help with childcare.')
    expect(section(el, 0)).toContain('No travel money for this one.')
    expect(section(el, 1)).toContain('We still owe you £25.90 for the session on 20 March 2026.')
    expect(section(el, 1)).toContain('£25.90 paid on 1 March 2026 (cash)')
    expect(section(el, 2)).toContain('The room is cold in the morning.')
    expect(section(el, 2)).toContain('What changed: We put the heating on earlier. (Done)')
    expect(section(el, 2)).toContain('You gave a rating.')
    expect(section(el, 2)).toContain('Nothing has changed because of this yet.')
    expect(section(el, 3)).toContain('Your name is not shown. You can change this in your choices.')
    expect(section(el, 4)).toContain('Your view: Opening hours')
    expect(section(el, 4)).toContain('You suggested: Text reminders')
    expect(section(el, 4)).toContain('You helped decide.')
    expect(section(el, 4)).toContain('Decided: We start with opening hours. (Everyone agreed)')
    const link = root(el).querySelector<HTMLAnchorElement>('[part=choices]')!
    expect(link.getAttribute('href')).toBe('/my/choices')
    expect(link.textContent).toBe('See or change your choices about your words and your name')
    await expectNoAxeViolations(el, 'loaded')
  })

  it('says "Nothing here yet." for each empty section, and takes the host’s own choices slot', async () => {
    const empty = exampleInvolvement({ sessions: [], payments: { made: [], due: [] }, said: [], credited: [], decisions: [] })
    const el = await show(empty)
    expect(root(el).querySelectorAll('[part=section] .hint')).toHaveLength(5)
    expect(root(el).querySelector('[part=choices]')).toBeNull()
    const slotted = document.createElement('a')
    slotted.slot = 'choices'
    slotted.href = '#consent'
    slotted.textContent = 'My choices'
    el.append(slotted)
    expect(root(el).querySelector<HTMLSlotElement>('slot[name=choices]')!.assignedElements()).toEqual([slotted])
    await expectNoAxeViolations(el, 'empty')
  })

  it('has loading, empty, error and offline states', async () => {
    expect(textOf(await show('never'))).toContain('Loading…')
    expect(textOf(await mount('cp-my-involvement'))).toContain('There is nothing to show yet.')
    const failed = await show(new ClientError(403, 'forbidden', 'No'))
    expect(textOf(failed)).toContain('Sorry, we could not load this.')
    await expectNoAxeViolations(failed, 'error')
    const offline = await show(new OfflineError())
    expect(textOf(offline)).toContain('You seem to be offline.')
    await expectNoAxeViolations(offline, 'offline')
  })

  it('speaks Welsh (its own month names), and Urdu right to left', async () => {
    const cy = await show(exampleInvolvement(), { lang: 'cy' })
    expect(section(cy, 0)).toContain('2 Ebrill 2026')
    expect(section(cy, 0)).toContain('Gallwn ni helpu gyda gofal plant.')
    const ur = await show(exampleInvolvement(), { lang: 'ur' })
    expect(root(ur).querySelector('.root')!.getAttribute('dir')).toBe('rtl')
    await expectNoAxeViolations(ur, 'Urdu')
  })

  it('fits 320px wide with text at 200%', async () => {
    const column = document.createElement('div')
    column.style.cssText = 'inline-size:320px;font-size:200%'
    document.body.append(column)
    const el = await show(exampleInvolvement(), { 'choices-href': '/choices' }, column)
    const right = el.getBoundingClientRect().right + 0.5
    expect([...root(el).querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > right).map((n) => n.tagName)).toEqual([])
  })

  it('runs none of the XSS payloads and makes no link from server text', async () => {
    trapDialogs()
    const p = (i: number) => XSS_PAYLOADS[i % XSS_PAYLOADS.length]!
    const base = exampleInvolvement()
    const brief = { updateId: 'u', youSaid: p(1), weDid: p(2), status: 'done' as const, publishedAt: '2026-01-01T00:00:00Z' }
    const el = await show({
      ...base,
      sessions: XSS_PAYLOADS.map((title, i) => ({
        ...base.sessions[0]!,
        id: `s${i}`,
        title,
        venue: { name: p(i + 1), kind: 'community' as const, access: [p(i + 2)] },
      })),
      said: XSS_PAYLOADS.map((text, i) => ({
        feedbackId: `f${i}`,
        kind: 'story',
        text,
        createdAt: '2026-01-01T00:00:00Z',
        changes: [brief],
      })),
      credited: [{ ...brief, shownByName: true }],
      decisions: XSS_PAYLOADS.map((question, i) => ({
        ...base.decisions[0]!,
        decisionId: `d${i}`,
        question,
        myView: { optionText: p(i + 1), at: '2026-01-01T00:00:00Z' },
        proposed: [{ id: 'o', text: p(i + 2) }],
        outcome: { text: p(i + 3), method: 'vote' as const, decidedAt: '2026-01-01T00:00:00Z' },
      })),
    })
    await new Promise((r) => setTimeout(r, 200))
    assertNothingExecuted()
    expect(linksIn(root(el))).toEqual([])
    expect(dangerousElementsIn(root(el))).toEqual([])
  })
})
