import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Involvement, PublicDecision } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent } from '../test-support/dom.js'
import { apiUrl, call, freshInitiative, giveFeedback, staff } from '../test-support/api-calls.js'
import './index.js'

/* <cp-my-involvement> end to end: what the real server knows about one member, shown to that member. */
let ids: Awaited<ReturnType<typeof freshInitiative>>

beforeAll(async () => {
  ids = await freshInitiative('Involvement in one place')
  const soon = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
  await call(staff, 'POST', `/initiatives/${ids.initiative}/sessions`, {
    title: 'Planning together',
    startsAt: soon,
    durationMinutes: 90,
    format: 'in-person',
    venue: { name: 'Community centre', kind: 'community', access: ['step-free'] },
    childcare: true,
    travelSupport: true,
  })
  const said = await giveFeedback(ids.sam, ids.initiative, 'The room is freezing at nine.')
  await call(staff, 'POST', `/initiatives/${ids.initiative}/updates`, {
    youSaid: 'The room is too cold.',
    weDid: 'We put the heating on an hour earlier.',
    status: 'done',
    linkedFeedback: [said.id],
    credits: [ids.sam],
  })
  const decision = await call<PublicDecision>(staff, 'POST', `/initiatives/${ids.initiative}/decisions`, {
    kind: 'priority',
    question: 'What next?',
    options: [{ text: 'Transport' }],
  })
  await call(
    ids.sam,
    'PUT',
    `/decisions/${decision.id}/views/${ids.sam}`,
    { optionId: decision.options[0]!.id },
    { 'idempotency-key': `inv-${Date.now()}` },
  )
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

describe('<cp-my-involvement> with the real server', () => {
  it('shows the member their session, what they said and what changed, the thanks, and their decision', async () => {
    actAs(ids.sam)
    const el = document.createElement('cp-my-involvement')
    const loaded = nextEvent<Involvement>(el, 'cp-load')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('member', ids.sam)
    el.setAttribute('choices-href', '/my-choices')
    document.body.append(el)
    expect((await loaded).detail.memberId).toBe(ids.sam)
    await el.updateComplete
    const sections = [...el.shadowRoot!.querySelectorAll('[part=section]')].map((s) => s.textContent!.replace(/\s+/g, ' '))
    expect(sections[0]).toContain('Planning together')
    expect(sections[0]).toContain('Getting in: step-free')
    expect(sections[0]).toContain('We can help with childcare.')
    expect(sections[0]).toContain('We pay for your travel.')
    expect(sections[2]).toContain('The room is freezing at nine.')
    expect(sections[2]).toContain('What changed: We put the heating on an hour earlier. (Done)')
    expect(sections[3]).toContain('Your name is not shown.') // Sam has not given credit-by-name consent
    expect(sections[4]).toContain('What next?')
    expect(sections[4]).toContain('Your view: Transport')
    await expectNoAxeViolations(el, 'real server')
  })

  it('another member cannot read it: a plain error, nothing shown', async () => {
    actAs(ids.ali)
    const el = document.createElement('cp-my-involvement')
    const failed = nextEvent<{ status: number }>(el, 'cp-error')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('member', ids.sam)
    document.body.append(el)
    expect((await failed).detail.status).toBe(403)
    await el.updateComplete
    expect(el.shadowRoot!.textContent).toContain('Sorry, we could not load this.')
    expect(el.shadowRoot!.textContent).not.toContain('freezing')
  })
})
