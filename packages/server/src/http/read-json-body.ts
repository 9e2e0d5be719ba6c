import { HttpProblem } from './http-problem.js'

const isJsonMediaType = (contentType: string | null): boolean => {
  if (!contentType) return false
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

/** Said when the host's own body parser took the body before the handler could read it. */
export const BODY_ALREADY_READ =
  'The request body was already read before Coproduce saw it: a body parser such as express.json() or ' +
  'bodyParser runs before the Coproduce mount. Mount Coproduce before the body parser, or use the parser only on your own routes.'

/** The headers say a body was sent: a length above 0, or chunks. */
const bodyWasPromised = (headers: Headers): boolean => Number(headers.get('content-length') ?? 0) > 0 || headers.has('transfer-encoding')

/**
 * Read a write's JSON body. Not JSON by its `Content-Type` → 415; not valid JSON → 400 (code `validation`);
 * already read by a body parser in front of the mount → 500 naming the cause.
 * The size limit is applied before this, by the body-limit middleware.
 */
export async function readJsonBody(req: Request): Promise<unknown> {
  if (!isJsonMediaType(req.headers.get('content-type')))
    throw new HttpProblem('unsupported-media-type', 'Send the answers as JSON, with the header Content-Type: application/json')
  const text = await req.text()
  if (text === '' && bodyWasPromised(req.headers)) throw new HttpProblem('internal', BODY_ALREADY_READ)
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpProblem('validation', 'We could not read this: it is not valid JSON', [{ path: [], message: 'Send valid JSON' }], 400)
  }
}
