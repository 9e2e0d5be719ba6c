import type { MessageValue } from '../../messages/types.js'
import { counted, listOf, personName, phrase, someOfList } from '../../messages/common.js'
import { toTime } from '../../engine/snapshot-index.js'
import { expectedAt, sessionName } from '../../facts/evidence.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

type Slot = 'school-run' | 'working-hours' | 'evenings' | 'weekends'

/** Which of the times people name does a session touch? Times are read as written (UTC when the plan says Z). */
export function slotsOf(startsAt: number, minutes: number): Set<Slot> {
  const out = new Set<Slot>()
  const start = new Date(startsAt)
  const day = start.getUTCDay()
  if (day === 0 || day === 6) {
    out.add('weekends')
    return out
  }
  const from = start.getUTCHours() * 60 + start.getUTCMinutes()
  const to = from + minutes
  const overlaps = (a: number, b: number) => from < b && to > a
  if (overlaps(8 * 60, 9 * 60 + 15) || overlaps(14 * 60 + 45, 15 * 60 + 45)) out.add('school-run')
  if (overlaps(9 * 60, 17 * 60)) out.add('working-hours')
  if (to > 18 * 60) out.add('evenings')
  return out
}

export const timesAroundLives = defineRule({
  meta: {
    id: 'times-around-lives',
    principles: ['collaboration-mutuality', 'empowerment-voice-choice'],
    stage: 'foundations',
    severity: 'warning',
    source: 'Foundations: Building the co-producing community',
    quote:
      'Services are a much smaller part of life than we might think. Plan the times around what people are up to. Building much more time into timescales ensures enough flexibility for it to be workable.',
    docs: docsFor('times-around-lives'),
    description:
      'Checks that sessions are not set at times the people expected there said they cannot come: the school run, working hours, evenings or weekends.',
    guidance:
      'Ask each person when they can come, and write it down. Set session times around school runs, work and caring, not around the office day. Move a session that clashes, or offer a second time.',
    inPlanFile: 'When each person cannot come, in `cannotCome` on the member (`school-run`, `working-hours`, `evenings`, `weekends`).',
    path: 'sessions',
    messages: {
      'no-times': 'No session has a time yet.',
      'not-said': 'The plan does not say when the people taking part cannot come.',
      'who-when': '{name} ({times})',
      clash: '{sessions} clash with times people said they cannot come: {who}.',
      avoids: 'Every session with a time avoids the times {people} said they cannot come.',
    },
    examples: {
      pass: plan({
        members: [{ id: 'm1', displayName: 'Amira', roles: ['lived-experience'], cannotCome: ['school-run'] }],
        sessions: [{ id: 's1', title: 'Story circle', startsAt: '2026-05-05T10:00:00Z', durationMinutes: 120 }],
      }),
      fail: plan({
        members: [{ id: 'm1', displayName: 'Amira', roles: ['lived-experience'], cannotCome: ['school-run'] }],
        sessions: [{ id: 's1', title: 'Story circle', startsAt: '2026-05-05T14:00:00Z', durationMinutes: 120 }],
      }),
    },
  },
  check(snapshot, ctx) {
    const timed = snapshot.sessions.filter((s) => toTime(s.startsAt) !== undefined)
    if (!timed.length) return inapplicable('no-times')
    const people = snapshot.members.filter((m) => ctx.index.livedExperienceIds.has(m.id) && !m.leftAt)
    const said = people.filter((m) => m.cannotCome !== undefined)
    if (!said.length) return incomplete('not-said', 'members')
    const clashes: MessageValue[] = []
    const who = new Map<string, MessageValue>()
    snapshot.sessions.forEach((session, i) => {
      const at = toTime(session.startsAt)
      if (at === undefined) return
      const slots = slotsOf(at, session.durationMinutes ?? 120)
      const hit = said.filter((m) => expectedAt(session, m.id) && (m.cannotCome ?? []).some((c: Slot) => slots.has(c)))
      if (!hit.length) return
      clashes.push(sessionName(session, i))
      for (const m of hit) {
        const times = (m.cannotCome ?? []).filter((c: Slot) => slots.has(c))
        who.set(
          `${m.id} ${times.join(' ')}`,
          phrase('who-when', { name: personName(ctx.index, m.id), times: listOf(times.map((c: Slot) => phrase(`common/slot-${c}`))) }),
        )
      }
    })
    if (clashes.length) {
      const r: RuleResult = fail('clash', { sessions: counted('session', clashes.length), who: someOfList([...who.values()]) })
      return { ...r, places: clashes }
    }
    return pass('avoids', { people: counted('person', said.length) })
  },
})
