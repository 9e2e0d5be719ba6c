import { getPath } from 'hono/utils/url'

/** The first segment of every route: how the handler finds where the mount ends when no `basePath` is given. */
const ROUTE_ROOTS = new Set(['openapi.json', 'consent-purposes', 'initiatives', 'members', 'decisions', 'organisations'])

const normalizeBase = (basePath: string | undefined): string => {
  if (!basePath) return ''
  const trimmed = basePath.replace(/\/+$/, '')
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

export interface SplitPath {
  /** The part of the address the host mounted the handler at, e.g. `/api/coproduce` (empty when stripped). */
  mount: string
  /** The route, relative to the mount, e.g. `/initiatives/i1/feedback`. */
  route: string
}

/**
 * Split a request path into the mount and the route. Works whether or not the host strips the mount:
 * 1. with `basePath`, a path that starts with it has it removed;
 * 2. otherwise the route starts at the first segment that is a route root (`initiatives`, `members`, …).
 */
export function splitPath(pathname: string, basePath?: string): SplitPath {
  const base = normalizeBase(basePath)
  if (base && (pathname === base || pathname.startsWith(`${base}/`))) return { mount: base, route: pathname.slice(base.length) || '/' }
  const segments = pathname.split('/')
  const at = segments.findIndex((s, i) => i > 0 && ROUTE_ROOTS.has(s))
  if (at <= 1) return { mount: '', route: pathname || '/' }
  return { mount: segments.slice(0, at).join('/'), route: `/${segments.slice(at).join('/')}` }
}

/** For Hono's `getPath`: the route part of a request's address. */
export const routePathGetter =
  (basePath?: string) =>
  (request: Request): string =>
    splitPath(getPath(request), basePath).route

export const mountOf = (request: Request, basePath?: string): string => splitPath(getPath(request), basePath).mount

/** Express sets `baseUrl` on the Node request when it strips a mount (`app.use('/api', …)`). */
const expressBaseUrl = (env: unknown): string | undefined => {
  const baseUrl = (env as { incoming?: { baseUrl?: unknown } } | undefined)?.incoming?.baseUrl
  return typeof baseUrl === 'string' && baseUrl.startsWith('/') ? baseUrl : undefined
}

/** The URL for `servers` in the OpenAPI document: the mount in the address, else Express's `baseUrl`, else `basePath`, else `/`. */
export const serverUrl = (request: Request, env: unknown, basePath?: string): string =>
  mountOf(request, basePath) || expressBaseUrl(env) || normalizeBase(basePath) || '/'
