import { HttpProblem } from './http-problem.js'

const isJsonMediaType = (contentType: string | null): boolean => {
  if (!contentType) return false
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

/**
 * Read a write's JSON body. Not JSON by its `Content-Type` → 415; not valid JSON → 400 (code `validation`).
 * The size limit is applied before this, by the body-limit middleware.
 */
export async function readJsonBody(req: Request): Promise<unknown> {
  if (!isJsonMediaType(req.headers.get('content-type')))
    throw new HttpProblem('unsupported-media-type', 'Send the answers as JSON, with the header Content-Type: application/json')
  const text = await req.text()
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpProblem('validation', 'We could not read this: it is not valid JSON', [{ path: [], message: 'Send valid JSON' }], 400)
  }
}
