import type { ConsentRecord, Feedback, FeedbackSubmission, InboxItem } from './types.js'

/** The events the widgets send. Every one bubbles out of shadow DOM and carries the domain object in `detail`. */
export const EVENTS = {
  /** Feedback was stored by the server: `detail` is the stored `Feedback`. */
  submit: 'cp-submit',
  /** Feedback was saved on this device to send later: `detail` is `{ idempotencyKey, initiativeId, input }`. */
  queued: 'cp-queued',
  /** A consent decision was recorded: `detail` is the `ConsentRecord`. */
  consentChange: 'cp-consent-change',
  /** Something went wrong: `detail` is `{ error, code, status? }`. */
  error: 'cp-error',
  /** The widget loaded what it shows from the server: `detail` is what it loaded. */
  load: 'cp-load',
  /** Staff chose "Answer with an update" in the inbox: `detail` is `{ feedback }`, the items to link. */
  answer: 'cp-answer',
  /** `<cp-plan-check>` checked a draft of the plan: `detail` is the principles `Report`. */
  check: 'cp-check',
} as const

export type CpEventName = (typeof EVENTS)[keyof typeof EVENTS]

/** Dispatch a `CustomEvent` that bubbles and crosses shadow roots. Returns false when a listener cancelled it. */
export function emit<T>(element: EventTarget, name: CpEventName, detail: T): boolean {
  return element.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true }))
}

/** What `cp-error` carries. */
export interface CpErrorDetail {
  error: unknown
  /** `offline`, or the server's problem `code` (e.g. `validation`, `forbidden`), or `unknown`. */
  code: string
  status?: number
}

/** What `cp-queued` carries: the feedback saved on this device, and the key it will be sent with. */
export interface CpQueuedDetail {
  idempotencyKey: string
  initiativeId: string
  input: FeedbackSubmission
}

/**
 * The `cp-*` events, typed for `addEventListener` on any element, so `event.detail` has the right shape in
 * TypeScript: `feedback.addEventListener('cp-submit', (e) => e.detail.id)`.
 */
export interface CpEventMap {
  'cp-submit': CustomEvent<Feedback>
  'cp-queued': CustomEvent<CpQueuedDetail>
  'cp-consent-change': CustomEvent<ConsentRecord>
  'cp-error': CustomEvent<CpErrorDetail>
  /** What the widget loaded; its shape depends on the widget. */
  'cp-load': CustomEvent<unknown>
  'cp-answer': CustomEvent<CpAnswerDetail>
}

/** What `cp-answer` carries: the feedback an update should answer (anonymous items carry no identity). */
export interface CpAnswerDetail {
  feedback: InboxItem[]
}

declare global {
  interface HTMLElementEventMap extends CpEventMap {}
}

/** The options `addEventListener` takes. */
type ListenOptions = boolean | AddEventListenerOptions

/**
 * A widget's own event map on the widget itself: `addEventListener` and `removeEventListener` give each event's
 * `detail` its exact type there (e.g. `cp-load` on `<cp-updates>` is `{ updates }`), every other event as usual.
 * A widget merges it into its class: `export interface CpUpdates extends WidgetEvents<CpUpdatesEventMap, CpUpdates> {}`.
 */
export interface WidgetEvents<Events, Self> {
  addEventListener<K extends keyof Events>(type: K, listener: (this: Self, event: Events[K]) => unknown, options?: ListenOptions): void
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: Self, event: HTMLElementEventMap[K]) => unknown,
    options?: ListenOptions,
  ): void
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: ListenOptions): void
  removeEventListener<K extends keyof Events>(type: K, listener: (this: Self, event: Events[K]) => unknown, options?: ListenOptions): void
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: Self, event: HTMLElementEventMap[K]) => unknown,
    options?: ListenOptions,
  ): void
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: ListenOptions): void
}
