import type { CoproducePlugin, HookContext } from '../plugins/define-plugin.js'
import type { DomainEvent, DomainEventType } from '../schemas/events.js'
import type { Member } from '../schemas/member.js'
import type { Store } from '../store/store-port.js'

type Handler = (event: DomainEvent) => void | Promise<void>
export type HookErrorHandler = (error: unknown, info: { plugin: string; event: DomainEvent }) => void

/** Name used in `onHookError` for handlers registered with `cp.on()`. */
export const ON_HANDLER = 'on'

const logError: HookErrorHandler = (error, info) => {
  const log = (globalThis as { console?: { error(...args: unknown[]): void } }).console
  log?.error(`[coproduce] ${info.plugin} failed on ${info.event.type} (${info.event.id})`, error)
}

/**
 * Delivers committed events to plugin hooks, then to `on()` handlers. A hook that throws is reported to
 * `onHookError` and never undoes the change. With an outbox store, the outbox calls `deliver`; otherwise the
 * service hands events over after each commit: each organisation's in the order committed, in a lane of its own,
 * so one organisation's slow hook never holds up another's events.
 */
export class EventDispatcher {
  private readonly handlers = new Map<DomainEventType, Set<Handler>>()
  /** Each organisation's deliveries still to finish, chained in commit order. */
  private readonly lanes = new Map<string, Promise<void>>()
  private readonly onHookError: HookErrorHandler

  constructor(
    private readonly plugins: readonly CoproducePlugin[],
    private readonly getMember: (id: string) => Promise<Member | undefined>,
    onHookError?: HookErrorHandler,
  ) {
    this.onHookError = onHookError ?? logError
  }

  on(type: DomainEventType, handler: Handler): () => void {
    let set = this.handlers.get(type)
    if (!set) this.handlers.set(type, (set = new Set()))
    set.add(handler)
    return () => void set.delete(handler)
  }

  /** Run every hook and handler for one event. Never throws. */
  readonly deliver = async (event: DomainEvent): Promise<void> => {
    for (const plugin of this.plugins) {
      const hook = plugin.hooks?.[event.type] as ((event: DomainEvent, ctx: HookContext) => void | Promise<void>) | undefined
      if (!hook) continue
      await this.guard(plugin.name, event, () => hook(event, { plugin: plugin.name, getMember: this.getMember }))
    }
    for (const handler of [...(this.handlers.get(event.type) ?? [])]) await this.guard(ON_HANDLER, event, () => handler(event))
  }

  /** Queue events committed in-process; each organisation's are delivered in the order they were committed. */
  enqueue(events: readonly DomainEvent[]): void {
    const byOrganisation = new Map<string, DomainEvent[]>()
    for (const event of events) {
      const list = byOrganisation.get(event.organisationId)
      if (list) list.push(event)
      else byOrganisation.set(event.organisationId, [event])
    }
    for (const [organisation, mine] of byOrganisation) {
      const lane: Promise<void> = (this.lanes.get(organisation) ?? Promise.resolve())
        .then(async () => {
          for (const event of mine) await this.deliver(event)
        })
        .finally(() => {
          if (this.lanes.get(organisation) === lane) this.lanes.delete(organisation)
        })
      this.lanes.set(organisation, lane)
    }
  }

  /** Wait for everything queued so far, in every organisation's lane (and what those deliveries queued). */
  async settle(): Promise<void> {
    while (this.lanes.size > 0) await Promise.all(this.lanes.values())
  }

  private async guard(plugin: string, event: DomainEvent, run: () => void | Promise<void>): Promise<void> {
    try {
      await run()
    } catch (error) {
      try {
        this.onHookError(error, { plugin, event })
      } catch {
        // A failing error reporter must not stop delivery either.
      }
    }
  }
}

/** Used by `createCoproduction` to wire delivery to a store. */
export function startDelivery(store: Store, dispatcher: EventDispatcher): { usesOutbox: boolean } {
  if (!store.outbox) return { usesOutbox: false }
  store.outbox.start(dispatcher.deliver)
  return { usesOutbox: true }
}
