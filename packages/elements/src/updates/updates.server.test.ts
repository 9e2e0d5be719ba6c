import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { commands } from 'vitest/browser'
import type { PublicUpdate } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent, textOf } from '../test-support/dom.js'
import './index.js'
import { apiUrl, call, decide, freshInitiative, giveFeedback, staff } from '../test-support/api-calls.js'
import type { CpUpdates } from './updates.js'

/*
 * <cp-updates> against the real server: the words and names it shows are exactly those the people gave consent
 * for, because the server filters them, and the widget shows only what the server returned.
 */
let ids: Awaited<ReturnType<typeof freshInitiative>>

beforeAll(async () => {
  ids = await freshInitiative('Warmer mornings')
  const { initiative, sam, ali } = ids
  await decide(sam, 'quote-with-name', 'give')
  await decide(sam, 'credit-by-name', 'give')
  await decide(ali, 'credit-by-name', 'refuse')
  const samSaid = await giveFeedback(sam, initiative, 'The room is freezing at nine.')
  const aliSaid = await giveFeedback(ali, initiative, 'Ali would rather this stayed private.')
  await call(staff, 'POST', `/initiatives/${initiative}/updates`, {
    youSaid: 'The room is too cold in the morning.',
    weDid: 'We put the heating on an hour earlier.',
    status: 'in-progress',
    progress: 40,
    linkedFeedback: [samSaid.id, aliSaid.id],
    credits: [sam, ali],
  })
  await call(staff, 'POST', `/initiatives/${initiative}/updates`, {
    youSaid: 'Open on Sundays.',
    weDid: 'We asked the landlord.',
    status: 'not-possible',
    reason: 'the lease does not let us open on Sundays.',
  })
})

afterEach(async () => {
  document.body.replaceChildren()
  await commands.setServerReachable(true)
  actAs('')
})

const cardSaying = (el: CpUpdates, words: string) =>
  [...el.shadowRoot!.querySelectorAll('article.card')].find((card) => card.textContent!.includes(words))!

describe('<cp-updates> with the real server', () => {
  it('shows the member’s own contribution, and only the quotes and names people agreed to share', async () => {
    actAs(ids.sam)
    const el = document.createElement('cp-updates')
    const loaded = nextEvent<{ updates: PublicUpdate[] }>(el, 'cp-load')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('initiative', ids.initiative)
    el.setAttribute('member', ids.sam)
    document.body.append(el)
    const { detail } = await loaded
    expect(detail.updates).toHaveLength(2)
    await el.updateComplete

    const cold = cardSaying(el, 'The room is too cold')
    expect(cold.querySelector('[part=yours]')!.textContent).toBe('You helped with this')
    expect([...cold.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual(['The room is freezing at nine.'])
    expect(cold.querySelector('figcaption')!.textContent).toBe('Sam · Your words')
    expect(cold.querySelector('[part=credits]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('With thanks to: Sam')
    expect(cold.textContent).toContain('This answers 2 pieces of feedback.')
    expect(cold.querySelector('progress')!.value).toBe(40)
    expect(textOf(el)).not.toContain('Ali')

    const sunday = cardSaying(el, 'Open on Sundays.')
    expect(sunday.querySelector('[part=reason]')!.textContent).toBe('Why it is not possible: the lease does not let us open on Sundays.')
    expect(sunday.querySelector('[part=yours]')).toBeNull()
    await expectNoAxeViolations(el, 'real server')
  })

  it('drops a name and words as soon as the person withdraws consent', async () => {
    await decide(ids.sam, 'credit-by-name', 'withdraw')
    await decide(ids.sam, 'quote-with-name', 'withdraw')
    actAs('')
    const el = document.createElement('cp-updates')
    const loaded = nextEvent(el, 'cp-load')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('initiative', ids.initiative)
    document.body.append(el)
    await loaded
    await el.updateComplete
    const cold = cardSaying(el, 'The room is too cold')
    expect(cold.querySelector('[part=credits]')).toBeNull()
    expect(cold.querySelector('blockquote')).toBeNull()
    expect(textOf(el)).not.toContain('Sam')
    expect(textOf(el)).not.toContain('freezing')
    // Without a member, nothing is marked as the viewer's own.
    expect(cold.querySelector('[part=yours]')).toBeNull()
  })

  it('says it is offline when the server cannot be reached, and loads once it can', async () => {
    await commands.setServerReachable(false)
    const el = document.createElement('cp-updates')
    const failed = nextEvent<{ code: string }>(el, 'cp-error')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('initiative', ids.initiative)
    document.body.append(el)
    expect((await failed).detail.code).toBe('offline')
    await el.updateComplete
    expect(textOf(el)).toContain('You seem to be offline.')
    await commands.setServerReachable(true)
    const loaded = nextEvent(el, 'cp-load')
    window.dispatchEvent(new Event('online'))
    await loaded
    await el.updateComplete
    expect(el.shadowRoot!.querySelectorAll('article.card')).toHaveLength(2)
  })

  it('a 404 for an unknown initiative is an error in plain words, not a crash', async () => {
    const el = document.createElement('cp-updates')
    const failed = nextEvent<{ code: string; status: number }>(el, 'cp-error')
    el.setAttribute('endpoint', apiUrl)
    el.setAttribute('initiative', 'no-such-initiative')
    document.body.append(el)
    expect((await failed).detail).toMatchObject({ code: 'not-found', status: 404 })
    await el.updateComplete
    expect(textOf(el)).toContain('Sorry, we could not load the updates.')
  })
})
