import { createCoproduction, DEFAULT_ORGANISATION_ID, type Actor, type Coproduction, type Store } from '@coproduce/core'
import { createHandler } from '../handler/create-handler.js'
import type { HandlerOptions } from '../handler/options.js'
import { serve } from '../node/serve.js'
import { authenticateFromHeader, httpClient, type HttpCall } from './http-client.js'
import { responseValidator } from './response-validator.js'

/** Staff of the default organisation, as every suite's seed uses. */
export const staff: Actor = { id: 'staff-1', roles: ['staff'], organisationId: DEFAULT_ORGANISATION_ID }

/** A platform operator: organisations only. */
export const operator: Actor = { id: 'operator-1', roles: ['operator'] }

/** Columns the outbox worker changes on its own at any moment: when and how often it tried to deliver. */
const DELIVERY_BOOKKEEPING = ['attempts', 'delivered_at', 'last_attempt_at', 'next_attempt_at', 'last_error']

/**
 * What the store holds, for "nothing changed" checks: its dump without the outbox's delivery bookkeeping, which
 * the background worker updates whenever it delivers an earlier event (the events themselves are kept).
 */
export async function recordsOf(store: Store): Promise<unknown> {
  const dump = (await store.dump()) as { tables?: { outbox?: Record<string, unknown>[] } }
  const outbox = dump.tables?.outbox
  if (!outbox) return dump
  const events = outbox.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !DELIVERY_BOOKKEEPING.includes(key))))
  return { ...dump, tables: { ...dump.tables, outbox: events } }
}

export interface Api {
  url: string
  store: Store
  /** See `recordsOf`. */
  records(): Promise<unknown>
  coproduction: Coproduction
  call: HttpCall
  close(): Promise<void>
}

/**
 * The real handler over a real Node http server on a free port of 127.0.0.1, over the given store.
 * Rate limits are off unless `options` sets `rateLimit` (the suites send thousands of anonymous writes).
 */
export async function startApi(store: Store, options: Partial<HandlerOptions> = {}): Promise<Api> {
  const coproduction = createCoproduction({ store })
  const handler = createHandler({ coproduction, authenticate: authenticateFromHeader, rateLimit: false, ...options })
  const server = await serve(handler, { port: 0, hostname: '127.0.0.1' })
  const raw = httpClient(server.url)
  const check = responseValidator((await raw('GET', '/openapi.json')).body)
  // Every answer the suites receive is checked against the schema the server declares for it.
  const call = (async (method, path, callOptions) => {
    const res = await raw(method, path, callOptions)
    check(method, path, res)
    return res
  }) as HttpCall
  return {
    url: server.url,
    store,
    records: () => recordsOf(store),
    coproduction,
    call,
    close: async () => {
      await server.close()
      await coproduction.close()
    },
  }
}
