import { parseId, requireSelfOrStaff, requireStaff } from '../access.js'
import type { Coproduction } from '../coproduction.js'
import type { PartnerExport } from '../../schemas/results.js'
import type { ServiceContext } from '../service-context.js'
import { ConsentView } from './consent-view.js'
import { getInitiative } from './initiatives.js'
import { getMember } from './members.js'

export function exportsArea(s: ServiceContext): Coproduction['exports'] {
  return {
    /** Everything kept about one person: what a subject access request returns. */
    async member(memberId, ctx) {
      const id = parseId(memberId, 'memberId')
      requireSelfOrStaff(await s.actorOf(ctx), id)
      return s.run(ctx, async (tx) => {
        const member = await getMember(tx, id)
        const feedback = await tx.feedback.listByMember(id)
        const theirs = new Set(feedback.map((f) => f.id))
        const updates = (await tx.updates.listByInitiative(member.initiativeId)).filter(
          (u) => u.credits.includes(id) || u.linkedFeedback.some((f) => theirs.has(f)),
        )
        return {
          member,
          feedback,
          consents: await tx.consents.listBySubject(id),
          payments: await tx.payments.listByMember(id),
          updates,
        }
      })
    },

    /** For partner organisations: only feedback whose subject said yes to `share-with-partners`. */
    async partners(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, id)
        const all = await tx.feedback.listByInitiative(id)
        const view = await ConsentView.load(tx, s, all, [])
        const feedback: PartnerExport['feedback'] = all
          // Shared only with a yes to sharing, and never once the person took back their yes to keeping their words.
          .filter((f) => view.givenFor(f, 'share-with-partners') && !view.wordsHidden(f))
          .map((f) => {
            const row: PartnerExport['feedback'][number] = { id: f.id, kind: f.kind, createdAt: f.createdAt }
            if (f.rating !== undefined) row.rating = f.rating
            const quote = view.quote(f)
            if (quote) Object.assign(row, quote)
            return row
          })
        return {
          initiativeId: id,
          exportedAt: s.now(),
          feedback,
          counts: {
            feedback: all.length,
            members: (await tx.members.listByInitiative(id)).length,
            updates: (await tx.updates.listByInitiative(id)).length,
          },
        }
      })
    },
  }
}
