import { createCoproduction, memoryStore } from '@coproduce/core'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHandler } from '../handler/create-handler.js'
import { serve, type RunningServer } from '../node/serve.js'
import { authenticateFromHeader } from '../test-support/http-client.js'

const CONTRACT = [
  'GET /openapi.json',
  'GET /consent-purposes',
  'POST /initiatives',
  'GET /initiatives/{id}',
  'PATCH /initiatives/{id}',
  'GET /initiatives/{id}/report',
  'GET /initiatives/{id}/impact',
  'POST /initiatives/{id}/feedback',
  'GET /initiatives/{id}/feedback',
  'GET /initiatives/{id}/updates',
  'POST /initiatives/{id}/updates',
  'PATCH /initiatives/{id}/updates/{updateId}',
  'GET /initiatives/{id}/members',
  'POST /initiatives/{id}/members',
  'GET /initiatives/{id}/sessions',
  'POST /initiatives/{id}/sessions',
  'GET /initiatives/{id}/payments',
  'POST /initiatives/{id}/payments',
  'GET /members/{id}/consents',
  'POST /members/{id}/consents',
  'GET /members/{id}/consents/receipt',
  'GET /members/{id}/consents/record',
  'GET /members/{id}/export',
  'DELETE /members/{id}',
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
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`))
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
    expect(submit.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(['path:id', 'header:Idempotency-Key'])
    expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '413', '415', '422']))
    expect(doc.paths['/initiatives/{id}/feedback'].get['x-coproduce-access']).toBe('staff')
    expect(doc.paths['/members/{id}/consents'].get['x-coproduce-access']).toBe('self-or-staff')
    expect(doc.paths['/initiatives/{id}/updates'].get['x-coproduce-access']).toBe('public')
    expect(doc.components.responses.Problem422.content['application/problem+json'].schema.$ref).toBe('#/components/schemas/Problem')
    expect(doc.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'errors']))
    expect(doc.paths['/initiatives/{id}/report'].get.parameters[1]).toMatchObject({ name: 'preset', in: 'query' })
  })

  it('passes the OpenAPI 3.1 schema validator', async () => {
    const result = await new Validator().validate(structuredClone(doc))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
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
