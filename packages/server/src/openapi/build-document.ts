import type { RouteSpec } from '../routes/route-spec.js'
import { toJsonSchema, type JsonSchema } from './json-schema.js'
import { ProblemSchema } from './response-schemas.js'
import type { OpenApiOptions, OpenApiSecurity } from './openapi-options.js'

export type { OpenApiOptions, OpenApiSecurity } from './openapi-options.js'

export interface OpenApiDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: { url: string }[]
  tags: { name: string }[]
  security: Record<string, string[]>[]
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, JsonSchema>
    responses: Record<string, unknown>
    securitySchemes: Record<string, Record<string, unknown>>
  }
}

const AUTHENTICATE_NOTE =
  'The host checks this in its `authenticate` hook and tells Coproduce who is calling ({ id, roles, organisationId }); Coproduce never sees passwords.'

function securitySchemes(security: OpenApiSecurity = { cookie: 'session', bearer: true }): Record<string, Record<string, unknown>> {
  const schemes: Record<string, Record<string, unknown>> = {}
  if (security.cookie)
    schemes.cookieAuth = {
      type: 'apiKey',
      in: 'cookie',
      name: security.cookie,
      description: `The host's sign-in cookie. ${AUTHENTICATE_NOTE}`,
    }
  if (security.bearer)
    schemes.bearerAuth = { type: 'http', scheme: 'bearer', description: `A token from the host's sign-in. ${AUTHENTICATE_NOTE}` }
  return schemes
}

const PROBLEM_RESPONSES: Record<string, string> = {
  '400': 'The body is not valid JSON',
  '401': 'No one is signed in, and this needs someone who is',
  '403': 'The caller may not do this (or the person’s consent is needed first)',
  '404': 'No such record',
  '409': 'The change clashes with what is stored, or the same Idempotency-Key is still being stored',
  '410': 'The person’s information was removed at their request: nothing more can be done as them or about them (`erasedAt` says when)',
  '413': 'The body is too big',
  '415': 'The body is not JSON',
  '422': 'Some fields need checking: `errors` lists each one with its path',
  '429': 'Too many writes in a short time from this address or to this initiative: wait for `Retry-After` seconds',
  '503': 'The records cannot be reached just now: try again after `Retry-After` seconds',
}

