import { CoproduceError } from '@coproduce/core'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Put the id from the web address into the body (`initiativeId` for `/initiatives/:id/...`, `subject` for
 * `/members/:id/consents`). A body that names a different one is refused, so a request cannot reach
 * another record than its address says.
 */
export function withPathId(body: unknown, key: string, id: string): Record<string, unknown> {
  if (!isPlainObject(body))
    throw new CoproduceError('validation', 'Some answers need checking', [{ path: [], message: 'Send the answers as a JSON object' }])
  if (key in body && body[key] !== id)
    throw new CoproduceError('validation', 'Some answers need checking', [
      { path: [key], message: 'Leave this out: it comes from the web address' },
    ])
  return { ...body, [key]: id }
}
