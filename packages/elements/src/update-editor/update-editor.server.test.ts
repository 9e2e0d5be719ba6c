import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PublicUpdate, Update } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent, textOf, waitFor } from '../test-support/dom.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { apiUrl, call, decide, freshInitiative, staff } from '../test-support/api-calls.js'
import '../feedback-inbox/index.js'
import '../updates/index.js'
import type { CpUpdateEditor } from './update-editor.js'
import { draftProblems } from './update-editor.js'
import './index.js'

/*
 * <cp-update-editor> end to end: the real `@coproduce/server` over the real core service, in real Chromium. A
 * member gives feedback, staff answer it from <cp-feedback-inbox> through the editor, and the member sees the
 * answer on <cp-updates>. Nothing stands in for the API.
 */
let ids: Awaited<ReturnType<typeof freshInitiative>>
let said: { id: string }
let keys = 0

beforeAll(async () => {
  ids = await freshInitiative('Answering what people said')
  said = await call<{ id: string }>(
    ids.sam,
    'POST',
    `/initiatives/${ids.initiative}/feedback`,
    { kind: 'idea', text: 'Open the doors at nine, not ten.' },
    {
      'idempotency-key': `editor-${Date.now()}-${keys++}`,
    },
  )
  await decide(ids.sam, 'credit-by-name', 'give')
  await decide(ids.sam, 'quote-with-name', 'give')
  await decide(ids.ali, 'credit-by-name', 'refuse')
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

async function editor(attrs: Record<string, string> = {}, initiative = ids.initiative): Promise<CpUpdateEditor> {
  actAs(staff)
  const el = document.createElement('cp-update-editor')
  el.id = 'editor'
  for (const [name, value] of Object.entries({ endpoint: apiUrl, initiative, ...attrs })) el.setAttribute(name, value)
  document.body.append(el)
  await waitFor(() => el.shadowRoot?.querySelector('form'))
  await el.updateComplete
  return el
}
const root = (el: Element) => el.shadowRoot!
function write(el: CpUpdateEditor, id: string, words: string) {
  const box = root(el).querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${id}`)!
  box.value = words
  box.dispatchEvent(new Event('input'))
}
const choose = (el: CpUpdateEditor, selector: string) => root(el).querySelector<HTMLInputElement>(selector)!.click()
const press = async (el: CpUpdateEditor) => {
  root(el).querySelector<HTMLButtonElement>('[part=publish]')!.click()
  await el.updateComplete
  await waitFor(() => !root(el).querySelector<HTMLButtonElement>('[part=publish]')!.disabled || undefined)
  await el.updateComplete
}
/** The participant's side: <cp-updates> as Sam sees it, once it has loaded. */
async function updatesAsSam(): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  actAs(ids.sam)
  const updates = document.createElement('cp-updates') as HTMLElement & { updateComplete: Promise<boolean> }
  const shown = nextEvent<unknown>(updates, 'cp-load')
  for (const [name, value] of Object.entries({ endpoint: apiUrl, initiative: ids.initiative })) updates.setAttribute(name, value)
  document.body.append(updates)
  await shown
  return updates
}
const summary = (el: CpUpdateEditor) => [...root(el).querySelectorAll('.error-summary li')].map((li) => li.textContent!.trim())

describe('<cp-update-editor> with the real server', () => {
  it('shows every problem at once, in one summary: both texts, the reason for "not possible", nothing saved', async () => {
    const el = await editor()
    choose(el, '#status-not-possible')
    await el.updateComplete
    await press(el)
    expect(summary(el)).toEqual(['Write what people told us', 'Write what we did', 'Say why this is not possible'])
    expect(root(el).activeElement?.classList.contains('error-summary')).toBe(true)
    await expectNoAxeViolations(el, 'editor with errors')
    expect(await call<Update[]>(staff, 'GET', `/initiatives/${ids.initiative}/updates/all`)).toEqual([])
  })

  it('says Done with progress 80 is a mistake, rather than saving 100 quietly', async () => {
    const el = await editor()
    write(el, 'youSaid', 'Open earlier')
    write(el, 'weDid', 'We asked the manager')
    choose(el, '#status-done')
    write(el, 'progress', '80')
    await press(el)
    expect(summary(el)).toEqual(['Done means 100. Change the progress to 100, or choose another status'])
    expect(draftProblems({ ...el.draft, progress: '100' })).toEqual([])
    expect(draftProblems({ ...el.draft, progress: '-1' }).map((p) => p.key)).toEqual(['errorProgress'])
  })

  it('offers thanks by name only where consent allows it now, and says why the others are not offered', async () => {
    const el = await editor()
    expect(root(el).querySelector(`#cr-${ids.sam}`)).not.toBeNull()
    expect(root(el).querySelector(`#cr-${ids.ali}`)).toBeNull()
    expect(textOf(el)).toContain('Not offered: they said no')
  })

  it('shows the language check before publishing, then publishes on the second press', async () => {
    const el = await editor()
    write(el, 'youSaid', 'Hard to reach people cannot get here')
    write(el, 'weDid', 'We will leverage our stakeholder synergies')
    await press(el)
    const flags = root(el).querySelector('[part=flags]')!
    expect(flags.textContent).toContain('Please look at these words before you publish')
    expect(root(el).querySelector('[part=publish]')!.textContent!.trim()).toBe('Publish anyway')
    expect(await call<Update[]>(staff, 'GET', `/initiatives/${ids.initiative}/updates/all`)).toEqual([])
    await expectNoAxeViolations(el, 'editor with language flags')
    const published = nextEvent<Update>(el, 'cp-submit')
    await press(el)
    expect((await published).detail.weDid).toBe('We will leverage our stakeholder synergies')
  })

  it('end to end: feedback → inbox → editor with the feedback linked → preview → publish → the member sees it on <cp-updates>', async () => {
    actAs(staff)
    const inbox = document.createElement('cp-feedback-inbox')
    for (const [name, value] of Object.entries({ endpoint: apiUrl, initiative: ids.initiative, editor: 'editor' }))
      inbox.setAttribute(name, value)
    const loaded = nextEvent(inbox, 'cp-load')
    document.body.append(inbox)
    const el = await editor()
    await loaded
    await inbox.updateComplete
    root(inbox).querySelector<HTMLButtonElement>('[part=answer]')!.click()
    await el.updateComplete
    expect(root(el).querySelector<HTMLInputElement>(`#fb-${said.id}`)!.checked).toBe(true)
    write(el, 'youSaid', 'Opening is too late for people who work')
    write(el, 'weDid', 'From May the doors open at nine')
    choose(el, '#status-in-progress')
    write(el, 'progress', '40')
    choose(el, `#cr-${ids.sam}`)
    await el.updateComplete
    const preview = root(el).querySelector('[part=preview]')!.textContent!.replace(/\s+/g, ' ')
    expect(preview).toContain('From May the doors open at nine')
    expect(preview).toContain('Open the doors at nine, not ten. Sam')
    expect(preview).toContain('Thank you to Sam')
    const published = nextEvent<Update>(el, 'cp-submit')
    await press(el)
    const update = (await published).detail
    expect(update).toMatchObject({ status: 'in-progress', progress: 40, linkedFeedback: [said.id], credits: [ids.sam] })
    expect(textOf(el)).toContain('Published. People can see it now.')

    const updates = await updatesAsSam()
    const mine = (await call<PublicUpdate[]>(ids.sam, 'GET', `/initiatives/${ids.initiative}/updates`)).find((u) => u.id === update.id)
    expect(mine).toMatchObject({ weDid: 'From May the doors open at nine', credits: [{ displayName: 'Sam' }], yours: true })
    await updates.updateComplete
    expect(textOf(updates)).toContain('From May the doors open at nine')
  })

  it('changes an existing update: words, status with a timeline note, and "not possible" with its reason', async () => {
    const made = await call<Update>(staff, 'POST', `/initiatives/${ids.initiative}/updates`, {
      youSaid: 'A quieter room',
      weDid: 'We asked about the back room',
    })
    const el = await editor({ 'update-id': made.id })
    expect(root(el).querySelector<HTMLTextAreaElement>('#weDid')!.value).toBe('We asked about the back room')
    choose(el, '#status-not-possible')
    await el.updateComplete
    write(el, 'reason', 'The back room is used by the nursery every day')
    write(el, 'note', 'We heard back from the nursery')
    const saved = nextEvent<Update>(el, 'cp-submit')
    await press(el)
    const after = (await saved).detail
    expect(after).toMatchObject({ status: 'not-possible', reason: 'The back room is used by the nursery every day' })
    expect(after.timeline.at(-1)).toMatchObject({ status: 'not-possible', note: 'We heard back from the nursery' })
  })

  it('takes an update down with a reason: it leaves <cp-updates>, and the editor then shows when and why, with no form', async () => {
    const made = await call<Update>(staff, 'POST', `/initiatives/${ids.initiative}/updates`, {
      youSaid: 'Tea after the meeting',
      weDid: 'We bought a kettle for the wrong building',
    })
    const el = await editor({ 'update-id': made.id })
    const takeDown = async () => {
      root(el).querySelector<HTMLButtonElement>('[part=withdraw-button]')!.click()
      await el.updateComplete
      await waitFor(() => !root(el).querySelector<HTMLButtonElement>('[part=withdraw-button]')?.disabled || undefined)
      await el.updateComplete
    }
    await takeDown()
    expect(summary(el)).toEqual(['Say why you are taking it down'])
    expect(root(el).querySelector('#withdrawReason')!.getAttribute('aria-invalid')).toBe('true')
    await expectNoAxeViolations(el, 'take-down with an error')
    // The public list, read as the widget's signed-in staff member (the page's session stays theirs).
    const publicIds = async () => (await call<PublicUpdate[]>(staff, 'GET', `/initiatives/${ids.initiative}/updates`)).map((u) => u.id)
    expect(await publicIds()).toContain(made.id)

    write(el, 'withdrawReason', 'It named the wrong building')
    const done = nextEvent<Update>(el, 'cp-submit')
    await takeDown()
    expect((await done).detail.withdrawn).toMatchObject({ reason: 'It named the wrong building' })
    await waitFor(() => root(el).querySelector('.done'))
    expect(root(el).activeElement?.classList.contains('done')).toBe(true)
    expect(textOf(el)).toContain('Taken down. People can no longer see it.')
    expect(root(el).querySelector('form')).toBeNull()
    expect(await publicIds()).not.toContain(made.id)
    await expectNoAxeViolations(el, 'taken down')

    document.body.replaceChildren()
    actAs(staff)
    const again = document.createElement('cp-update-editor')
    const loaded = nextEvent<Update>(again, 'cp-load')
    for (const [name, value] of Object.entries({ endpoint: apiUrl, initiative: ids.initiative, 'update-id': made.id }))
      again.setAttribute(name, value)
    document.body.append(again)
    await loaded
    await again.updateComplete
    expect(root(again).querySelector('h2')!.textContent).toBe('This update was taken down')
    expect(textOf(again)).toContain('It named the wrong building')
    expect(textOf(again)).toContain('write a new update')
    expect(root(again).querySelector('form, textarea, button')).toBeNull()

    const updates = await updatesAsSam()
    await updates.updateComplete
    expect(textOf(updates)).not.toContain('We bought a kettle for the wrong building')
  })

  it('keeps names and words from the server as text, fits 320 px, and speaks Welsh and Urdu', async () => {
    const own = await freshInitiative('XSS editor')
    trapDialogs()
    for (const [i, text] of XSS_PAYLOADS.slice(0, 20).entries())
      await call(
        own.sam,
        'POST',
        `/initiatives/${own.initiative}/feedback`,
        { kind: 'story', text },
        { 'idempotency-key': `xss-ed-${Date.now()}-${i}` },
      )
    await call(staff, 'POST', `/initiatives/${own.initiative}/members`, { displayName: XSS_PAYLOADS[4], roles: ['lived-experience'] })
    const el = await editor({}, own.initiative)
    expect(dangerousElementsIn(root(el))).toEqual([])
    expect(linksIn(root(el))).toEqual([])
    assertNothingExecuted()
    el.style.width = '320px'
    await el.updateComplete
    expect(root(el).querySelector('.root')!.scrollWidth).toBeLessThanOrEqual(320)
    el.setAttribute('lang', 'ur')
    await waitFor(() => root(el).querySelector('[dir=rtl]'))
    expect(textOf(el)).toContain('لوگوں کو بتائیں کیا بدلا')
    await expectNoAxeViolations(el, 'editor in Urdu')
    el.setAttribute('lang', 'cy')
    await waitFor(() => textOf(el).includes('Dywedwch wrth bobl beth newidiodd') || undefined)
  })
})
