import type { MiddlewareHandler } from 'hono'
import { cors as honoCors } from 'hono/cors'

export interface CorsOptions {
  /** The origins allowed to call, e.g. `['https://crm.example.org']`, or `'*'` for any. */
  origins: string[] | '*'
  /** Allow cookies (browsers then call with `credentials: 'include'`). With `'*'` the caller's origin is echoed back, as browsers require. */
  credentials?: boolean
  /** How long a browser may cache a preflight answer, in seconds. Default 600. */
  maxAge?: number
}

/** CORS for widgets served from another origin than the API. */
export function corsMiddleware(options: CorsOptions): MiddlewareHandler {
  const credentials = options.credentials ?? false
  const allowed = options.origins === '*' ? null : new Set(options.origins)
  return honoCors({
    origin: (origin) => {
      if (allowed === null) return credentials ? origin || null : '*'
      return allowed.has(origin) ? origin : null
    },
    credentials,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', 'Accept', 'Accept-Language'],
    exposeHeaders: ['Location', 'Content-Type'],
    maxAge: options.maxAge ?? 600,
  })
}
