import type { Actor } from '@coproduce/core'
import type { CasebookContext, CasebookDeps } from '../../app-env.js'

export const actorOf = (c: CasebookContext): Actor | null => c.get('identity')?.actor ?? null

/** The initiative in the path, read as the signed-in person. A missing one becomes the 404 page. */
export const loadInitiative = (c: CasebookContext, deps: CasebookDeps) =>
  deps.coproduction.initiatives.get(c.req.param('id') ?? '', { actor: actorOf(c) })
