import type { Actor, Coproduction, CoproducePlugin, InitiativeSnapshot } from '@coproduce/core'
import type { Locale } from '@coproduce/principles'
import type { CorsOptions } from '../http/cors.js'
import type { OpenApiOptions } from '../openapi/openapi-options.js'
import type { RateLimitOptions } from '../http/rate-limit.js'

/**
 * The host's hook: who is calling? Return `{ id, roles, organisationId }` (with `staff` in `roles` for staff of that
 * organisation, `operator` for a platform operator), or null for anonymous. Without `organisationId` the caller
 * belongs to the default organisation. Records of other organisations answer 404, exactly as missing ones.
 */
export type Authenticate = (req: Request) => Actor | null | undefined | Promise<Actor | null | undefined>

export type ReportPreset = 'recommended' | 'strict'

/** Build the principles report for a snapshot. Defaults to `evaluate` from `@coproduce/principles`. */
export type ReportBuilder<R = unknown> = (
  snapshot: InitiativeSnapshot,
  /** `locale`: the language asked for (`?lang=` or `Accept-Language`); the report's words should be in it. */
  options: { preset: ReportPreset; plugins: readonly CoproducePlugin[]; locale: Locale },
) => R | Promise<R>

export interface HandlerOptions {
  coproduction: Coproduction
  authenticate: Authenticate
  /** Where the host mounts the handler, e.g. `/api/coproduce`. Optional: see `basePath` in the README. */
  basePath?: string
  cors?: CorsOptions
  /** Largest request body accepted, in bytes. Default 64 kB. Larger bodies get 413. */
  bodyLimit?: number
  report?: ReportBuilder
  /** Limits on writes by people who are not signed in, per address and per initiative. On by default; `false` turns them off. */
  rateLimit?: RateLimitOptions | false
  /** How `openapi.json` describes sign-in: `{ security: { cookie: 'session', bearer: true } }` (the default declares both). */
  openapi?: OpenApiOptions
}

export const DEFAULT_BODY_LIMIT = 64 * 1024
