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
