import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import type { Feedback } from '../../schemas/feedback.js'
import {
  InboxQuerySchema,
  type CreditOption,
  type InboxItem,
  type InboxPage,
  type InboxQuery,
  type QuoteConsent,
} from '../../schemas/inbox.js'
import type { Update } from '../../schemas/update.js'
import type { StoreTx } from '../../store/store-port.js'
import { parseId, requireStaff } from '../access.js'
import type { CallContext } from '../actor.js'
import type { ServiceContext } from '../service-context.js'
import { withWordsHidden } from './consent-effects.js'
import { ConsentView } from './consent-view.js'
import { getInitiative } from './initiatives.js'
import { liveUpdates } from '../../lifecycles/live-updates.js'

/** A cursor names the last item of a page (its time and id), so items given later never shift the next page. */
const encodeCursor = (f: Pick<Feedback, 'createdAt' | 'id'>): string => `${f.createdAt}|${f.id}`

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id, extra] = cursor.split('|')
  if (!createdAt || !id || extra !== undefined || Number.isNaN(Date.parse(createdAt)))
    throw new CoproduceError('validation', 'Some answers need checking', [
      { path: ['cursor'], message: 'Use the nextCursor of the page before' },
    ])
  return { createdAt, id }
}

/** Newest first; the same time is ordered by id, so the order is total and paging is stable. */
export const newestFirst = (a: Pick<Feedback, 'createdAt' | 'id'>, b: Pick<Feedback, 'createdAt' | 'id'>): number =>
  b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

const day = (iso: string): string => iso.slice(0, 10)

/** Filter, count and page items already read. Pure: the service reads, this decides. */
export function pageOf(items: readonly InboxItem[], query: InboxQuery): InboxPage {
  const q = InboxQuerySchema.parse(query)
  const matching = items
    .filter((f) => q.kind === undefined || f.kind === q.kind)
    .filter((f) => q.rating === undefined || f.rating === q.rating)
    .filter((f) => q.who === undefined || (q.who === 'anonymous') === f.anonymous)
    .filter((f) => q.from === undefined || day(f.createdAt) >= q.from)
    .filter((f) => q.to === undefined || day(f.createdAt) <= q.to)
  const counts = { total: matching.length, unanswered: matching.filter((f) => f.answeredBy.length === 0).length }
  const shown = (q.unanswered ? matching.filter((f) => f.answeredBy.length === 0) : matching).sort(newestFirst)
  const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor)
  const start = after === undefined ? 0 : shown.findIndex((f) => newestFirst(f, after) > 0)
  const rest = start < 0 ? [] : shown.slice(start)
  const page = rest.slice(0, q.limit)
  const result: InboxPage = { items: page, counts }
  if (rest.length > q.limit) result.nextCursor = encodeCursor(page[page.length - 1]!)
  return result
}

function quoteOf(view: ConsentView, f: Feedback): QuoteConsent {
  if (f.removedAt || f.wordsHidden) return 'no'
  if (!f.anonymous && view.givenFor(f, 'quote-with-name')) return 'with-name'
  return view.givenFor(f, 'quote-anonymously') ? 'anonymously' : 'no'
}

async function inboxItems(s: ServiceContext, tx: StoreTx, initiativeId: string): Promise<InboxItem[]> {
  const feedback = await withWordsHidden(s, tx, await tx.feedback.listByInitiative(initiativeId))
  const updates: Update[] = liveUpdates(await tx.updates.listByInitiative(initiativeId))
  const view = await ConsentView.load(tx, s, feedback, [])
  const answers = new Map<string, InboxItem['answeredBy']>()
  for (const u of [...updates].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt)))
    for (const id of u.linkedFeedback)
      answers.set(id, [...(answers.get(id) ?? []), { id: u.id, weDid: u.weDid, publishedAt: u.publishedAt }])
  const items: InboxItem[] = []
  for (const f of feedback) {
    const { idempotencyKey: _k, idempotencyScope: _s, idempotencyFingerprint: _f, ...rest } = f
    const item: InboxItem = { ...rest, quote: quoteOf(view, f), answeredBy: answers.get(f.id) ?? [] }
    if (f.anonymous) delete item.memberId
    else if (f.memberId) {
      const member = await tx.members.get(f.memberId)
      if (member && !member.erasedAt) item.by = member.displayName
    }
    items.push(item)
  }
  return items
}

/** The staff inbox: what people said, newest first, with filters, counts and stable paging. */
export async function feedbackInbox(s: ServiceContext, initiativeId: string, query: InboxQuery, ctx: CallContext): Promise<InboxPage> {
  const id = parseId(initiativeId, 'initiativeId')
  const q = parseOrThrow(InboxQuerySchema, query)
  requireStaff(await s.actorOf(ctx))
  return s.run(ctx, async (tx) => {
    await getInitiative(tx, id)
    return pageOf(await inboxItems(s, tx, id), q)
  })
}

/** Everyone in the initiative, and whether they may be thanked by name now; if not, why. */
export async function creditOptions(s: ServiceContext, initiativeId: string, ctx: CallContext): Promise<CreditOption[]> {
  const id = parseId(initiativeId, 'initiativeId')
  requireStaff(await s.actorOf(ctx))
  return s.run(ctx, async (tx) => {
    await getInitiative(tx, id)
    const members = await tx.members.listByInitiative(id)
    const view = await ConsentView.load(
      tx,
      s,
      [],
      members.map((m) => m.id),
    )
    return members.map((m) => {
      if (m.erasedAt) return { memberId: m.id, displayName: '', credit: false, why: 'removed' }
      const state = view.state(m.id, 'credit-by-name')
      const option: CreditOption = { memberId: m.id, displayName: m.displayName, credit: view.given(m.id, 'credit-by-name') }
      if (!option.credit) option.why = state === 'none' ? 'not-asked' : state
      return option
    })
  })
}
