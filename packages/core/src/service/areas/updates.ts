import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { liveUpdates } from '../../lifecycles/live-updates.js'
import { applyStatusChange } from '../../lifecycles/update-status.js'
import { IdSchema } from '../../schemas/common.js'
import { UpdateInputSchema, UpdatePatchSchema, UpdateWithdrawalInputSchema, type PublicUpdate, type Update } from '../../schemas/update.js'
import type { StoreTx } from '../../store/store-port.js'
import { notFound, parseId, requireStaff } from '../access.js'
import type { Actor } from '../actor.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { ConsentView } from './consent-view.js'
import { getInitiative } from './initiatives.js'
import { getMemberOf } from './members.js'
import { assertNoRefusedWords, withoutTakenBackWords } from './refused-words-check.js'

const IdListSchema = IdSchema.array().max(1000)

function parseIds(value: unknown, path: string): string[] {
  const result = IdListSchema.safeParse(value)
  if (!result.success) throw CoproduceError.fromZod(result.error, [path])
  return result.data
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)]

async function checkFeedback(tx: StoreTx, initiativeId: string, ids: readonly string[], path: string): Promise<void> {
  for (const [i, id] of ids.entries()) {
    const feedback = await tx.feedback.get(id)
    if (!feedback || feedback.initiativeId !== initiativeId) throw notFound('feedback', [path, i])
  }
}

async function checkMembers(tx: StoreTx, initiativeId: string, ids: readonly string[], path: string): Promise<void> {
  for (const [i, id] of ids.entries()) await getMemberOf(tx, initiativeId, id, [path, i])
}

async function getUpdate(tx: StoreTx, id: string): Promise<Update> {
  const update = await tx.updates.get(id)
  if (!update) throw notFound('update', ['id'])
  return update
}

/** A taken-down update stays as it was: changing it would change words nobody can see any more. */
async function getStandingUpdate(tx: StoreTx, id: string): Promise<Update> {
  const update = await getUpdate(tx, id)
  if (update.withdrawn)
    throw new CoproduceError('conflict', 'This update was taken down, so it cannot be changed. Write a new one instead', [
      { path: ['id'], message: 'This update was taken down' },
    ])
  return update
}

/** The public read of an update: words and names only with the person's consent, at this moment. */
async function publicUpdates(tx: StoreTx, s: ServiceContext, updates: Update[], viewer: Actor | null): Promise<PublicUpdate[]> {
  const feedbackIds = unique(updates.flatMap((u) => u.linkedFeedback))
  const feedback = new Map<string, NonNullable<Awaited<ReturnType<StoreTx['feedback']['get']>>>>()
  for (const id of feedbackIds) {
    const f = await tx.feedback.get(id)
    if (f) feedback.set(id, f)
  }
  // Every word said in this initiative, so words copied into an update can be taken out once their yes is taken back.
  const said = updates.length ? await tx.feedback.listByInitiative(updates[0]!.initiativeId) : []
  for (const f of said) if (!feedback.has(f.id)) feedback.set(f.id, f)
  const view = await ConsentView.load(tx, s, [...feedback.values()], unique(updates.flatMap((u) => u.credits)))
  const withWords = [...feedback.values()].filter((f) => f.text !== undefined)
  return updates.map((update) => {
    const linked = update.linkedFeedback.flatMap((id) => feedback.get(id) ?? [])
    const quotes: PublicUpdate['quotes'] = []
    let yours = false
    for (const f of linked) {
      const mine = viewer !== null && !f.anonymous && f.memberId === viewer.id
      if (mine) yours = true
      const quote = view.quote(f)
      if (quote) quotes.push({ feedbackId: f.id, ...quote, ...(mine ? { yours: true } : {}) })
    }
    const result: PublicUpdate = {
      id: update.id,
      initiativeId: update.initiativeId,
      youSaid: update.youSaid,
      weDid: update.weDid,
      status: update.status,
      publishedAt: update.publishedAt,
      timeline: update.timeline,
      linkedFeedbackCount: linked.length,
      quotes,
      credits: update.credits.flatMap((id) => view.credit(id) ?? []),
    }
    if (update.reason !== undefined) result.reason = update.reason
    if (update.progress !== undefined) result.progress = update.progress
    if (viewer !== null) result.yours = yours
    return withoutTakenBackWords(view, withWords, update, result)
  })
}

