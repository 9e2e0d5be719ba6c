import type { InitiativeSnapshot } from '@coproduce/core'
import type { SnapshotIndex } from '../engine/snapshot-index.js'

/** Who has spoken on record: options proposed, views given and feedback sent, by people with lived experience and by staff. */
export interface VoiceOnRecord {
  /** Options whose proposer is on record. */
  options: number
  /** Options proposed by members with lived experience. */
  livedExperienceOptions: number
  /** Options proposed by anyone else: staff, practitioners, commissioners, facilitators. */
  staffOptions: number
  /** Views given on decisions by members with lived experience. */
  livedExperienceViews: number
  /** Feedback sent by members with lived experience (anonymous feedback is not counted: it names no one). */
  livedExperienceFeedback: number
  /** Decisions opened by members with lived experience. */
  livedExperienceOpened: number
}

export function voiceOnRecord(snapshot: InitiativeSnapshot, index: SnapshotIndex): VoiceOnRecord {
  const le = index.livedExperienceIds
  const v: VoiceOnRecord = {
    options: 0,
    livedExperienceOptions: 0,
    staffOptions: 0,
    livedExperienceViews: 0,
    livedExperienceFeedback: 0,
    livedExperienceOpened: 0,
  }
  for (const d of snapshot.decisions) {
    if (d.openedBy && le.has(d.openedBy)) v.livedExperienceOpened++
    for (const o of d.options ?? []) {
      if (!o.proposedBy) continue
      v.options++
      if (le.has(o.proposedBy)) v.livedExperienceOptions++
      else v.staffOptions++
    }
    for (const view of d.views ?? []) if (le.has(view.memberId)) v.livedExperienceViews++
  }
  for (const f of snapshot.feedback) if (f.memberId && le.has(f.memberId)) v.livedExperienceFeedback++
  return v
}

/** Anything said on record by people with lived experience. */
export const livedExperienceSpoke = (v: VoiceOnRecord): number =>
  v.livedExperienceOptions + v.livedExperienceViews + v.livedExperienceFeedback + v.livedExperienceOpened
