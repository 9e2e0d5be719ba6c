import { isCoproduceError, type Actor } from '@coproduce/core'
import { HttpProblem } from './http-problem.js'
import { problem, PROBLEM_MEMBERS, type Problem } from './problem.js'
import { isStoreUnavailable } from './store-unavailable.js'

const isZodError = (e: unknown): e is { issues: { path: PropertyKey[]; message: string }[] } =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ZodError' && Array.isArray((e as { issues?: unknown }).issues)

/**
 * Turn anything thrown while serving a request into a problem. The core's codes map one to one;
 * `erased` is 410 Gone with the `erasedAt` extension member; `forbidden` for a caller with no identity becomes 401, because signing in may be all that is missing.
 * Anything unexpected is a 500 that shows no internals.
 */
export function errorToProblem(error: unknown, actor: Actor | null | undefined): Problem {
  if (error instanceof HttpProblem) return error.problem
  if ((error as { name?: unknown } | null)?.name === 'BodyLimitError') return problem('payload-too-large')
  if (isCoproduceError(error)) {
    if (error.code === 'forbidden' && !actor) return problem('unauthorized', 'Please sign in to do this')
    const body = problem(
      error.code,
      error.message,
      error.issues.map((i) => ({ path: [...i.path], message: i.message })),
    )
    for (const [name, value] of Object.entries(error.details ?? {})) if (!PROBLEM_MEMBERS.has(name)) body[name] = value
    return body
  }
  if (isZodError(error)) {
    const issues = error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: i.message,
    }))
    return problem('validation', undefined, issues)
  }
  if (isStoreUnavailable(error)) return problem('unavailable', 'We cannot reach our records just now. Please try again in a few seconds.')
  return problem('internal')
}
