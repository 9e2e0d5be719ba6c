import { MemberExportSchema } from '../openapi/response-schemas.js'
import type { RouteSpec } from './route-spec.js'

export const memberDataRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/members/:id/export',
    operationId: 'exportMember',
    summary: 'Everything kept about a person (the person or staff)',
    tag: 'members',
    access: 'self-or-staff',
    response: { status: 200, description: 'The person’s data', schema: MemberExportSchema },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.exports.member(params.id!, call) }),
  },
  {
    method: 'delete',
    path: '/members/:id',
    operationId: 'eraseMember',
    summary: 'Remove a person’s personal data, keeping only counts that name nobody (the person or staff)',
    tag: 'members',
    access: 'self-or-staff',
    response: { status: 204, description: 'Erased' },
    handle: async ({ coproduction, call, params }) => {
      await coproduction.erase(params.id!, call)
      return { status: 204 }
    },
  },
]
