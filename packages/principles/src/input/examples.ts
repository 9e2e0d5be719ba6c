import { defOf, fieldsOf, isOptional, unwrap, type AnySchema } from './zod-walk.js'

/** Example values for fields by name, so a message can show a value that would work. */
const BY_KEY: Record<string, unknown> = {
  id: 'drop-in-hours',
  organisationId: 'leeds-council',
  initiativeId: 'drop-in-hours',
  memberId: 'amina',
  sessionId: 'first-meeting',
  feedbackId: 'feedback-1',
  optionId: 'option-1',
  purposeId: 'quote-anonymously',
  subject: 'amina',
  title: 'Drop-in hours',
  purpose: 'Find out together what would make the drop-in better',
  displayName: 'Amina',
  name: 'Holbeck Community Centre',
  text: 'We listen to each other',
  description: 'What we will look at together',
  question: 'Where should we meet?',
  topic: 'Meeting people at home',
  decision: 'Two people go to every home visit',
  notes: 'We talked about who holds the power here',
  reason: 'It would break the law on data',
  youSaid: 'The room was too cold',
  weDid: 'We moved to a warmer room',
  groupChangePlan: 'New people join at the start of each stage, with a buddy',
  voucherReason: 'Cash could affect some people’s benefits',
  currency: 'GBP',
  hourlyRate: 13.45,
  amount: 27,
  hours: 2,
  durationMinutes: 90,
  updateEveryDays: 14,
  version: 1,
  days: 365,
  progress: 50,
}

const DATE = '2026-05-03'
const DATE_TIME = '2026-05-03T10:00:00Z'

function isDateUnion(def: ReturnType<typeof defOf>): boolean {
  return def.type === 'union' && (def.options as AnySchema[]).some((o) => defOf(o).format === 'date')
}

/** A value that `schema` accepts, for showing in a message. */
export function exampleFor(schema: AnySchema | undefined, key?: string, depth = 0): unknown {
  if (!schema) return key && key in BY_KEY ? BY_KEY[key] : 'some words'
  const inner = unwrap(schema)
  const def = defOf(inner)
  switch (def.type) {
    case 'enum':
      return Object.values(def.entries as Record<string, string>)[0]
    case 'literal':
      return (def.values as unknown[])[0]
    case 'boolean':
      return true
    case 'number':
    case 'int':
      return key && typeof BY_KEY[key] === 'number' ? BY_KEY[key] : 1
    case 'string':
      if (def.format === 'date') return DATE
      if (def.format === 'datetime') return DATE_TIME
      if (def.format === 'email') return 'name@example.org'
      return key && typeof BY_KEY[key] === 'string' ? BY_KEY[key] : 'some words'
    case 'union':
      if (isDateUnion(def)) return DATE
      return exampleFor((def.options as AnySchema[])[0], key, depth)
    case 'array':
      return depth > 1 ? [] : [exampleFor(def.element as AnySchema, singular(key), depth + 1)]
    case 'object': {
      const fields = fieldsOf(inner) ?? {}
      const required = Object.entries(fields).filter(([, s]) => !isOptional(s))
      const shown = (required.length ? required : Object.entries(fields)).slice(0, 3)
      if (depth > 1) return {}
      return Object.fromEntries(shown.map(([k, s]) => [k, exampleFor(s, k, depth + 1)]))
    }
    default:
      return key && key in BY_KEY ? BY_KEY[key] : 'some words'
  }
}

function singular(key: string | undefined): string | undefined {
  if (key === 'attendees' || key === 'credits' || key === 'decidedBy' || key === 'agreedWith') return 'memberId'
  return undefined
}

const PLAIN = /^[A-Za-z0-9][\w .@:+'’-]*$/

/** A value written the way it would look in a YAML plan: `in-person`, `[amina]`, `{ id: x, title: y }`. */
export function show(value: unknown): string {
  if (typeof value === 'string')
    return PLAIN.test(value) && !/^(true|false|null|yes|no|\d+(\.\d+)?)$/i.test(value) ? value : JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join(', ')} }`
  return String(value)
}

/** `for example \`title: Drop-in hours\`` for the field `key`. */
export const forExample = (schema: AnySchema | undefined, key: string | number | undefined): string =>
  typeof key === 'string' ? `For example \`${key}: ${show(exampleFor(schema, key))}\`.` : `For example \`- ${show(exampleFor(schema))}\`.`
