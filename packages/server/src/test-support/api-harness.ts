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

export interface Api {
  url: string
  store: Store
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
    coproduction,
    call,
    close: async () => {
      await server.close()
      await coproduction.close()
    },
  }
}