const integerHeader = (description: string) => ({ description, schema: { type: 'integer', minimum: 0 } })
const PROBLEM_HEADERS: Record<string, Record<string, unknown>> = {
  '429': {
    'Retry-After': integerHeader('Seconds to wait before trying again'),
    'RateLimit-Limit': integerHeader('Writes allowed in the window'),
    'RateLimit-Remaining': integerHeader('Writes left in the window'),
    'RateLimit-Reset': integerHeader('Seconds until the window starts again'),
    'RateLimit-Policy': { description: 'The limit and its window, e.g. `30;w=60`', schema: { type: 'string' } },
  },
  '503': { 'Retry-After': integerHeader('Seconds to wait before trying again') },
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const problemRef = (status: string) => ({ $ref: `#/components/responses/Problem${status}` })

function operation(route: RouteSpec, schemas: Record<string, JsonSchema>, signIn: Record<string, string[]>[]): Record<string, unknown> {
  const name = upperFirst(route.operationId)
  const pathParams = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!)
  const parameters = [
    ...pathParams.map((p) => ({ name: p, in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } })),
    ...(route.query ?? []).map((q) => ({
      name: q.name,
      in: 'query',
      required: false,
      description: q.description,
      schema: toJsonSchema(q.schema, 'input'),
    })),
    ...(route.headers ?? []).map((h) => ({
      name: h.name,
      in: 'header',
      required: false,
      description: h.description,
      schema: toJsonSchema(h.schema, 'input'),
    })),
  ]
  const responses: Record<string, unknown> = {}
  if (route.response.schema) {
    schemas[`${name}Response`] = toJsonSchema(route.response.schema, 'output', undefined, schemas)
    const content = { 'application/json': { schema: { $ref: `#/components/schemas/${name}Response` } } }
    responses[String(route.response.status)] = { description: route.response.description, content }
    if (route.response.alsoOk) responses[String(route.response.alsoOk.status)] = { description: route.response.alsoOk.description, content }
  } else {
    responses[String(route.response.status)] = { description: route.response.description }
  }
  const problems = new Set<string>()
  if (route.access !== 'public') ['401', '403'].forEach((s) => problems.add(s))
  if (route.access === 'public' && route.method !== 'get') ['401', '403'].forEach((s) => problems.add(s))
  if (pathParams.length) ['404', '422'].forEach((s) => problems.add(s)) // 422: an id longer than 200 characters
  if (route.request) ['400', '409', '413', '415', '422'].forEach((s) => problems.add(s))
  // A person whose information was removed: any call as them, or about them, answers 410.
  problems.add('410')
  if (route.query || route.headers) problems.add('422')
  if (route.method !== 'get') problems.add('429')
  problems.add('503')
  for (const s of [...problems].sort()) responses[s] = problemRef(s)

  const op: Record<string, unknown> = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    'x-coproduce-access': route.access,
    parameters,
    responses,
  }
  // Public routes work signed out too (the empty requirement); the others use the document's `security`.
  if (route.access === 'public') op.security = [{}, ...signIn]
  if (route.request) {
    schemas[`${name}Request`] = toJsonSchema(route.request.schema, 'input', route.request.fromPath)
    op.requestBody = {
      required: true,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}Request` } } },
    }
  }
  return op
}

/** The OpenAPI 3.1 document, generated from the routes and the core's zod schemas. */
export function buildOpenApiDocument(routes: readonly RouteSpec[], version: string, options: OpenApiOptions = {}): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = { Problem: toJsonSchema(ProblemSchema, 'output') }
  const schemes = securitySchemes(options.security)
  const signIn = Object.keys(schemes).map((name) => ({ [name]: [] as string[] }))
  const paths: OpenApiDocument['paths'] = {}
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}')
    paths[path] ??= {}
    paths[path][route.method] = operation(route, schemas, signIn)
  }
  paths['/openapi.json'] = {
    get: {
      operationId: 'getOpenApiDocument',
      summary: 'This document',
      tags: ['meta'],
      'x-coproduce-access': 'public',
      security: [{}, ...signIn],
      responses: { '200': { description: 'The OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  }
  const responses = Object.fromEntries(
    Object.entries(PROBLEM_RESPONSES).map(([status, description]) => [
      `Problem${status}`,
      {
        description,
        ...(PROBLEM_HEADERS[status] ? { headers: PROBLEM_HEADERS[status] } : {}),
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  )
  const tags = [...new Set(routes.map((r) => r.tag)), 'meta'].map((name) => ({ name }))
  return {
    openapi: '3.1.0',
    info: {
      title: 'Coproduce',
      version,
      description:
        'Co-production for case-management and CRM platforms: feedback, consent, “you said, we did” updates and the principles report. ' +
        'Who is calling comes from the host’s own sign-in (a cookie or a header), through its `authenticate` hook. ' +
        '`x-coproduce-access` on each operation says who may call it: `public`, `staff`, `self-or-staff` (the member named in the address, or staff), `signed-in`, or `operator` (a platform operator: organisations only). ' +
        'Every caller belongs to one organisation (`organisationId` from the `authenticate` hook); every initiative, and everything in it, belongs to one organisation (`organisationId`), and every event names it. ' +
        'A record of another organisation answers 404, exactly as a record that does not exist. ' +
        'Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code` and one entry in `errors` per field.',
    },
    servers: [{ url: '/' }],
    tags,
    security: signIn,
    paths,
    components: { schemas, responses, securitySchemes: schemes },
  }
}
