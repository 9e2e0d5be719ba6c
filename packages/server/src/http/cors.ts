import type { MiddlewareHandler } from 'hono'
import { cors as honoCors } from 'hono/cors'

export interface CorsOptions {
  /** The origins allowed to call, e.g. `['https://crm.example.org']`, or `'*'` for any. */
  origins: string[] | '*'
  /** Allow cookies (browsers then call with `credentials: 'include'`). Needs a list of origins: `'*'` with credentials is refused. */
  credentials?: boolean
  /** How long a browser may cache a preflight answer, in seconds. Default 600. */
  maxAge?: number
}

/**
 * CORS for widgets served from another origin than the API. `'*'` with credentials is refused at start-up: it
 * would let any website act as a signed-in person. The `null` origin (sandboxed frames, `file:` pages) is never allowed.
 */
export function corsMiddleware(options: CorsOptions): MiddlewareHandler {
  const credentials = options.credentials ?? false
  if (options.origins === '*' && credentials)
    throw new TypeError(
      "Coproduce cors: origins: '*' cannot be used with credentials: true, because any website could then read and change " +
        "a signed-in person's data. List the origins your widgets are served from, e.g. origins: ['https://crm.example.org'].",
    )
  const allowed = options.origins === '*' ? null : new Set(options.origins.filter((o) => o !== 'null'))
  return honoCors({
    origin: (origin) => {
      if (allowed === null) return '*'
      return allowed.has(origin) ? origin : null
    },
    credentials,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'Coproduce-Device-Key', 'Authorization', 'Accept', 'Accept-Language'],
    exposeHeaders: [
      'Location',
      'Content-Type',
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'RateLimit-Policy',
    ],
    maxAge: options.maxAge ?? 600,
  })
}
