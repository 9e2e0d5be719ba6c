import { CoproduceError } from '../errors/coproduce-error.js'
import { IdSchema } from '../schemas/common.js'
import { isOperator, isStaff, type Actor } from './actor.js'

const forbidden = (message: string) => new CoproduceError('forbidden', message)

/** Staff only. */
export function requireStaff(actor: Actor | null): Actor {
  if (!actor || !isStaff(actor)) throw forbidden('Only staff can do this')
  return actor
}

/** The person themself (their member id is the actor id) or staff. */
export function requireSelfOrStaff(actor: Actor | null, subject: string): Actor {
  if (!actor || isOperator(actor) || (actor.id !== subject && !isStaff(actor))) throw forbidden('Only this person or staff can do this')
  return actor
}

/** Platform operators only. */
export function requireOperator(actor: Actor | null): Actor {
  if (!actor || !isOperator(actor)) throw forbidden('Only a platform operator can do this')
  return actor
}

/** Parse an id argument, reporting problems at `path`. */
export function parseId(value: unknown, path: string): string {
  const result = IdSchema.safeParse(value)
  if (!result.success) throw CoproduceError.fromZod(result.error, [path])
  return result.data
}

export const notFound = (what: string, path?: (string | number)[]): CoproduceError =>
  new CoproduceError('not-found', `We could not find that ${what}`, path ? [{ path, message: `We could not find that ${what}` }] : [])
