import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { OpenApiDocument } from '../openapi/build-document.js'
import type { CallResult } from './http-client.js'

type Operation = { responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }> }
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void

/** The operation a request reached: the document's path templates matched against the address (query left off). */
function findOperation(doc: OpenApiDocument, method: string, path: string): { template: string; op: Operation } | undefined {
  const pathname = path.split('?')[0]!
  for (const [template, ops] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
    const op = (ops as Record<string, Operation>)[method.toLowerCase()]
    if (op && pattern.test(pathname)) return { template, op }
  }
  return undefined
}

/**
 * Checks every answer against the OpenAPI document the server itself serves: the status must be declared for the
 * operation, and the body must match the declared schema (problem bodies the Problem schema). Throws with the reason.
 */
export function responseValidator(doc: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
  addFormats(ajv)
  ajv.addSchema({ $id: 'openapi.json', components: doc.components } as object)
  const validatorFor = (pointer: string) => ajv.getSchema(`openapi.json${pointer}`) ?? ajv.compile({ $ref: `openapi.json${pointer}` })

  return function check(method: string, path: string, res: CallResult): void {
    const where = `${method} ${path} → ${res.status}`
    const found = findOperation(doc, method, path)
    let ref: string
    if (!found) {
      if (res.status !== 404 && res.status !== 405) throw new Error(`${where}: no operation in openapi.json serves this address`)
      ref = '#/components/schemas/Problem'
    } else {
      let declared = found.op.responses[String(res.status)]
      if (!declared) throw new Error(`${where}: status ${res.status} is not declared for ${method} ${found.template}`)
      if (declared.$ref) declared = (doc.components.responses as Record<string, typeof declared>)[declared.$ref.split('/').pop()!]!
      const content = declared.content
      if (!content) {
        if (res.body !== undefined && res.body !== '') throw new Error(`${where}: a body was sent where none is declared`)
        return
      }
      const mediaType = res.contentType.split(';')[0]!.trim()
      const media = content[mediaType]
      if (!media) throw new Error(`${where}: content type ${mediaType} is not declared (${Object.keys(content).join(', ')})`)
      ref = (media.schema as { $ref?: string }).$ref ?? ''
      if (!ref) return // an inline schema ({ type: 'object' }) for openapi.json itself
    }
    const validate = validatorFor(ref)
    if (!validate(res.body))
      throw new Error(
        `${where}: the body does not match ${ref}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(res.body).slice(0, 500)}`,
      )
  }
}
