import { CoproduceError, PublicUpdateSchema, UpdateInputSchema, UpdatePatchSchema, UpdateSchema } from '@coproduce/core'
import { z } from 'zod'
import { withPathId } from '../http/with-path-id.js'
import type { RouteSpec } from './route-spec.js'

export const updateRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/initiatives/:id/updates',
    operationId: 'listPublicUpdates',
    summary: '“You said, we did”: what changed because of feedback. Words and names show only with consent',
    tag: 'updates',
    access: 'public',
    response: { status: 200, description: 'The public updates', schema: z.array(PublicUpdateSchema) },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.updates.listPublic(params.id!, call) }),
  },
  {
    method: 'post',
    path: '/initiatives/:id/updates',
    operationId: 'publishUpdate',
    summary: 'Publish a “you said, we did” update (staff)',
    tag: 'updates',
    access: 'staff',
    request: { schema: UpdateInputSchema, fromPath: 'initiativeId' },
    response: { status: 201, description: 'The update', schema: UpdateSchema },
    handle: async ({ coproduction, call, params, body }) => ({
      status: 201,
      body: await coproduction.updates.publish(withPathId(body, 'initiativeId', params.id!) as never, call),
    }),
  },
  {
    method: 'patch',
    path: '/initiatives/:id/updates/:updateId',
    operationId: 'changeUpdate',
    summary: 'Change an update: its status (with a reason when not possible), progress, words, links or credits (staff)',
    tag: 'updates',
    access: 'staff',
    request: { schema: UpdatePatchSchema },
    response: { status: 200, description: 'The changed update', schema: UpdateSchema },
    handle: async ({ coproduction, call, params, body }) => {
      const existing = await coproduction.updates.list(params.id!, call)
      if (!existing.some((u) => u.id === params.updateId))
        throw new CoproduceError('not-found', 'There is no such update in this initiative')
      return { body: await coproduction.updates.change(params.updateId!, body as never, call) }
    },
  },
]
