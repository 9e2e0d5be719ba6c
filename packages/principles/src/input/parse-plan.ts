import { CoproduceError, InitiativeSnapshotSchema, type FieldIssue, type InitiativeSnapshot } from '@coproduce/core'
import { crossFieldIssues } from './cross-field.js'
import { plainIssues } from './plain-messages.js'
import { unknownKeys } from './unknown-keys.js'

const EMPTY =
  'The plan is empty. A plan needs at least an initiative with an id, a title and a purpose, for example `initiative: { id: drop-in-hours, title: Drop-in hours, purpose: Make the drop-in better together }`.'

/** Why the whole plan cannot be read, when it is not a set of named parts at all. */
function notAPlan(input: unknown): string | undefined {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) return EMPTY
  if (typeof input !== 'object' || Array.isArray(input))
    return `A plan is a set of named parts (initiative, members, sessions, …), not ${Array.isArray(input) ? 'a list' : `a single ${typeof input}`}. Start it with \`initiative:\`, for example \`initiative: { id: drop-in-hours, title: Drop-in hours, purpose: Make the drop-in better together }\`.`
  if (Object.keys(input).length === 0) return EMPTY
  return undefined
}

/**
 * Reads a plan strictly and kindly: a key the format does not know is an error with the nearest known key
 * ("Did you mean `label`?"), every message says in plain words what would work, with an example, and facts
 * that do not fit together (an end before a start, a payment for a session not in the plan) are caught.
 * Throws a `validation` CoproduceError with one issue per problem.
 */
export function parsePlan(input: unknown): InitiativeSnapshot {
  const whole = notAPlan(input)
  if (whole) throw new CoproduceError('validation', 'The plan cannot be read', [{ path: [], message: whole }])
  const unknownIssues = unknownKeys(InitiativeSnapshotSchema, input)
  const issues: FieldIssue[] = unknownIssues.map(({ path, message }) => ({ path, message }))
  const result = InitiativeSnapshotSchema.safeParse(input, { reportInput: true })
  if (!result.success) {
    // A misspelt key already explains why the key it was meant to be is missing: say it once.
    const explained = new Set(unknownIssues.filter((u) => u.suggestion).map((u) => [...u.path.slice(0, -1), u.suggestion].join('\u0000')))
    const plain = plainIssues(InitiativeSnapshotSchema, result.error.issues).filter((i) => !explained.has(i.path.join('\u0000')))
    issues.push(
      ...(plain.length || issues.length
        ? plain
        : [{ path: [], message: 'The plan does not have the shape of a plan. Start it with `initiative:`.' }]),
    )
  } else issues.push(...crossFieldIssues(result.data))
  if (issues.length || !result.success) throw new CoproduceError('validation', 'Some parts of the plan need checking', issues)
  return result.data
}