export function updatesArea(s: ServiceContext): Omit<Coproduction['updates'], 'creditOptions'> {
  const changeLinks =
    (field: 'linkedFeedback' | 'credits') => async (id: string, ids: string[], ctx: Parameters<Coproduction['updates']['list']>[1]) => {
      const updateId = parseId(id, 'id')
      const list = parseIds(ids, field)
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        const update = await getStandingUpdate(tx, updateId)
        if (field === 'linkedFeedback') await checkFeedback(tx, update.initiativeId, list, field)
        else await checkMembers(tx, update.initiativeId, list, field)
        const next: Update = { ...update, [field]: unique([...update[field], ...list]) }
        await assertNoRefusedWords(s, tx, next)
        await tx.updates.put(next)
        return next
      })
    }

  return {
    async publish(input, ctx) {
      const data = parseOrThrow(UpdateInputSchema, input)
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx, emit) => {
        await getInitiative(tx, data.initiativeId)
        const linkedFeedback = unique(data.linkedFeedback ?? [])
        const credits = unique(data.credits ?? [])
        await checkFeedback(tx, data.initiativeId, linkedFeedback, 'linkedFeedback')
        await checkMembers(tx, data.initiativeId, credits, 'credits')
        const id = data.id ?? s.id('update')
        if (await tx.updates.get(id))
          throw new CoproduceError('conflict', 'An update with this id already exists', [{ path: ['id'], message: 'This id is taken' }])
        const now = s.now()
        const update: Update = {
          id,
          initiativeId: data.initiativeId,
          youSaid: data.youSaid,
          weDid: data.weDid,
          status: data.status,
          linkedFeedback,
          credits,
          publishedAt: now,
          timeline: [{ at: now, status: data.status }],
        }
        if (data.reason !== undefined) update.reason = data.reason
        if (data.progress !== undefined) update.progress = data.progress
        if (data.status === 'done') update.progress = 100
        await assertNoRefusedWords(s, tx, update)
        await tx.updates.put(update)
        await emit('update.published', { updateId: id }, data.initiativeId)
        return update
      })
    },

    async change(id, patch, ctx) {
      const updateId = parseId(id, 'id')
      const data = parseOrThrow(UpdatePatchSchema, patch)
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        const update = await getStandingUpdate(tx, updateId)
        if (data.linkedFeedback) await checkFeedback(tx, update.initiativeId, data.linkedFeedback, 'linkedFeedback')
        if (data.credits) await checkMembers(tx, update.initiativeId, data.credits, 'credits')
        const next = applyStatusChange(update, data, s.now())
        if (data.youSaid !== undefined) next.youSaid = data.youSaid
        if (data.weDid !== undefined) next.weDid = data.weDid
        if (data.linkedFeedback) next.linkedFeedback = unique(data.linkedFeedback)
        if (data.credits) next.credits = unique(data.credits)
        await assertNoRefusedWords(s, tx, next)
        await tx.updates.put(next)
        return next
      })
    },

    async withdraw(id, input, ctx) {
      const updateId = parseId(id, 'id')
      const data = parseOrThrow(UpdateWithdrawalInputSchema, input)
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx, emit) => {
        const update = await getUpdate(tx, updateId)
        // Taking down what is already down changes nothing: a retried request gets the same answer.
        if (update.withdrawn) return update
        const next: Update = { ...update, withdrawn: { at: s.now(), reason: data.reason } }
        await tx.updates.put(next)
        await emit('update.withdrawn', { updateId }, update.initiativeId)
        return next
      })
    },

    linkFeedback: changeLinks('linkedFeedback'),
    credit: changeLinks('credits'),

    async list(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, id)
        return tx.updates.listByInitiative(id)
      })
    },

    async listPublic(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      const viewer = await s.actorOf(ctx)
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, id)
        return publicUpdates(tx, s, liveUpdates(await tx.updates.listByInitiative(id)), viewer)
      })
    },
  }
}
