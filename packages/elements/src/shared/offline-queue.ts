import { createStore, del, entries, set, type UseStore } from 'idb-keyval'
import type { Feedback, FeedbackSubmission } from './types.js'

/**
 * Anything saved on this device to send later. `kind` says which widget saved it and what it is (feedback saved
 * before kinds existed has none, and is `feedback`): each widget sends only its own kind.
 */
export interface QueuedItem {
  idempotencyKey: string
  /** Where to send it: the endpoint, or `client` when the host injected its own client. */
  target: string
  queuedAt: string
  kind?: string
}

/**
 * Feedback saved on this device while the server cannot be reached. Each item is keyed by its idempotency key,
 * so the server stores it once however many times it is sent, and the queue holds it once however many times
 * it is saved.
 */
export interface QueuedFeedback {
  idempotencyKey: string
  initiativeId: string
  /** Where to send it: the endpoint, or `client` when the host injected its own client. */
  target: string
  input: FeedbackSubmission
  queuedAt: string
}

export interface FlushResult<T extends QueuedItem = QueuedFeedback, R = Feedback> {
  sent: { item: T; feedback: R }[]
  /** Refused by the server (e.g. no longer valid): removed, never retried. */
  rejected: { item: T; error: unknown }[]
  /** Still waiting for the connection. */
  waiting: number
}

let defaultStore: UseStore | undefined
const store = () => (defaultStore ??= createStore('coproduce', 'feedback-queue'))

/** Keys being sent right now by this page, so two widgets never send the same item at once. */
const inFlight = new Set<string>()

export async function enqueue(item: QueuedItem): Promise<void> {
  await set(item.idempotencyKey, item, store())
}

/** What waits to be sent, oldest first: of one `kind` (default `feedback`), for one target or for all. */
export async function pending<T extends QueuedItem = QueuedFeedback>(target?: string, kind = 'feedback'): Promise<T[]> {
  const all = await entries<string, T>(store())
  return all
    .map(([, item]) => item)
    .filter((item) => (item.kind ?? 'feedback') === kind && (target === undefined || item.target === target))
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt))
}

export async function remove(idempotencyKey: string): Promise<void> {
  await del(idempotencyKey, store())
}

/**
 * Send every queued item for `target`, oldest first. An item leaves the queue only when the server has answered:
 * stored (sent) or refused (rejected). When `mustWait(error)` (the connection failed again, the server is busy),
 * the rest wait for next time. (The caller says which errors those are, so this module, loaded on demand,
 * shares no code with the widget.)
 */
export async function flush<T extends QueuedItem = QueuedFeedback, R = Feedback>(
  target: string,
  send: (item: T) => Promise<R>,
  mustWait: (error: unknown) => boolean,
  kind = 'feedback',
): Promise<FlushResult<T, R>> {
  const result: FlushResult<T, R> = { sent: [], rejected: [], waiting: 0 }
  const items = await pending<T>(target, kind)
  for (const [index, item] of items.entries()) {
    if (inFlight.has(item.idempotencyKey)) continue
    inFlight.add(item.idempotencyKey)
    try {
      const feedback = await send(item)
      await remove(item.idempotencyKey)
      result.sent.push({ item, feedback })
    } catch (error) {
      if (mustWait(error)) {
        result.waiting = items.length - index
        break
      }
      await remove(item.idempotencyKey)
      result.rejected.push({ item, error })
    } finally {
      inFlight.delete(item.idempotencyKey)
    }
  }
  return result
}
