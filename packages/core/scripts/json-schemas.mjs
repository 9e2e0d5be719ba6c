/**
 * Turns the package's zod schemas into JSON Schema (draft 2020-12), for hosts written in Java, .NET or PHP.
 * Pure: given the package's exports and zod, returns `{ fileName: schema }`. Used by the build and by the
 * test that checks the committed files are up to date.
 */

export const BASE_URL = 'https://coproduce.dev/schemas/'

/** Schemas that describe what a caller sends: their JSON Schema describes the input (before defaults). */
const isInput = (name) => /(Input|Patch)$/.test(name) || name === 'InitiativeSnapshot'

/**
 * @param {Record<string, unknown>} exports the module namespace of `@coproduce/core`
 * @param {{ toJSONSchema: Function }} z zod
 * @returns {Record<string, object>} file name → JSON Schema, plus `index.json`
 */
export function jsonSchemas(exports, z) {
  const files = {}
  const entries = []
  const names = Object.keys(exports)
    .filter((key) => key.endsWith('Schema') && exports[key] && typeof exports[key] === 'object' && '_zod' in exports[key])
    .sort()
  for (const key of names) {
    const name = key.slice(0, -'Schema'.length)
    const io = isInput(name) ? 'input' : 'output'
    const schema = z.toJSONSchema(exports[key], { io, unrepresentable: 'any', target: 'draft-2020-12' })
    const file = `${name}.json`
    const { $schema, ...rest } = schema
    files[file] = { $schema, $id: `${BASE_URL}${file}`, title: name, ...rest }
    entries.push({ name, file, io })
  }
  files['index.json'] = {
    $id: `${BASE_URL}index.json`,
    description:
      'Every JSON Schema published by @coproduce/core. Inputs describe what a caller sends; the others describe what comes back.',
    schemas: entries,
  }
  return files
}

/** The exact text written for a schema file. */
export const fileText = (schema) => `${JSON.stringify(schema, null, 2)}\n`
