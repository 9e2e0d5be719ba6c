import {
  type CallContext,
  type Coproduction,
  CoproduceError,
  PublicUpdateSchema,
  UpdateInputSchema,
  UpdatePatchSchema,
  UpdateSchema,
  UpdateWithdrawalInputSchema,
} from '@coproduce/core'
import { z } from 'zod'
import { withPathId } from '../http/with-path-id.js'
import type { RouteSpec } from './route-spec.js'

/** The update must belong to the initiative in the path; otherwise it is answered as missing. */
async function assertUpdateOf(coproduction: Coproduction, call: CallContext, initiativeId: string, updateId: string): Promise<void> {
  const existing = await coproduction.updates.list(initiativeId, call)
  if (!existing.some((u) => u.id === updateId)) throw new CoproduceError('not-found', 'There is no such update in this initiative')
}

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
      await assertUpdateOf(coproduction, call, params.id!, params.updateId!)
      return { body: await coproduction.updates.change(params.updateId!, body as never, call) }
    },
  },
  {
    method: 'post',
    path: '/initiatives/:id/updates/:updateId/withdraw',
    operationId: 'withdrawUpdate',
    summary:
      'Take an update down (staff): it leaves the public list, answers no feedback and thanks no one; the reason is kept for staff. Doing it again changes nothing',
    tag: 'updates',
    access: 'staff',
    request: { schema: UpdateWithdrawalInputSchema },
    response: { status: 200, description: 'The update, with when and why it was taken down', schema: UpdateSchema },
    handle: async ({ coproduction, call, params, body }) => {
      await assertUpdateOf(coproduction, call, params.id!, params.updateId!)
      return { body: await coproduction.updates.withdraw(params.updateId!, body as never, call) }
    },
  },
]
