import { z } from 'zod'

export type JsonSchema = Record<string, unknown>

/**
 * A zod schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1). `io: 'input'` describes what a client
 * sends (defaults are optional), `'output'` what it gets back. `omit` drops a field that comes from the address.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output', omit?: string): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema
  delete json.$schema
  if (omit) {
    const properties = json.properties as Record<string, unknown> | undefined
    if (properties) delete properties[omit]
    if (Array.isArray(json.required)) json.required = (json.required as string[]).filter((k) => k !== omit)
  }
  return json
}
