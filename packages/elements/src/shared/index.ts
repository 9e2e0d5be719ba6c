export * from './client.js'
export * from './events.js'
export * from './i18n.js'
export { baseStyles, formStyles } from './styles.js'
export { CpElement } from './cp-element.js'
export type * from './types.js'
import type { QueuedFeedback } from './offline-queue.js'
export type { QueuedFeedback, FlushResult } from './offline-queue.js'

/** Feedback saved on this device, waiting to be sent (oldest first), for one endpoint or for all. */
export async function pendingFeedback(target?: string): Promise<QueuedFeedback[]> {
  // The queue and idb-keyval load on demand, so a page that never asks does not download them.
  return (await import('./offline-queue.js')).pending(target)
}
