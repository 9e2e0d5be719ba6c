import { createCoproduction, memoryStore } from '@coproduce/core'
import { createConfig, lintFromString } from '@redocly/openapi-core'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHandler } from '../handler/create-handler.js'
import { ALL_ROUTES } from '../routes/all-routes.js'
import { buildOpenApiDocument } from './build-document.js'
import { serve, type RunningServer } from '../node/serve.js'
import { authenticateFromHeader } from '../test-support/http-client.js'
import { responseValidator } from '../test-support/response-validator.js'

const CONTRACT = [
  'GET /openapi.json',
  'GET /consent-purposes',
  'POST /initiatives',
  'GET /initiatives/{id}',
  'PATCH /initiatives/{id}',
  'GET /initiatives/{id}/report',
  'POST /initiatives/{id}/report',
  'GET /initiatives/{id}/impact',
  'POST /initiatives/{id}/feedback',
  'GET /initiatives/{id}/feedback',
  'GET /initiatives/{id}/feedback/inbox',
  'GET /initiatives/{id}/updates/all',
  'GET /initiatives/{id}/updates/credit-options',
  'POST /text-check',
  'GET /initiatives/{id}/updates',
  'POST /initiatives/{id}/updates',
  'PATCH /initiatives/{id}/updates/{updateId}',
  'POST /initiatives/{id}/updates/{updateId}/withdraw',
  'GET /initiatives/{id}/members',
  'POST /initiatives/{id}/members',
  'GET /initiatives/{id}/sessions',
  'POST /initiatives/{id}/sessions',
  'PUT /sessions/{id}/attendance',
  'GET /initiatives/{id}/payments',
  'POST /initiatives/{id}/payments',
  'GET /members/{id}/consents',
  'POST /members/{id}/consents',
  'GET /members/{id}/consents/receipt',
  'GET /members/{id}/consents/record',
  'GET /members/{id}/export',
  'DELETE /members/{id}',
  'PATCH /members/{id}',
  'POST /members/{id}/leave',
  'GET /initiatives/{id}/decisions',
  'GET /initiatives/{id}/decisions/all',
  'POST /initiatives/{id}/decisions',
  'GET /decisions/{id}',
  'POST /decisions/{id}/options',
  'PUT /decisions/{id}/views/{memberId}',
  'POST /decisions/{id}/outcome',
  'POST /decisions/{id}/revisit',
  'GET /initiatives/{id}/agreement',
  'PUT /decisions/{id}/agreement/{memberId}',
  'GET /members/{id}/involvement',
  'GET /organisations',
  'POST /organisations',
  'GET /organisations/mine/consent-purposes',
  'POST /organisations/mine/consent-purposes',
]

const coproduction = createCoproduction({ store: memoryStore() })
let server: RunningServer
let doc: any

beforeAll(async () => {
  server = await serve(createHandler({ coproduction, authenticate: authenticateFromHeader }))
  const res = await fetch(`${server.url}/openapi.json`)
  expect(res.status).toBe(200)
  doc = await res.json()
})
afterAll(async () => {
  await server.close()
  await coproduction.close()
})

