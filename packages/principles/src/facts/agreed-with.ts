import type { InitiativeSnapshot } from '@coproduce/core'
import type { SnapshotIndex } from '../engine/snapshot-index.js'

/**
 * Were the aims agreed with people with lived experience? Entries in `aims.agreedWith` are member ids
 * or the names of groups. A group name counts; a member id counts when that member has lived experience.
 * Undefined when the plan does not say.
 */
export function aimsAgreedWithLivedExperience(snapshot: InitiativeSnapshot, index: SnapshotIndex): boolean | undefined {
  const aims = snapshot.initiative.aims
  if (!aims) return undefined
  if (aims.agreedWith.length === 0) return false
  return aims.agreedWith.some((who) => index.livedExperienceIds.has(who) || !index.membersById.has(who))
}
