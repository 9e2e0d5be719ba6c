import { CoproduceError } from '@coproduce/core'
import type { z } from 'zod'

/** A query parameter read with its schema: a clear error, named by the parameter, when it does not fit. */
export function parseQuery<S extends z.ZodType>(schema: S, value: string, name: string): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new CoproduceError(
    'validation',
    'Some answers need checking',
    result.error.issues.map((i) => ({ path: [name], message: i.message })),
  )
}
