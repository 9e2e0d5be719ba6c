/** Reading a zod schema's structure: what sits inside wrappers, an object's fields, the schema at a path. */
import type { z } from 'zod'

type Def = { type: string } & Record<string, unknown>
export type AnySchema = z.core.$ZodType

export const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch'])

/** The schema inside `optional`, `default`, `pipe` (its input side), `lazy` and the like. */
export function unwrap(schema: AnySchema): AnySchema {
  let s = schema
  for (let i = 0; i < 20; i++) {
    const def = defOf(s)
    if (WRAPPERS.has(def.type)) s = def.innerType as AnySchema
    else if (def.type === 'pipe') s = def.in as AnySchema
    else if (def.type === 'lazy') s = (def.getter as () => AnySchema)()
    else return s
  }
  return s
}

/** True when the field may be left out. */
export function isOptional(schema: AnySchema): boolean {
  const def = defOf(schema)
  return def.type === 'optional' || def.type === 'default' || def.type === 'prefault'
}

/** The fields of an object schema, or undefined when it is not an object. */
export function fieldsOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  const def = defOf(unwrap(schema))
  return def.type === 'object' ? (def.shape as Record<string, AnySchema>) : undefined
}

/** True when an object schema takes keys it does not name (a loose object or a record). */
export function takesAnyKey(schema: AnySchema): boolean {
  const def = defOf(unwrap(schema))
  if (def.type === 'record') return true
  if (def.type !== 'object' || !def.catchall) return false
  return defOf(def.catchall as AnySchema).type !== 'never'
}

/** The options of a union, each unwrapped. */
export function optionsOf(schema: AnySchema): AnySchema[] | undefined {
  const def = defOf(unwrap(schema))
  return def.type === 'union' ? (def.options as AnySchema[]).map(unwrap) : undefined
}

const own = (fields: Record<string, AnySchema> | undefined, key: string): AnySchema | undefined =>
  fields && Object.hasOwn(fields, key) ? fields[key] : undefined

/** The schema found by following `path` from `root`, through objects, lists and unions; undefined if lost. */
export function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let s: AnySchema | undefined = root
  for (const part of path) {
    if (!s) return undefined
    const inner = unwrap(s)
    const def = defOf(inner)
    if (def.type === 'array' && typeof part === 'number') s = def.element as AnySchema
    else if (def.type === 'object') s = own(def.shape as Record<string, AnySchema>, String(part))
    else if (def.type === 'record') s = def.valueType as AnySchema
    else if (def.type === 'union') s = (def.options as AnySchema[]).map((o) => own(fieldsOf(o), String(part))).find(Boolean)
    else return undefined
  }
  return s
}
