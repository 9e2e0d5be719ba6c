import type { Actor } from '@coproduce/core'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status'
import { checkAccess } from '../auth/access.js'
import { languagesOf } from '../http/accept-language.js'
import { corsMiddleware } from '../http/cors.js'
import { errorToProblem } from '../http/error-to-problem.js'
import { writeRateLimits } from '../http/rate-limit.js'
import { readJsonBody } from '../http/read-json-body.js'
import { problem, problemResponse } from '../http/problem.js'
import { STORE_RETRY_AFTER_SECONDS } from '../http/store-unavailable.js'
import { buildOpenApiDocument, type OpenApiDocument } from '../openapi/build-document.js'
import { ALL_ROUTES } from '../routes/all-routes.js'
import type { RouteSpec } from '../routes/route-spec.js'
import { checkOptions } from './check-options.js'
import { defaultReport } from './default-report.js'
import { DEFAULT_BODY_LIMIT, type HandlerOptions } from './options.js'
import { routePathGetter, serverUrl } from './route-path.js'
import { SERVER_VERSION } from './version.js'

type Env = { Variables: { actor: Actor | null } }

/**
 * A web-standard Fetch handler, as returned by `createHandler`. `env` is what the host's adapter passes along
 * (for Node, `{ incoming, outgoing }`): used for the caller's address and Express's `baseUrl` when present.
 */
export type FetchHandler = (request: Request, env?: unknown) => Promise<Response>

/**
 * The Coproduce HTTP API as one Fetch handler. Mount it under any path: the handler finds its routes
 * whether the host strips the mount from the address or not (pass `basePath` when the mount itself contains
 * `initiatives`, `members`, `consent-purposes` or `openapi.json`).
 */
export function createHandler(options: HandlerOptions): FetchHandler {
  checkOptions(options)
  const { coproduction, authenticate, basePath } = options
  const report = options.report ?? defaultReport
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  const app = new Hono<Env>({ getPath: routePathGetter(basePath) })

  if (options.cors) app.use('*', corsMiddleware(options.cors))
  app.use(
    '*',
    bodyLimit({
      maxSize: limit,
      onError: () => problemResponse(problem('payload-too-large', `This is too big to send: the most we take is ${limit} bytes`)),
    }),
  )
  app.use('*', async (c, next) => {
    c.set('actor', null)
    if (c.req.method !== 'OPTIONS') c.set('actor', (await authenticate(c.req.raw)) ?? null)
    await next()
  })

  let document: OpenApiDocument | undefined
  app.get('/openapi.json', (c) => {
    document ??= buildOpenApiDocument(ALL_ROUTES, SERVER_VERSION, options.openapi)
    return c.json({ ...document, servers: [{ url: serverUrl(c.req.raw, c.env, basePath) }] })
  })

  const limits = options.rateLimit === false ? [] : writeRateLimits(options.rateLimit)
  const register = (route: RouteSpec) => {
    if (route.method !== 'get') for (const limit of limits) app.on(route.method.toUpperCase(), route.path, limit)
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      const actor = c.get('actor')
      const params = c.req.param() as Record<string, string>
      checkAccess(route.access, actor, coproduction, params.id)
      const body = route.request ? await readJsonBody(c.req.raw) : undefined
      const result = await route.handle({
        coproduction,
        actor,
        call: { actor },
        params,
        query: (name) => c.req.query(name),
        header: (name) => c.req.header(name),
        languages: () => languagesOf(c),
        body,
        report,
      })
      const status = result.status ?? 200
      for (const [name, value] of Object.entries(result.headers ?? {})) c.header(name, value)
      if (result.body === undefined) return c.body(null, status as StatusCode)
      return c.json(result.body as object, status as ContentfulStatusCode)
    })
  }
  ALL_ROUTES.forEach(register)

  app.notFound(() => problemResponse(problem('not-found', 'There is nothing at this address')))
  app.onError((error, c) => {
    const body = errorToProblem(error, c.get('actor'))
    if (body.status === 503) return problemResponse(body, { 'retry-after': String(STORE_RETRY_AFTER_SECONDS) })
    if (body.status >= 500) console.error('[coproduce] unexpected error', error)
    return problemResponse(body)
  })

  return async (request, env) => app.fetch(request, env as never)
}
