import { html, LitElement } from 'lit'
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest'
import { createHttpClient, OfflineError, type CoproduceClient } from '../shared/client.js'
import type { ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { pending, remove } from '../shared/offline-queue.js'
import type { Feedback, FeedbackSubmission } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, focusedIn, mount, nextEvent, textOf, waitFor } from '../test-support/dom.js'
import { Sender, words } from './feedback-after-send.js'

/**
 * The `Sender` controller on its own, in a real element of the smallest kind, against the real test server: the
 * element makes one, hands it its events and how to show what happened, and shows the thank-you the
 * controller renders once it says `sent` (or `queued`). The key in use, the feedback saved on the device and the
 * retry are the controller's own.
 */
class SendingHost extends LitElement {
  static override properties = { phase: { state: true } }
  declare phase: 'form' | 'queued' | 'sent'
  member: string | undefined
  endpoint: string | undefined
  client: CoproduceClient | undefined
  replyWithinDays: number | undefined = 7
  errors: Record<string, string> = {}
  summary: ErrorItem[] = []
  failures: unknown[] = []
  retries = 0
  api!: CoproduceClient
  sender = new Sender(this, {
    emit,
    fail: (error) => this.failures.push(error),
    phase: (phase) => (this.phase = phase),
    errors: (byField, items) => {
      this.errors = byField
      this.summary = items
    },
    textField: () => 'text',
  })
  constructor() {
    super()
    this.phase = 'form'
  }
  async sendQueued() {
    this.retries++
    await this.sender.sendQueued(this.api, t)
  }
  override render() {
    return this.phase === 'form'
      ? html`<form><div class="error-summary" tabindex="-1">${this.summary.map((i) => html`<p>${i.message}</p>`)}</div><textarea aria-label="Words"></textarea></form>`
      : this.sender.renderDone(this.phase, t, () => {
          this.sender.clear()
          this.phase = 'form'
        })
  }
}
customElements.define('test-sending-host', SendingHost)

const apiUrl = inject('apiUrl')
const seed = inject('seed')
const t = ((key: keyof typeof words | 'errorOffline', values?: Record<string, unknown>) =>
  (key === 'errorOffline' ? 'You are offline.' : words[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(values?.[k]))) as never
const rating: FeedbackSubmission = { kind: 'rating', rating: 'good', anonymous: false }

/** A host's own client: the real server's, unless `offline()` says there is no connection. */
function clientFor(offline: () => boolean): CoproduceClient {
  const real = createHttpClient({ endpoint: apiUrl })
  return {
    ...real,
    submitFeedback: (initiativeId, input, key) =>
      offline() ? Promise.reject(new OfflineError()) : real.submitFeedback(initiativeId, input, key),
  }
}

async function mountHost(props: Partial<SendingHost> = {}): Promise<SendingHost> {
  const api = props.client ?? createHttpClient({ endpoint: apiUrl })
  return mount<SendingHost>('test-sending-host', { endpoint: apiUrl, member: seed.memberId, api, ...props })
}

beforeEach(() => actAs(seed.memberId))
afterEach(async () => {
  document.body.replaceChildren()
  vi.useRealTimers()
  for (const item of await pending()) await remove(item.idempotencyKey)
})

describe('Sender (sending feedback from <cp-feedback>)', () => {
  it('sends once per key, however often it is asked, then thanks the person with focus on the thank-you', async () => {
    const el = await mountHost()
    const submitted: Feedback[] = []
    el.addEventListener('cp-submit', (e) => submitted.push((e as CustomEvent<Feedback>).detail))
    await Promise.all([el.sender.send(el.api, seed.initiativeId, rating, t), el.sender.send(el.api, seed.initiativeId, rating, t)])
    expect(submitted).toHaveLength(2)
    expect(submitted[1]!.id).toBe(submitted[0]!.id) // the server kept one: the second answer is the first, replayed
    expect(el.phase).toBe('sent')
    expect(el.sender.key).toBeUndefined()
    await waitFor(() => focusedIn(el)?.classList.contains('status'))
    expect(textOf(el)).toContain(words.thanksHeading)
    expect(textOf(el)).toContain('within 7 days')
    expect(textOf(el)).not.toContain(words.thanksAnonymous)
    await expectNoAxeViolations(el, 'thank-you')
  })

  it('says "We did not keep your name" only to a signed-in person who sent without it', async () => {
    const el = await mountHost()
    await el.sender.send(el.api, seed.initiativeId, { ...rating, anonymous: true }, t)
    expect(el.sender.sentAnonymous).toBe(true)
    await el.updateComplete
    expect(textOf(el)).toContain(words.thanksAnonymous)
  })

  it('shows the server’s problems by their fields and keeps the form', async () => {
    const el = await mountHost()
    await el.sender.send(el.api, seed.initiativeId, { kind: 'rating', rating: 'splendid', anonymous: false } as never, t)
    expect(el.phase).toBe('form')
    expect(el.summary.map((i) => i.id)).toEqual(['rating-0'])
    expect(Object.keys(el.errors)).toEqual(['rating'])
    expect(el.failures).toHaveLength(1)
  })

  it('saves feedback on the device when offline, and sends it exactly once when the connection returns', async () => {
    let offline = true
    const client = clientFor(() => offline)
    const el = await mountHost({ client, api: client })
    const queued = nextEvent<{ idempotencyKey: string }>(el, 'cp-queued')
    await el.sender.send(client, seed.initiativeId, rating, t)
    const { idempotencyKey } = (await queued).detail
    expect(el.phase).toBe('queued')
    expect(el.sender.queuedKey).toBe(idempotencyKey)
    expect((await pending('client')).map((i) => i.idempotencyKey)).toEqual([idempotencyKey])
    await el.updateComplete
    expect(textOf(el)).toContain(words.queuedHeading)

    offline = false
    const sent = nextEvent<Feedback>(el, 'cp-submit')
    await el.sender.sendQueued(client, t)
    expect((await sent).detail.idempotencyKey).toBe(idempotencyKey)
    expect([el.phase, el.sender.afterQueue, el.sender.queuedKey]).toEqual(['sent', true, undefined])
    expect(await pending('client')).toEqual([])
    await el.updateComplete
    expect(textOf(el)).toContain(words.sentAfterQueue)
  })

  it('tries again every 15 seconds while the feedback waits, and stops when the element leaves the page', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const client = clientFor(() => true)
    const el = await mountHost({ client, api: client })
    await el.sender.send(client, seed.initiativeId, rating, t)
    expect(el.phase).toBe('queued')
    await vi.advanceTimersByTimeAsync(15_000)
    expect(el.retries).toBe(1)
    el.remove()
    await vi.advanceTimersByTimeAsync(45_000)
    expect(el.retries).toBe(1)
  })

  it('starts a new key, and a plain thank-you, for the next piece of feedback after "Send more feedback"', async () => {
    const el = await mountHost()
    await el.sender.send(el.api, seed.initiativeId, rating, t)
    await el.updateComplete
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === words.sendMore)!
    more.click()
    await waitFor(() => focusedIn(el)?.tagName === 'TEXTAREA')
    expect([el.phase, el.sender.key, el.sender.afterQueue]).toEqual(['form', undefined, false])
  })
})
