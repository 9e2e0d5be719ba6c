import type { Attendance, DecisionView, InitiativeSnapshot } from '@coproduce/core'
import { toTime, type SnapshotIndex } from '../engine/snapshot-index.js'
import { remembered } from './remembered.js'
import { phrase } from '../messages/common.js'
import type { MessageValue } from '../messages/types.js'

type Session = InitiativeSnapshot['sessions'][number]
type Decision = InitiativeSnapshot['decisions'][number]

/** A session has happened: marked held, or its start time has passed. */
export function isHeld(session: Session, now: Date): boolean {
  if (session.heldAt) return true
  const at = toTime(session.startsAt)
  return at !== undefined && at <= now.getTime()
}

/** Attendance was recorded for this session (anyone marked as came or did not come). */
export const hasAttendance = (session: Session): boolean => (session.attendees?.length ?? 0) > 0

/** Members with lived experience who came to this session. */
export function livedExperienceWhoCame(session: Session, index: SnapshotIndex): string[] {
  const known = index.livedExperienceCame.get(session)
  if (known) return known
  return (session.attendees ?? [])
    .filter((a: Attendance) => a.attended && index.livedExperienceIds.has(a.memberId))
    .map((a: Attendance) => a.memberId)
}

/**
 * Has the work begun? Its start date has passed, a session has happened, or something is on record
 * (payments, feedback, published updates, decisions taken). Before that, the plan's statements can pass as "planned".
 */
export function hasBegun(snapshot: InitiativeSnapshot, now: Date): boolean {
  const start = toTime(snapshot.initiative.timeline?.start)
  if (start !== undefined && start <= now.getTime()) return true
  if (snapshot.sessions.some((s) => isHeld(s, now))) return true
  if (snapshot.payments.length || snapshot.feedback.length) return true
  if (snapshot.updates.some((u) => u.publishedAt)) return true
  return snapshot.decisions.some((d) => d.outcome)
}

/** How a decision on record was taken, as far as people with lived experience go. */
export type DecisionVerdict = 'together' | 'staff-only' | 'without-lived-experience' | 'not-decided'

/**
 * `together`: decided (not staff-only) and at least one member with lived experience decided it or gave a view.
 * `without-lived-experience`: decided, but no one with lived experience took part.
 */
export function howDecided(decision: Decision, index: SnapshotIndex): DecisionVerdict {
  const outcome = decision.outcome
  if (!outcome) return 'not-decided'
  if (outcome.method === 'staff-only') return 'staff-only'
  const tookPart = [...outcome.decidedBy, ...(decision.views ?? []).map((v: DecisionView) => v.memberId)]
  return tookPart.some((id) => index.livedExperienceIds.has(id)) ? 'together' : 'without-lived-experience'
}

/** The decision with this id, if the snapshot has it. */
export const decisionById = (snapshot: InitiativeSnapshot, id: string | undefined): Decision | undefined =>
  id === undefined ? undefined : snapshot.decisions.find((d) => d.id === id)

/** What a caseworker calls a session: its title, else the day it happens, else its place in the list. */
export function sessionName(session: Session, i: number): MessageValue {
  // A title is the plan's own words, kept as a string: the same in every language, and nothing to write out.
  if (session.title) return `"${session.title}"`
  const at = toTime(session.startsAt)
  if (at !== undefined) return phrase('common/session-on', { date: { date: new Date(at).toISOString() } })
  return phrase('common/session-number', { number: i + 1 })
}

/** Is this member expected at this session? When the session lists attendees, only those listed; otherwise everyone. */
export function expectedAt(session: Session, memberId: string): boolean {
  const list = session.attendees
  return !list?.length || list.some((a: { memberId: string }) => a.memberId === memberId)
}

/** Sessions held in a place (not online). */
export const inPerson = (session: Session): boolean => session.format !== 'online'

/** Lower case, with hyphens, dashes and repeated spaces made single spaces, so "Step-free" matches "step free". */
export const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** `normalise`, remembered: the same texts (venue offers, needs) are compared many times in one evaluation. */
export const norm: (text: string) => string = remembered(normalise)
