import { InvolvementSchema } from '@coproduce/core'
import type { RouteSpec } from './route-spec.js'

export const involvementRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/members/:id/involvement',
    operationId: 'readInvolvement',
    summary: 'My part in one place: sessions coming up, payments, what I said and what changed, credits, decisions (the person or staff)',
    tag: 'members',
    access: 'self-or-staff',
    response: { status: 200, description: 'The person’s involvement', schema: InvolvementSchema },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.involvement(params.id!, call) }),
  },
]
