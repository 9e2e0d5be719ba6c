import { isOperator, isStaff, type Actor, type Coproduction } from '@coproduce/core'
import { HttpProblem } from '../http/http-problem.js'

/**
 * Who may call a route.
 * - `public`: anyone; the core still decides (for example whether anonymous feedback is allowed).
 * - `staff`: a signed-in actor whose roles include `staff`.
 * - `self-or-staff`: the member named in the address (`/members/:id/...`), or staff.
 * - `signed-in`: anyone signed in; the core decides the rest (for example, only people taking part give views).
 * - `operator`: a platform operator (role `operator`): organisations only, never anyone's data.
 */
export type Access = 'public' | 'staff' | 'self-or-staff' | 'signed-in' | 'operator'

export function checkAccess(access: Access, actor: Actor | null, coproduction: Coproduction, memberId?: string): void {
  if (access === 'public') return
  if (!actor) throw new HttpProblem('unauthorized', 'Please sign in to do this')
  if (access === 'operator') {
    if (isOperator(actor)) return
    throw new HttpProblem('forbidden', 'Only a platform operator can do this')
  }
  if (isStaff(actor) || access === 'signed-in') return
  if (access === 'staff') throw new HttpProblem('forbidden', 'Only staff can do this')
  if (actor.id === memberId) return
  // A plugin may map the host's ids onto members (hostRef); then the core, which applies the mapping, decides.
  if (coproduction.plugins.some((p) => p.identity)) return
  throw new HttpProblem('forbidden', 'You can only see and change your own details')
}
