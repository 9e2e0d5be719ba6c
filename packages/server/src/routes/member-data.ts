import { MemberPatchSchema, MemberSchema } from '@coproduce/core'
import { MemberExportSchema } from '../openapi/response-schemas.js'
import type { RouteSpec } from './route-spec.js'

export const memberDataRoutes: RouteSpec[] = [
  {
    method: 'patch',
    path: '/members/:id',
    operationId: 'changeMember',
    summary: 'Correct a person’s details; `null` clears an optional one (staff)',
    tag: 'members',
    access: 'staff',
    request: { schema: MemberPatchSchema },
    response: { status: 200, description: 'The member as they are now', schema: MemberSchema },
    handle: async ({ coproduction, call, params, body }) => ({ body: await coproduction.members.change(params.id!, body as never, call) }),
  },
  {
    method: 'post',
    path: '/members/:id/leave',
    operationId: 'memberLeft',
    summary: 'Record that a person has left the group; what they gave is kept, and they can come back as a new member (staff)',
    tag: 'members',
    access: 'staff',
    response: { status: 200, description: 'The member, with `leftAt`', schema: MemberSchema },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.members.leave(params.id!, call) }),
  },
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
