import { CoproduceError, FeedbackInputSchema, FeedbackSchema } from '@coproduce/core'
import { z } from 'zod'
import { withPathId } from '../http/with-path-id.js'
import type { RouteContext, RouteSpec } from './route-spec.js'

const IdempotencyKeySchema = z.string().trim().min(1).max(200)

function idempotencyKeyOf(rc: RouteContext): string | undefined {
  const raw = rc.header('idempotency-key')
  if (raw === undefined) return undefined
  const parsed = IdempotencyKeySchema.safeParse(raw)
  if (!parsed.success)
    throw new CoproduceError('validation', 'Some answers need checking', [
      { path: ['Idempotency-Key'], message: 'Use a key of 1 to 200 characters, such as a random UUID' },
    ])
  return parsed.data
}

export const feedbackRoutes: RouteSpec[] = [
  {
    method: 'post',
    path: '/initiatives/:id/feedback',
    operationId: 'submitFeedback',
    summary: 'Give feedback: a rating, a story, an idea or something creative',
    tag: 'feedback',
    access: 'public',
    request: { schema: FeedbackInputSchema, fromPath: 'initiativeId' },
    headers: [
      {
        name: 'Idempotency-Key',
        schema: IdempotencyKeySchema,
        description: 'A key the client makes once per piece of feedback (a UUID). Sending it again returns the first one and stores nothing new.',
      },
    ],
    response: {
      status: 201,
      description: 'The stored feedback',
      schema: FeedbackSchema,
      alsoOk: { status: 200, description: 'This key was seen before: the feedback stored the first time' },
    },
    handle: async (rc) => {
      const key = idempotencyKeyOf(rc)
      const input = withPathId(rc.body, 'initiativeId', rc.params.id!)
      const { feedback, replayed } = await rc.coproduction.feedback.submitOnce(input as never, { ...rc.call, idempotencyKey: key })
      return { status: replayed ? 200 : 201, body: feedback }
    },
  },
  {
    method: 'get',
    path: '/initiatives/:id/feedback',
    operationId: 'listFeedback',
    summary: 'Read all feedback (staff)',
    tag: 'feedback',
    access: 'staff',
    response: { status: 200, description: 'Every piece of feedback, oldest first', schema: z.array(FeedbackSchema) },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.feedback.list(params.id!, call) }),
  },
]
