import { parseId, requireStaff } from '../access.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { ConsentView } from './consent-view.js'
import { erasedFeedback } from './erasure.js'
import { getInitiative } from './initiatives.js'

/**
 * Words a person said we should not keep are hidden from staff at once, kept for `hiddenWordsKeptDays` (in case
 * they change their mind, and as long as the law allows to act on it), then erased: only the kind, rating and
 * date stay, so counts still add up. Feedback that is already erased, or still allowed, is left alone.
 */
export function eraseHiddenWordsArea(s: ServiceContext): Coproduction['feedback']['eraseHiddenWords'] {
  return async (initiativeId, ctx) => {
    const id = parseId(initiativeId, 'initiativeId')
    requireStaff(await s.actorOf(ctx))
    return s.run(ctx, async (tx) => {
      await getInitiative(tx, id)
      const feedback = (await tx.feedback.listByInitiative(id)).filter((f) => !f.removedAt)
      const view = await ConsentView.load(tx, s, feedback, [])
      const latestAllowed = s.nowDate().getTime() - s.hiddenWordsKeptMs
      let erased = 0
      for (const item of feedback) {
        const since = view.hiddenSince(item)
        if (since === undefined || Date.parse(since) > latestAllowed) continue
        await tx.feedback.put(erasedFeedback(item, s.now()))
        erased++
      }
      return { erased }
    })
  }
}
