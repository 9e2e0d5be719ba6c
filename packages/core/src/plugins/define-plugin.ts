import type { ConsentPurpose } from '../schemas/consent.js'
import type { DomainEventOf, DomainEventType } from '../schemas/events.js'
import type { Member } from '../schemas/member.js'
import type { Actor } from '../service/actor.js'

/**
 * The shape core knows of a principles rule. The full type lives in `@coproduce/principles`;
 * core only carries plugin rules to the engine and never runs them.
 */
export interface PluginRule {
  meta: { id: string; [key: string]: unknown }
  check: (...args: never[]) => unknown
}

/** What a hook can use. */
export interface HookContext {
  plugin: string
  /** Read-only lookups through the service. */
  getMember(id: string): Promise<Member | undefined>
}

export type EventHooks = {
  [T in DomainEventType]?: (event: DomainEventOf<T>, ctx: HookContext) => void | Promise<void>
}

/** Maps the host's identities onto Coproduce actors, e.g. a CRM contact id onto a member via `hostRef`. */
export interface IdentityMapper {
  /** Return the actor to use, or null for anonymous. Called for every service call that has an actor. */
  mapActor(
    actor: Actor,
    lookup: { findMemberByHostRef(hostRef: string): Promise<Member | undefined> },
  ): Promise<Actor | null> | Actor | null
}

export interface CoproducePlugin {
  name: string
  /** Extra consent purposes, offered beside the defaults. */
  purposes?: ConsentPurpose[]
  /** Principles rules, carried for `@coproduce/principles` to run. */
  rules?: PluginRule[]
  /** Called after the domain change is stored. A hook that throws never undoes the change. */
  hooks?: EventHooks
  identity?: IdentityMapper
}

/** Declare a plugin. Identity function with types: it keeps plugins easy to read and check. */
export function definePlugin<const P extends CoproducePlugin>(plugin: P): P {
  return plugin
}
