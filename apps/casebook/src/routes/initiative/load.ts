import type { Actor } from '@coproduce/core'
import type { CasebookContext, CasebookDeps } from '../../app-env.js'

export const actorOf = (c: CasebookContext): Actor | null => c.get('identity')?.actor ?? null

/** The initiative in the path, read as the signed-in person. A missing one becomes the 404 page. */
export const loadInitiative = (c: CasebookContext, deps: CasebookDeps) =>
  deps.coproduction.initiatives.get(c.req.param('id') ?? '', { actor: actorOf(c) })

const NOTICES: Record<string, string> = {
  'decision-opened': 'Question sent to the group. Everyone taking part can now see it and give their view.',
  decided: 'Decision saved. Everyone taking part can now see what was decided, how and by whom.',
}

/** The message shown after a change worked (Post/Redirect/Get with `?done=`). */
export const noticeFrom = (c: CasebookContext): string | undefined => NOTICES[c.req.query('done') ?? '']
