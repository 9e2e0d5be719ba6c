import type { CoproducePlugin } from '../plugins/define-plugin.js'
import type { ConsentPurpose } from '../schemas/consent.js'
import type { DomainEvent, DomainEventOf, DomainEventType } from '../schemas/events.js'
import type { Store, StoreTx, TransactionScope } from '../store/store-port.js'
import { isOperator, organisationOf, type Actor, type CallContext } from './actor.js'
import { DEFAULT_ORGANISATION_ID } from '../schemas/organisation.js'
import { initiativeOrganisation, scopedTx } from './organisation-scope.js'
import { erasedError } from './areas/erased.js'
import type { Clock, IdGenerator } from './coproduction.js'
import type { EventDispatcher } from './event-dispatch.js'

/** Records an event in the running transaction. Events carry ids only, never names or words. */
export type Emit = <T extends DomainEventType>(type: T, data: DomainEventOf<T>['data'], initiativeId?: string) => Promise<void>

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The store scope of a call: its organisation, so a store with row-level security enforces it a second time.
 * Operators work across organisations (they list and create them, and read no personal data); anonymous
 * callers have no organisation and reach records by id only.
 */
const scopeOf = (actor: Actor | null | undefined, organisationId: string | undefined): TransactionScope =>
  organisationId === undefined || isOperator(actor) ? {} : { organisationId }

/** What every area of the service shares. Internal: not exported from the package. */
export interface ServiceContext {
  readonly store: Store
  readonly plugins: readonly CoproducePlugin[]
  readonly purposes: readonly ConsentPurpose[]
  /** How long an idempotency key is remembered (ms). */
  readonly idempotencyKeyLifetimeMs: number
  /** How long words hidden by a no to `store-contribution` are kept before they may be erased (ms). */
  readonly hiddenWordsKeptMs: number
  now(): string
  nowDate(): Date
  id(kind: Parameters<IdGenerator['next']>[0]): string
  /**
   * Run `work` in one transaction, scoped to the calling actor's organisation: records of another organisation
   * behave as missing ones. Anonymous callers (no actor) reach records by id only. Every event emitted names the
   * organisation. Events are delivered after the commit, and only then.
   */
  run<T>(ctx: CallContext | undefined, work: (tx: StoreTx, emit: Emit) => Promise<T>): Promise<T>
  /** The actor after plugin identity mapping (e.g. host ids onto member ids through `hostRef`); `erased` for an erased member. */
  actorOf(ctx: CallContext | undefined): Promise<Actor | null>
  purpose(id: string): ConsentPurpose | undefined
}

export function createServiceContext(options: {
  store: Store
  plugins: readonly CoproducePlugin[]
  purposes: readonly ConsentPurpose[]
  clock: Clock
  ids: IdGenerator
  dispatcher: EventDispatcher
  usesOutbox: boolean
  idempotencyKeyLifetimeMs?: number | undefined
  hiddenWordsKeptDays?: number | undefined
}): ServiceContext {
  const { store, plugins, purposes, clock, ids, dispatcher, usesOutbox } = options
  const byId = new Map(purposes.map((p) => [p.id, p]))
  const mappers = plugins.flatMap((p) => (p.identity ? [p.identity] : []))

  const context: ServiceContext = {
    store,
    plugins,
    purposes,
    idempotencyKeyLifetimeMs: options.idempotencyKeyLifetimeMs ?? DAY_MS,
    hiddenWordsKeptMs: (options.hiddenWordsKeptDays ?? 30) * DAY_MS,
    now: () => clock.now().toISOString(),
    nowDate: () => clock.now(),
    id: (kind) => ids.next(kind),
    purpose: (id) => byId.get(id),
    async run(ctx, work) {
      const organisationId = organisationOf(ctx?.actor)
      const { result, events } = await store.transaction(
        async (raw) => {
          const tx = organisationId === undefined ? raw : scopedTx(raw, organisationId)
          const events: DomainEvent[] = []
          const emit: Emit = async (type, data, initiativeId) => {
            const initiative = initiativeId === undefined ? undefined : await raw.initiatives.get(initiativeId)
            const eventOrganisation = initiative ? initiativeOrganisation(initiative) : (organisationId ?? DEFAULT_ORGANISATION_ID)
            const event = { id: ids.next('event'), at: context.now(), organisationId: eventOrganisation, type, data } as DomainEvent
            if (initiativeId !== undefined) event.initiativeId = initiativeId
            await tx.events.append(event)
            events.push(event)
          }
          const result = await work(tx, emit)
          return { result, events }
        },
        scopeOf(ctx?.actor, organisationId),
      )
      if (!usesOutbox) dispatcher.enqueue(events)
      return result
    },
    async actorOf(ctx) {
      let actor: Actor | null = ctx?.actor ?? null
      if (actor && (typeof actor.id !== 'string' || !Array.isArray(actor.roles))) actor = null
      const organisation = organisationOf(actor)
      for (const mapper of mappers) {
        if (!actor) break
        actor = await mapper.mapActor(actor, {
          findMemberByHostRef: (hostRef) =>
            store.transaction(
              async (tx) => {
                // Only members of the caller's own organisation: a host id may be used by two customers.
                const scoped = organisation === undefined ? tx : scopedTx(tx, organisation)
                return (await scoped.members.findByHostRef(hostRef)).find((m) => !m.erasedAt)
              },
              scopeOf(actor, organisation),
            ),
        })
      }
      // Someone erased can do nothing more: not with a session that was open before, not through a host.
      if (actor) {
        const id = actor.id
        const self = await store.transaction((tx) => tx.members.get(id))
        if (self?.erasedAt) throw erasedError(self)
      }
      return actor
    },
  }
  return context
}
