import type { FieldIssue } from '@coproduce/core'
import { closest } from './suggest.js'
import { defOf, fieldsOf, optionsOf, takesAnyKey, unwrap, type AnySchema } from './zod-walk.js'

type Path = (string | number)[]

/** An unknown key, with the known key it was probably meant to be. */
export interface UnknownKeyIssue extends FieldIssue {
  suggestion?: string
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** "`lable` is not a field here. Did you mean `label`?" */
export function unknownKeyMessage(key: string, known: readonly string[], near = closest(key, known)): string {
  if (near) return `\`${key}\` is not a field here. Did you mean \`${near}\`?`
  const list = known
    .slice(0, 12)
    .map((k) => `\`${k}\``)
    .join(', ')
  return `\`${key}\` is not a field here. The fields you can use here are ${list}${known.length > 12 ? ', …' : ''}.`
}

function walk(schema: AnySchema, value: unknown, path: Path, out: UnknownKeyIssue[]): void {
  const inner = unwrap(schema)
  const def = defOf(inner)
  if (def.type === 'array' && Array.isArray(value)) {
    value.forEach((item, n) => walk(def.element as AnySchema, item, [...path, n], out))
    return
  }
  if (def.type === 'union' && isPlainObject(value)) {
    // Judge the value against the object shape it fits best: the one with the fewest unknown keys.
    let best: UnknownKeyIssue[] | undefined
    for (const option of optionsOf(inner) ?? []) {
      if (!fieldsOf(option)) continue
      const found: UnknownKeyIssue[] = []
      walk(option, value, path, found)
      if (!best || found.length < best.length) best = found
    }
    if (best) out.push(...best)
    return
  }
  if (def.type === 'record' && isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) walk(def.valueType as AnySchema, v, [...path, k], out)
    return
  }
  const fields = fieldsOf(inner)
  if (!fields || !isPlainObject(value)) return
  const known = Object.keys(fields)
  const open = takesAnyKey(inner)
  for (const [key, v] of Object.entries(value)) {
    const field = Object.hasOwn(fields, key) ? fields[key] : undefined
    if (field) walk(field, v, [...path, key], out)
    else if (!open) {
      const suggestion = closest(key, known)
      out.push({ path: [...path, key], message: unknownKeyMessage(key, known, suggestion), ...(suggestion ? { suggestion } : {}) })
    }
  }
}

/**
 * Every key in `value` that `schema` does not name, at any depth, each with the nearest known key as a
 * suggestion. Zod drops unknown keys from plain objects without a word, so a misspelt `lable` would vanish.
 */
export function unknownKeys(schema: AnySchema, value: unknown): UnknownKeyIssue[] {
  const out: UnknownKeyIssue[] = []
  walk(schema, value, [], out)
  return out
}