const schemaOf = (ref: string) => doc.components.schemas[ref.replace('#/components/schemas/', '')]

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document with exactly the routes of the contract', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info.title).toBe('Coproduce')
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`),
    )
    expect(operations.sort()).toEqual([...CONTRACT].sort())
  })

  it('describes bodies with the core schemas, leaving out the id that comes from the address', () => {
    const feedback = schemaOf(doc.paths['/initiatives/{id}/feedback'].post.requestBody.content['application/json'].schema.$ref)
    expect(feedback.properties.kind.enum).toEqual(['rating', 'story', 'idea', 'creative'])
    expect(feedback.properties.rating.enum).toContain('dont-know')
    expect(feedback.properties).not.toHaveProperty('initiativeId')
    expect(feedback.required ?? []).not.toContain('initiativeId')
    expect(feedback.additionalProperties).toBe(false)

    const consent = schemaOf(doc.paths['/members/{id}/consents'].post.requestBody.content['application/json'].schema.$ref)
    expect(consent.properties.decision.enum).toEqual(['give', 'refuse', 'withdraw'])
    expect(consent.required).toEqual(expect.arrayContaining(['purposeId', 'decision']))
    expect(consent.properties).not.toHaveProperty('subject')

    const initiative = schemaOf(doc.paths['/initiatives'].post.requestBody.content['application/json'].schema.$ref)
    expect(initiative.required).toEqual(expect.arrayContaining(['title', 'purpose']))
  })

  it('documents the Idempotency-Key header, who may call each route, and problem+json errors', () => {
    const submit = doc.paths['/initiatives/{id}/feedback'].post
    expect(submit.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:id',
      'header:Idempotency-Key',
      'header:Coproduce-Device-Key',
    ])
    expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '413', '415', '422']))
    expect(doc.paths['/initiatives/{id}/feedback'].get['x-coproduce-access']).toBe('staff')
    const view = doc.paths['/decisions/{id}/views/{memberId}'].put
    expect(view.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:id',
      'path:memberId',
      'header:Idempotency-Key',
    ])
    expect(view['x-coproduce-access']).toBe('signed-in')
    expect(doc.paths['/members/{id}/involvement'].get['x-coproduce-access']).toBe('self-or-staff')
    expect(doc.paths['/members/{id}/consents'].get['x-coproduce-access']).toBe('self-or-staff')
    expect(doc.paths['/initiatives/{id}/updates'].get['x-coproduce-access']).toBe('public')
    expect(doc.components.responses.Problem422.content['application/problem+json'].schema.$ref).toBe('#/components/schemas/Problem')
    expect(doc.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'errors']))
    expect(doc.paths['/initiatives/{id}/report'].get.parameters[1]).toMatchObject({ name: 'preset', in: 'query' })
    const inbox = doc.paths['/initiatives/{id}/feedback/inbox'].get
    expect(inbox['x-coproduce-access']).toBe('staff')
    expect(inbox.parameters.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name)).toEqual([
      'unanswered',
      'kind',
      'rating',
      'from',
      'to',
      'who',
      'limit',
      'cursor',
    ])
  })

  it('passes the OpenAPI 3.1 schema validator', async () => {
    const result = await new Validator().validate(structuredClone(doc))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it("passes Redocly's recommended lint with no errors", async () => {
    const config = await createConfig({ extends: ['recommended'] })
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config })
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)
    expect(errors).toEqual([])
  })

  it('declares how callers sign in (cookie and bearer) and which operations need it', () => {
    expect(doc.components.securitySchemes).toMatchObject({
      cookieAuth: { type: 'apiKey', in: 'cookie', name: 'session' },
      bearerAuth: { type: 'http', scheme: 'bearer' },
    })
    expect(doc.components.securitySchemes.cookieAuth.description).toMatch(/authenticate/)
    expect(doc.security).toEqual([{ cookieAuth: [] }, { bearerAuth: [] }])
    // Public routes work signed out too: the empty requirement says so.
    expect(doc.paths['/initiatives/{id}/feedback'].post.security).toEqual([{}, { cookieAuth: [] }, { bearerAuth: [] }])
    expect(doc.paths['/initiatives/{id}/feedback'].get.security).toBeUndefined()
  })

  it('lets the host name its own cookie, or declare bearer only', () => {
    const cookieOnly = buildOpenApiDocument(ALL_ROUTES, '1.0.0', { security: { cookie: 'casebook_who' } })
    expect(cookieOnly.components.securitySchemes).toEqual({ cookieAuth: expect.objectContaining({ in: 'cookie', name: 'casebook_who' }) })
    expect(cookieOnly.security).toEqual([{ cookieAuth: [] }])
    const bearerOnly = buildOpenApiDocument(ALL_ROUTES, '1.0.0', { security: { bearer: true } })
    expect(Object.keys(bearerOnly.components.securitySchemes)).toEqual(['bearerAuth'])
  })

  it('defines every property it lists as required', () => {
    const undefinedRequired: string[] = []
    const visit = (node: unknown, at: string) => {
      if (typeof node !== 'object' || node === null) return
      const n = node as { required?: unknown; properties?: Record<string, unknown>; type?: unknown }
      if (Array.isArray(n.required) && n.type === 'object')
        for (const key of n.required) if (!n.properties || !(key in n.properties)) undefinedRequired.push(`${at}: ${key}`)
      for (const [k, v] of Object.entries(node)) visit(v, `${at}/${k}`)
    }
    visit(doc.components.schemas, '#/components/schemas')
    expect(undefinedRequired).toEqual([])
  })

  it('documents 429 and 503 answers', () => {
    expect(doc.components.responses.Problem503.headers['Retry-After']).toBeDefined()
    expect(doc.components.responses.Problem429.headers['RateLimit-Remaining']).toBeDefined()
    expect(Object.keys(doc.paths['/initiatives/{id}/feedback'].post.responses)).toEqual(expect.arrayContaining(['429', '503']))
    expect(Object.keys(doc.paths['/initiatives/{id}'].get.responses)).toContain('503')
  })

  it('gives the route suites a response check that refuses undeclared statuses and bodies of the wrong shape', async () => {
    const check = responseValidator(doc)
    const answer = (status: number, body: unknown, contentType = 'application/json') => ({
      status,
      body,
      contentType,
      headers: new Headers(),
    })
    const purposes = await (await fetch(`${server.url}/consent-purposes`)).json()
    expect(() => check('GET', '/consent-purposes', answer(200, purposes))).not.toThrow()
    expect(() => check('GET', '/consent-purposes', answer(200, [{ id: 5 }]))).toThrow(/does not match/)
    expect(() => check('GET', '/consent-purposes', answer(418, {}))).toThrow(/status 418 is not declared/)
    expect(() => check('GET', '/initiatives/i1', answer(404, { code: 'not-found' }, 'application/problem+json'))).toThrow(/does not match/)
    expect(() => check('DELETE', '/members/m1', answer(204, undefined))).not.toThrow()
  })

  it('refers only to schemas and responses it defines', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!)
    expect(refs.length).toBeGreaterThan(20)
    for (const ref of refs) {
      const [, section, name] = ref.match(/^#\/components\/(schemas|responses)\/(.+)$/) ?? []
      expect(ref, ref).toMatch(/^#\/components\//)
      expect(doc.components[section!][name!], ref).toBeDefined()
    }
  })
})
