import type { Actor } from '@coproduce/core'
import type { Context, MiddlewareHandler } from 'hono'
import { rateLimiter, type RateLimitInfo } from 'hono-rate-limiter'
import { problem, PROBLEM_CONTENT_TYPE } from './problem.js'

export interface RateLimitOptions {
  /** The window the counts are kept for, in milliseconds. Default 60 000 (one minute). */
  windowMs?: number
  /** Writes one address may send in a window while not signed in. Default 30. */
  perIp?: number
  /** Writes one initiative may take in a window from people not signed in, from all addresses together. Default 600. */
  perInitiative?: number
  /**
   * The caller's address. Default: the connection's own address (from Node's `incoming.socket`), never a header,
   * because headers can be forged. Behind a proxy, return the address your proxy reports, e.g. the last
   * `X-Forwarded-For` entry your proxy adds. Undefined puts the caller with everyone else whose address is unknown.
   */
  clientIp?: (request: Request, env: unknown) => string | undefined
  /** Limit signed-in callers too. Default false: staff and members are not limited. */
  signedIn?: boolean
}

export const RATE_LIMIT_DEFAULTS = { windowMs: 60_000, perIp: 30, perInitiative: 600 } as const

type LimitEnv = { Variables: { actor: Actor | null } }

/** The address of the TCP connection, as the Node adapter passes it (`env.incoming.socket.remoteAddress`). */
export const connectionAddress = (_request: Request, env: unknown): string | undefined =>
  (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress

const tooMany = (c: Context) =>
  c.body(
    JSON.stringify(problem('too-many-requests', 'A lot has been sent from here in a short time. Please wait a minute, then try again.')),
    429,
    { 'content-type': PROBLEM_CONTENT_TYPE },
  )

/**
 * Limits for writes by people who are not signed in (`hono-rate-limiter`, counts kept in this process):
 * one per address and one per initiative. Answers 429 with `RateLimit-*` headers (IETF draft 6) and `Retry-After`.
 */
export function writeRateLimits(options: RateLimitOptions = {}): MiddlewareHandler<LimitEnv>[] {
  const windowMs = options.windowMs ?? RATE_LIMIT_DEFAULTS.windowMs
  const clientIp = options.clientIp ?? connectionAddress
  const exempt = (c: Context<LimitEnv>) => !options.signedIn && c.get('actor') !== null
  const common = { windowMs, handler: tooMany }
  const perInitiative = options.perInitiative ?? RATE_LIMIT_DEFAULTS.perInitiative
  // The headers describe the caller's own (per-address) limit, or the initiative's when that one is reached.
  return [
    rateLimiter<LimitEnv>({
      ...common,
      standardHeaders: 'draft-6',
      limit: options.perIp ?? RATE_LIMIT_DEFAULTS.perIp,
      skip: exempt,
      keyGenerator: (c) => `ip:${clientIp(c.req.raw, c.env) ?? 'unknown'}`,
    }),
    rateLimiter<LimitEnv>({
      ...common,
      standardHeaders: false,
      requestPropertyName: 'initiativeRateLimit',
      handler: (c) => {
        const seconds = Math.max(
          1,
          Math.ceil(((c.get('initiativeRateLimit' as never) as RateLimitInfo).resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) /
            1000,
        )
        c.header('RateLimit-Policy', `${perInitiative};w=${Math.ceil(windowMs / 1000)}`)
        c.header('RateLimit-Limit', String(perInitiative))
        c.header('RateLimit-Remaining', '0')
        c.header('RateLimit-Reset', String(seconds))
        c.header('Retry-After', String(seconds))
        return tooMany(c)
      },
      limit: perInitiative,
      skip: (c) => exempt(c) || !c.req.path.startsWith('/initiatives/') || !c.req.param('id'),
      keyGenerator: (c) => `initiative:${c.req.param('id')}`,
    }),
  ]
}
