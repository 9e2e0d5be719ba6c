import { CoproduceError, FeedbackInputSchema, FeedbackSchema } from '@coproduce/core'
import { z } from 'zod'
import { withPathId } from '../http/with-path-id.js'
import { IdempotencyKeySchema, idempotencyKeyOf } from './idempotency-key.js'
import type { RouteContext, RouteSpec } from './route-spec.js'

/** An anonymous sender's device key: random, made once per device, so only that device can replay its keys. */
const DeviceKeySchema = z.string().trim().min(16).max(200)
export const DEVICE_KEY_HEADER = 'Coproduce-Device-Key'

function deviceKeyOf(rc: RouteContext): string | undefined {
  const raw = rc.header(DEVICE_KEY_HEADER.toLowerCase())
  if (raw === undefined) return undefined
  const parsed = DeviceKeySchema.safeParse(raw)
  if (!parsed.success)
    throw new CoproduceError('validation', 'Some answers need checking', [
      { path: [DEVICE_KEY_HEADER], message: 'Use a random key of 16 to 200 characters, such as a UUID' },
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
        description:
          'A key the client makes once per piece of feedback (a UUID), as in the IETF Idempotency-Key draft. The same key with the same body again answers 200 with the first feedback’s ids (never its words) and stores nothing new. The same key with a different body answers 422 `idempotency-mismatch`; while the first send is still being stored, 409 `conflict`; a key another caller used, 409 `conflict`. Keys belong to the signed-in caller, or for anonymous feedback to the `Coproduce-Device-Key`, and are remembered for 24 hours unless the host sets otherwise.',
      },
      {
        name: DEVICE_KEY_HEADER,
        schema: DeviceKeySchema,
        description:
          'For anonymous feedback: a random key the device makes once and keeps. Only this device can then replay its Idempotency-Keys. Only a hash of it is stored, so it points to no one.',
      },
    ],
    response: {
      status: 201,
      description: 'The stored feedback',
      schema: FeedbackSchema,
      alsoOk: {
        status: 200,
        description: 'This key and body were seen before: the first feedback’s ids, kind and time, without its words',
      },
    },
    handle: async (rc) => {
      const key = idempotencyKeyOf(rc)
      const anonymousKey = deviceKeyOf(rc)
      const input = withPathId(rc.body, 'initiativeId', rc.params.id!)
      const { feedback, replayed } = await rc.coproduction.feedback.submitOnce(input as never, {
        ...rc.call,
        idempotencyKey: key,
        anonymousKey,
      })
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
