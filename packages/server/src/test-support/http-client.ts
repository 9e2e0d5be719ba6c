import type { Actor } from '@coproduce/core'

/** How the test host says who is calling: `x-test-actor: <id>;<role>,<role>[;<organisation id>]`. */
export const ACTOR_HEADER = 'x-test-actor'

export const authenticateFromHeader = (req: Request): Actor | null => {
  const raw = req.headers.get(ACTOR_HEADER)
  if (!raw) return null
  const [id, roles = '', organisationId] = raw.split(';')
  const actor: Actor = { id: id!, roles: roles.split(',').filter(Boolean) }
  if (organisationId) actor.organisationId = organisationId
  return actor
}

export interface CallOptions {
  actor?: Actor | null
  /** A value sent as JSON, or `raw` text with its own content type. */
  body?: unknown
  raw?: string
  contentType?: string | null
  headers?: Record<string, string>
}

export interface CallResult<T = any> {
  status: number
  contentType: string
  body: T
  headers: Headers
}

/** A tiny client over real `fetch` for the route tests. */
export function httpClient(baseUrl: string) {
  return async function call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
    const headers = new Headers(options.headers)
    if (options.actor)
      headers.set(
        ACTOR_HEADER,
        [options.actor.id, options.actor.roles.join(','), ...(options.actor.organisationId ? [options.actor.organisationId] : [])].join(
          ';',
        ),
      )
    let body: string | undefined
    if (options.raw !== undefined) body = options.raw
    else if (options.body !== undefined) body = JSON.stringify(options.body)
    if (body !== undefined && options.contentType !== null) headers.set('content-type', options.contentType ?? 'application/json')
    const res = await fetch(baseUrl + path, { method, headers, ...(body === undefined ? {} : { body }) })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      /* keep the text */
    }
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: parsed as T, headers: res.headers }
  }
}
export type HttpCall = ReturnType<typeof httpClient>
