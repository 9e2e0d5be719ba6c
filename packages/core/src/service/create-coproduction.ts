import type { CoproducePlugin } from '../plugins/define-plugin.js'
import { creditOptions, feedbackInbox } from './areas/feedback-inbox.js'
import { mergePurposes } from '../purposes/merge-purposes.js'
import type { DomainEvent } from '../schemas/events.js'
import type { Clock, Coproduction, CoproductionOptions, IdGenerator } from './coproduction.js'
import { consentArea } from './areas/consent.js'
import { decisionsArea } from './areas/decisions.js'
import { erasureArea } from './areas/erasure.js'
import { exportsArea } from './areas/exports.js'
import { feedbackArea } from './areas/feedback.js'
import { initiativesArea } from './areas/initiatives.js'
import { involvementArea } from './areas/involvement.js'
import { membersArea } from './areas/members.js'
import { organisationsArea } from './areas/organisations.js'
import { paymentsArea } from './areas/payments.js'
import { sessionsArea } from './areas/sessions.js'
import { updatesArea } from './areas/updates.js'
import { EventDispatcher, startDelivery } from './event-dispatch.js'
import { createServiceContext } from './service-context.js'

/** Real time. */
export const systemClock: Clock = { now: () => new Date() }

/** Random UUIDs from the Web Crypto API (browsers, Node 20+, Deno, Bun, workers). */
export const randomIds: IdGenerator = {
  next: () => (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID(),
}

/**
 * Create the Coproduce service over a store. Every method parses its input, checks who is asking, and
 * changes nothing when it fails. Consent is enforced here, so no caller has to remember to filter.
 */
export function createCoproduction(options: CoproductionOptions): Coproduction {
  const plugins: readonly CoproducePlugin[] = Object.freeze([...(options.plugins ?? [])])
  const names = new Set<string>()
  for (const plugin of plugins) {
    if (names.has(plugin.name)) throw new Error(`Two plugins are called "${plugin.name}"`)
    names.add(plugin.name)
  }
  const purposes = mergePurposes(plugins)
  const { store } = options
  const lifetime = options.idempotencyKeyLifetimeMs
  if (lifetime !== undefined && !(Number.isFinite(lifetime) && lifetime > 0))
    throw new TypeError('idempotencyKeyLifetimeMs must be a number of milliseconds above 0')
  const keptDays = options.hiddenWordsKeptDays
  if (keptDays !== undefined && !(Number.isFinite(keptDays) && keptDays >= 0))
    throw new TypeError('hiddenWordsKeptDays must be a number of days, 0 or more')
  const dispatcher = new EventDispatcher(plugins, (id) => store.transaction((tx) => tx.members.get(id)), options.onHookError)
  const { usesOutbox } = startDelivery(store, dispatcher)
  const s = createServiceContext({
    store,
    plugins,
    purposes,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
    dispatcher,
    usesOutbox,
    idempotencyKeyLifetimeMs: options.idempotencyKeyLifetimeMs,
    hiddenWordsKeptDays: keptDays,
  })

  let closed = false
  return {
    plugins,
    organisations: organisationsArea(s),
    initiatives: initiativesArea(s),
    members: membersArea(s),
    sessions: sessionsArea(s),
    feedback: { ...feedbackArea(s), inbox: (id, query, ctx) => feedbackInbox(s, id, query, ctx) },
    consent: consentArea(s),
    updates: { ...updatesArea(s), creditOptions: (id, ctx) => creditOptions(s, id, ctx) },
    payments: paymentsArea(s),
    exports: exportsArea(s),
    decisions: decisionsArea(s),
    involvement: involvementArea(s),
    erase: erasureArea(s),
    on: (type, handler) => dispatcher.on(type, handler as (event: DomainEvent) => void | Promise<void>),
    async flush() {
      await dispatcher.settle()
      if (store.outbox) await store.outbox.flush()
      await dispatcher.settle()
    },
    /**
     * Deliver what is pending, stop the outbox and close the store. The outbox is stopped and the store closed
     * even when the last delivery fails (the store is away, say); that failure is then thrown. Events still in a
     * durable outbox are delivered after the next start.
     */
    async close() {
      if (closed) return
      closed = true
      try {
        await this.flush()
      } finally {
        try {
          if (store.outbox) await store.outbox.stop()
        } finally {
          await store.close()
        }
      }
    },
  }
}
