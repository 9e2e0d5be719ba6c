import { z } from 'zod'

export type JsonSchema = Record<string, unknown>

/**
 * A zod schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1). `io: 'input'` describes what a client
 * sends (defaults are optional), `'output'` what it gets back. `omit` drops a field that comes from the address.
 */
export function toJsonSchema(
  schema: z.ZodType,
  io: 'input' | 'output',
  omit?: string,
  /** Where shared definitions go (the document's `components.schemas`): a recursive schema's `$defs` move there. */
  shared?: Record<string, JsonSchema>,
): JsonSchema {
  let json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema
  delete json.$schema
  const defs = json.$defs as Record<string, JsonSchema> | undefined
  if (shared && defs) {
    // `#/$defs/…` would point at the document's root; the definitions live in components.
    delete json.$defs
    const moved = (value: JsonSchema): JsonSchema =>
      JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema
    for (const [name, def] of Object.entries(defs)) shared[name] = moved(def)
    json = moved(json)
  }
  if (omit) {
    const properties = json.properties as Record<string, unknown> | undefined
    if (properties) delete properties[omit]
    if (Array.isArray(json.required)) json.required = (json.required as string[]).filter((k) => k !== omit)
  }
  return json
}
