import { CoproduceError, CreditOptionSchema, InboxPageSchema, InboxQuerySchema, UpdateSchema } from '@coproduce/core'
import { checkLanguage } from '@coproduce/principles'
import { z } from 'zod'
import { parseQuery } from './parse-query.js'
import type { RouteContext, RouteSpec } from './route-spec.js'

const q = InboxQuerySchema.shape
const yes = z.enum(['true', 'false']).transform((v) => v === 'true')
const whole = z
  .string()
  .regex(/^\d{1,3}$/, 'Use a whole number from 1 to 100')
  .transform(Number)
  .pipe(q.limit.removeDefault())

/** The inbox's filters, as they come in the address. */
const INBOX_QUERY = [
  { name: 'unanswered', schema: yes, description: '`true`: only feedback no update answers yet' },
  { name: 'kind', schema: q.kind.unwrap(), description: '`rating`, `story`, `idea` or `creative`' },
  { name: 'rating', schema: q.rating.unwrap(), description: 'One rating, e.g. `poor`' },
  { name: 'from', schema: q.from.unwrap(), description: 'Given on or after this day, `YYYY-MM-DD` (UTC)' },
  { name: 'to', schema: q.to.unwrap(), description: 'Given on or before this day, `YYYY-MM-DD` (UTC)' },
  { name: 'who', schema: q.who.unwrap(), description: '`named` or `anonymous`' },
  { name: 'limit', schema: whole, description: 'How many on a page, 1 to 100 (25 unless said)' },
  { name: 'cursor', schema: q.cursor.unwrap(), description: 'The `nextCursor` of the page before' },
] as const

function inboxQueryOf(rc: RouteContext): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const { name, schema } of INBOX_QUERY) {
    const raw = rc.query(name)
    if (raw !== undefined) out[name] = parseQuery(schema, raw, name)
  }
  return out
}

export const TextCheckInputSchema = z.strictObject({
  /** The texts to check, each with the name of its field. */
  texts: z
    .array(z.strictObject({ field: z.string().trim().min(1).max(100), text: z.string().max(10_000) }))
    .min(1)
    .max(20),
})

const TextCheckResultSchema = z.object({
  flags: z.array(
    z.object({
      field: z.string(),
      kind: z.enum(['label', 'jargon', 'acronym', 'reading-level']),
      text: z.string(),
      index: z.number().int(),
      suggestion: z.string(),
      why: z.string(),
    }),
  ),
})

/** What staff screens need beyond the participant routes: the inbox, who may be thanked, every update, a language check. */
export const staffViewRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/initiatives/:id/feedback/inbox',
    operationId: 'feedbackInbox',
    summary: 'The feedback inbox: newest first, filtered, counted and paged (staff)',
    tag: 'feedback',
    access: 'staff',
    query: INBOX_QUERY.map((p) => ({ ...p })),
    response: { status: 200, description: 'One page of the inbox, the counts and the next cursor', schema: InboxPageSchema },
    handle: async (rc) => ({ body: await rc.coproduction.feedback.inbox(rc.params.id!, inboxQueryOf(rc), rc.call) }),
  },
  {
    method: 'get',
    path: '/initiatives/:id/updates/all',
    operationId: 'listUpdates',
    summary: 'Every update with its links, credits and timeline (staff)',
    tag: 'updates',
    access: 'staff',
    response: { status: 200, description: 'Every update', schema: z.array(UpdateSchema) },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.updates.list(params.id!, call) }),
  },
  {
    method: 'get',
    path: '/initiatives/:id/updates/credit-options',
    operationId: 'creditOptions',
    summary: 'Who may be thanked by name in an update now, and why the others may not (staff)',
    tag: 'updates',
    access: 'staff',
    response: { status: 200, description: 'Each member and whether their consent allows a credit', schema: z.array(CreditOptionSchema) },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.updates.creditOptions(params.id!, call) }),
  },
  {
    method: 'post',
    path: '/text-check',
    operationId: 'checkText',
    summary: 'Check words before publishing: shaming labels, jargon, short forms, reading age above 9 (staff). Stores nothing',
    tag: 'updates',
    access: 'staff',
    request: { schema: TextCheckInputSchema },
    response: { status: 200, description: 'What to reword, per field', schema: TextCheckResultSchema },
    handle: async ({ body }) => {
      const parsed = TextCheckInputSchema.safeParse(body)
      if (!parsed.success) throw CoproduceError.fromZod(parsed.error)
      const { texts } = parsed.data
      return { body: { flags: texts.flatMap(({ field, text }) => checkLanguage(text).map((flag) => ({ field, ...flag }))) } }
    },
  },
]
