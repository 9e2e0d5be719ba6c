import type { Actor, CallContext, Coproduction } from '@coproduce/core'
import type { z } from 'zod'
import type { Access } from '../auth/access.js'
import type { ReportBuilder } from '../handler/options.js'

/** What a route's handler gets: the service, the caller, and the parsed request. */
export interface RouteContext {
  coproduction: Coproduction
  actor: Actor | null
  call: CallContext
  params: Record<string, string>
  query(name: string): string | undefined
  header(name: string): string | undefined
  /** The languages the caller reads, most wanted first (from `Accept-Language`). */
  languages(): string[]
  /** The parsed JSON body (writes only). */
  body: unknown
  report: ReportBuilder
}

export interface RouteResult {
  status?: number
  body?: unknown
  /** Extra response headers, e.g. `content-language`. */
  headers?: Record<string, string>
}

/** One route: served by the handler and described in the OpenAPI document from the same record. */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  /** Relative to the mount, Hono style: `/initiatives/:id`. */
  path: string
  operationId: string
  summary: string
  tag: string
  access: Access
  request?: {
    schema: z.ZodType
    /** A field taken from the address rather than the body (left out of the documented body). */
    fromPath?: string
  }
  query?: { name: string; schema: z.ZodType; description: string }[]
  headers?: { name: string; schema: z.ZodType; description: string }[]
  response: { status: number; description: string; schema?: z.ZodType; alsoOk?: { status: number; description: string } }
  handle(rc: RouteContext): Promise<RouteResult>
}
