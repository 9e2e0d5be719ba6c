import type { FieldIssue } from '@coproduce/core'
import type { z } from 'zod'
import { forExample } from './examples.js'
import { closest } from './suggest.js'
import { defOf, schemaAt, unwrap, type AnySchema } from './zod-walk.js'

type Issue = z.core.$ZodIssue & { input?: unknown }

const KIND: Record<string, string> = {
  string: 'words (text)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of named fields',
  date: 'a date',
}

function described(input: unknown): string {
  if (input === null) return 'empty (null)'
  if (Array.isArray(input)) return 'a list'
  if (typeof input === 'string')
    return input.trim() === '' ? 'empty text' : `the words "${input.length > 40 ? `${input.slice(0, 37)}...` : input}"`
  if (typeof input === 'object') return 'a set of named fields'
  if (typeof input === 'boolean') return String(input)
  return typeof input === 'number' ? `the number ${input}` : typeof input
}

const isDateField = (schema: AnySchema | undefined): 'date' | 'datetime' | undefined => {
  if (!schema) return undefined
  const def = defOf(unwrap(schema))
  if (def.type === 'string' && (def.format === 'date' || def.format === 'datetime')) return def.format
  if (def.type === 'union' && (def.options as AnySchema[]).some((o) => defOf(unwrap(o)).format === 'date')) return 'date'
  return undefined
}

const DATE_WORDS = {
  date: 'Give a date written as year-month-day, like `2026-05-03`, or a date and time, like `2026-05-03T10:00:00Z`.',
  datetime: 'Give a date and time with its time zone, like `2026-05-03T10:00:00Z`.',
}

/** Zod's own words ("Invalid input", "expected boolean, received undefined") are not kept; a core schema's own message is. */
const ownMessage = (m: string): boolean => !/^(Invalid|Too (big|small)|Expected|Unrecognized)/i.test(m) && !/expected .+ received/i.test(m)

/** One zod issue in plain words, with an example of a value that would work there. */
export function plainMessage(root: AnySchema, issue: Issue): string {
  const path = issue.path as (string | number)[]
  const key = path[path.length - 1]
  const schema = schemaAt(root, path)
  const example = forExample(schema, key)
  const dates = isDateField(schema)
  if (
    issue.input === undefined &&
    typeof key === 'string' &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
  )
    return `This is missing. Add it: ${example.charAt(0).toLowerCase()}${example.slice(1)}`
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = KIND[issue.expected] ?? issue.expected
      if (dates) return `${DATE_WORDS[dates]} This is ${described(issue.input)}.`
      return `This should be ${wanted}, not ${described(issue.input)}. ${example}`
    }
    case 'invalid_value': {
      const choices = issue.values.map((v) => `\`${String(v)}\``).join(', ')
      const near = typeof issue.input === 'string' ? closest(issue.input, issue.values.map(String)) : undefined
      return `${issue.values.length === 1 ? `This can only be ${choices}` : `Choose one of ${choices}`}${
        near ? `. Did you mean \`${near}\`?` : `, not ${described(issue.input)}.`
      } ${example}`
    }
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime')
        return `${DATE_WORDS[dates ?? (issue.format as 'date' | 'datetime')]} This is ${described(issue.input)}.`
      if (ownMessage(issue.message)) return `${issue.message.replace(/\.?$/, '.')} ${example}`
      if (issue.format === 'email') return `Give an email address, like \`name@example.org\`.`
      return `This is not written the way it should be. ${example}`
    case 'invalid_union':
      if (dates) return `${DATE_WORDS[dates]} This is ${described(issue.input)}.`
      return `This does not have the shape this field takes. ${example}`
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? `This is empty. Write something here. ${example}`
          : `This is too short: write at least ${issue.minimum} letters. ${example}`
      if (issue.origin === 'array') return `Give at least ${issue.minimum} in this list. ${example}`
      return `Give ${issue.inclusive ? '' : 'more than '}${issue.minimum}${issue.inclusive ? ' or more' : ''}. ${example}`
    case 'too_big':
      if (issue.origin === 'string') return `This is too long: keep it to ${issue.maximum} letters or fewer.`
      if (issue.origin === 'array') return `This list is too long: give ${issue.maximum} or fewer.`
      return `Give ${issue.maximum}${issue.inclusive ? ' or less' : ' or under'}. ${example}`
    case 'not_multiple_of':
      return `Give a multiple of ${String(issue.divisor)}. ${example}`
    default:
      return ownMessage(issue.message) ? `${issue.message.replace(/\.?$/, '.')} ${example}` : `This value does not work here. ${example}`
  }
}

/** Every zod issue as a field issue in plain words. Unknown-key issues are left to `unknownKeys`. */
export function plainIssues(root: AnySchema, issues: readonly Issue[]): FieldIssue[] {
  return issues
    .filter((i) => i.code !== 'unrecognized_keys')
    .map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: plainMessage(root, i) }))
}
