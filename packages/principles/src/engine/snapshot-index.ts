import type { InitiativeSnapshot } from '@coproduce/core'

type Member = InitiativeSnapshot['members'][number]
type Session = InitiativeSnapshot['sessions'][number]
type Update = InitiativeSnapshot['updates'][number]
type ConsentRecord = InitiativeSnapshot['consents'][number]

const DAY = 24 * 60 * 60 * 1000

const times = new Map<string, number>()

/**
 * Milliseconds since the epoch, or undefined for a missing or unreadable date. Remembered, because the same
 * dates are read again each time a plan is checked.
 */
export function toTime(value: string | undefined): number | undefined {
  if (!value) return undefined
  let t = times.get(value)
  if (t === undefined) {
    t = Date.parse(value)
    if (times.size > 50_000) times.clear()
    times.set(value, t)
  }
  return Number.isNaN(t) ? undefined : t
}

/** Whole days from `a` to `b` (may be negative). */
export const daysBetween = (a: number, b: number): number => (b - a) / DAY

/**
 * Lookups every rule needs, built once per evaluation so no rule walks the lists again.
 */
export interface SnapshotIndex {
  membersById: Map<string, Member>
  /** Ids of members with the `lived-experience` or `peer-researcher` role. */
  livedExperienceIds: Set<string>
  /** Members who have left (with `leftAt`). */
  leftMemberIds: Set<string>
  /** Sessions with a start time, earliest first. */
  sessionsByTime: Session[]
  /** The earliest session start, if any. */
  firstSessionAt: number | undefined
  /** Every method named in the initiative or its sessions, lower case. */
  methods: string[]
  /** For each feedback id, the updates that answer it. */
  updatesByFeedback: Map<string, Update[]>
  /** The latest consent record for each `subject|purposeId`. */
  currentConsent: Map<string, ConsentRecord>
  /** Days from timeline start to end, when both are known. */
  timelineDays: number | undefined
  /** For each session with attendance recorded: the members with lived experience who came. */
  livedExperienceCame: Map<Session, string[]>
}

const consentKeys = new Map<string, Map<string, string>>()

/**
 * The key of `currentConsent` for a subject and purpose: `subject|purposeId`. The same string object is given
 * back each time, so looking it up does not build and hash a new string on every evaluation.
 */
export function consentKey(subject: string, purposeId: string): string {
  let byPurpose = consentKeys.get(subject)
  if (!byPurpose) {
    if (consentKeys.size > 50_000) consentKeys.clear()
    byPurpose = new Map()
    consentKeys.set(subject, byPurpose)
  }
  let key = byPurpose.get(purposeId)
  if (key === undefined) {
    key = `${subject}|${purposeId}`
    byPurpose.set(purposeId, key)
  }
  return key
}

export function buildIndex(snapshot: InitiativeSnapshot): SnapshotIndex {
  const membersById = new Map<string, Member>()
  const livedExperienceIds = new Set<string>()
  const leftMemberIds = new Set<string>()
  for (const member of snapshot.members) {
    membersById.set(member.id, member)
    if (member.roles?.some((r: string) => r === 'lived-experience' || r === 'peer-researcher')) livedExperienceIds.add(member.id)
    if (member.leftAt) leftMemberIds.add(member.id)
  }

  const timed: { session: Session; at: number }[] = []
  const methods: string[] = []
  const livedExperienceCame = new Map<Session, string[]>()
  for (const m of snapshot.initiative.methods ?? []) methods.push(m.toLowerCase())
  for (const session of snapshot.sessions) {
    const at = toTime(session.startsAt)
    if (at !== undefined) timed.push({ session, at })
    for (const m of session.methods ?? []) methods.push(m.toLowerCase())
    if (session.attendees?.length) {
      const came: string[] = []
      for (const a of session.attendees) if (a.attended && livedExperienceIds.has(a.memberId)) came.push(a.memberId)
      livedExperienceCame.set(session, came)
    }
  }
  timed.sort((a, b) => a.at - b.at)

  const updatesByFeedback = new Map<string, Update[]>()
  for (const update of snapshot.updates) {
    for (const feedbackId of update.linkedFeedback ?? []) {
      const list = updatesByFeedback.get(feedbackId)
      if (list) list.push(update)
      else updatesByFeedback.set(feedbackId, [update])
    }
  }

  const currentConsent = new Map<string, ConsentRecord>()
  for (const record of snapshot.consents) {
    if (!record.subject || !record.purposeId) continue
    const key = consentKey(record.subject, record.purposeId)
    const seen = currentConsent.get(key)
    if (!seen || (toTime(record.at) ?? 0) >= (toTime(seen.at) ?? 0)) currentConsent.set(key, record)
  }

  const start = toTime(snapshot.initiative.timeline?.start)
  const end = toTime(snapshot.initiative.timeline?.end)

  return {
    membersById,
    livedExperienceIds,
    leftMemberIds,
    sessionsByTime: timed.map((t) => t.session),
    firstSessionAt: timed[0]?.at,
    methods,
    updatesByFeedback,
    currentConsent,
    timelineDays: start !== undefined && end !== undefined ? daysBetween(start, end) : undefined,
    livedExperienceCame,
  }
}
