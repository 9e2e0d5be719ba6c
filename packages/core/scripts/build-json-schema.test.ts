import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import * as core from '../src/index.js'
// @ts-expect-error plain JavaScript module without types
import { fileText, jsonSchemas } from './json-schemas.mjs'

const dir = new URL('../schemas/', import.meta.url)
const expected = jsonSchemas(core, z) as Record<string, object>

describe('JSON Schema files', () => {
  it('are up to date with the zod schemas (run `pnpm --filter @coproduce/core build` to refresh)', () => {
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
    expect(onDisk).toEqual(Object.keys(expected).sort())
    for (const [file, schema] of Object.entries(expected)) expect(readFileSync(new URL(file, dir), 'utf8'), file).toBe(fileText(schema))
  })

  it('cover every input and record, describing inputs as callers send them', () => {
    for (const name of [
      'InitiativeInput',
      'InitiativePatch',
      'MemberInput',
      'SessionInput',
      'FeedbackInput',
      'ConsentDecisionInput',
      'UpdateInput',
      'UpdatePatch',
      'PaymentInput',
      'Initiative',
      'Member',
      'ConsentRecord',
      'PublicUpdate',
      'DomainEvent',
      'InitiativeSnapshot',
    ])
      expect(expected).toHaveProperty([`${name}.json`])
    const feedbackInput = expected['FeedbackInput.json'] as {
      required: string[]
      properties: Record<string, unknown>
      additionalProperties: boolean
    }
    expect(feedbackInput.required).toEqual(['initiativeId', 'kind'])
    expect(feedbackInput.additionalProperties).toBe(false)
    expect(feedbackInput.properties.rating).toEqual({
      type: 'string',
      enum: ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'],
    })
  })
})
