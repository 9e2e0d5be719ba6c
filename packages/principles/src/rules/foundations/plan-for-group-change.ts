import type { MessageValue } from '../../messages/types.js'
import { counted, personName, phrase, someOfList } from '../../messages/common.js'
import { toTime } from '../../engine/snapshot-index.js'
import { isHeld, norm } from '../../facts/evidence.js'
import { defineRule, type RuleContext, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, fromRecord, incomplete, pass } from '../result.js'

const PATH = 'initiative.groupChangePlan'

/** Words that show the plan says how new people join, and what happens when people leave or step back. */
const JOINING = /\b(join\w*|new (people|members?|faces)|newcomers?|welcom\w*|buddy|buddies|induct\w*|invit\w*|recruit\w*)\b/
const LEAVING =
  /\b(leav\w*|left|step\w* (back|down|away)|come back|coming back|return\w*|stop\w*|pause\w*|break|drop\w* out|move\w* on|keep in touch|lives? change\w*|ill|sick)\b/

/**
 * Members who have quietly stopped coming: not marked as left, and recorded as not coming to the last two
 * sessions held (with a start time) that they were expected at.
 */
export function stoppedComing(ctx: Pick<RuleContext, 'index' | 'now'>): string[] {
  const { membersById, leftMemberIds } = ctx.index
  const held = ctx.index.sessionsByTime.filter((s) => s.attendees?.length && isHeld(s, ctx.now))
  // Only each member's last two records count, so walk back from the latest session and stop once every
  // current member has two. Per member: 2 or 4 for one or two records, plus 1 if they came to either.
  let waiting = 0
  for (const id of membersById.keys()) if (!leftMemberIds.has(id)) waiting++
  const lastTwo = new Map<string, number>()
  for (let j = held.length - 1; j >= 0 && waiting > 0; j--) {
    const list = held[j]?.attendees ?? []
    for (let k = list.length - 1; k >= 0; k--) {
      const a = list[k]
      if (!a) continue
      const seen = lastTwo.get(a.memberId)
      if (seen === undefined) lastTwo.set(a.memberId, a.attended ? 3 : 2)
      else if (seen < 4) {
        lastTwo.set(a.memberId, 4 | (seen & 1) | (a.attended ? 1 : 0))
        if (membersById.has(a.memberId) && !leftMemberIds.has(a.memberId)) waiting--
      }
    }
  }
  const out: string[] = []
  for (const [id, seen] of lastTwo) if (seen === 4 && !leftMemberIds.has(id) && membersById.has(id)) out.push(id)
  if (out.length < 2) return out
  // In the order they first appear in the records.
  const first = new Map<string, number>()
  for (const s of held) for (const a of s.attendees ?? []) if (!first.has(a.memberId)) first.set(a.memberId, first.size)
  return out.sort((a, b) => (first.get(a) ?? 0) - (first.get(b) ?? 0))
}

export const planForGroupChange = defineRule({
  meta: {
    id: 'plan-for-group-change',
    principles: ['collaboration-mutuality', 'safety'],
    stage: 'foundations',
    severity: 'warning',
    source: 'Foundations: Building the co-producing community',
    quote:
      'Be prepared for the group to change. Accept that the right group is the group of people that is there. If no-one turns up, are you doing the right thing?',
    docs: docsFor('plan-for-group-change'),
    description:
      'Checks that the plan says both how new people join and what happens when people leave or step back. From the records (people who left, joined later, or stopped coming to the last two sessions), it checks the group changing was planned for, and warns when half or more of the group has gone.',
    guidance:
      'Write down what you will do when people leave or their lives change: how new people can join, how you keep in touch with people who step back, and how work carries on. If many people have left or stopped coming, ask those who stayed (and those who left, if they want to talk) what would help, before carrying on.',
    path: PATH,
    messages: {
      'members-left': { one: '{left} of {count} member has left', other: '{left} of {count} members have left' },
      'stopped-coming': { one: '{names} has not come to the last 2 sessions', other: '{names} have not come to the last 2 sessions' },
      both: '{first}, and {second}',
      either: '{first}, or {second}',
      'gap-joining': 'how new people join',
      'gap-leaving': 'what happens when people leave or step back',
      'changed-no-plan': '{changed}, and there is no plan for the group changing.',
      unknown: 'The plan does not say what happens when people leave or join.',
      'plan-gaps': 'The plan for the group changing does not say {gaps}.',
      'carried-on': 'The group changed and carried on as planned: {changed}; {joined} joined later.',
      planned: 'There is a plan for people joining, and for people leaving or stepping back.',
      'half-gone':
        'Half or more of the group has gone ({gone} of {total}, counting {stopped} who stopped coming). Stop and ask why before carrying on.',
      'half-left': 'Half or more of the group has left ({gone} of {total}). Stop and ask why before carrying on.',
    },
    examples: {
      pass: plan({
        initiative: {
          groupChangePlan: 'People can step back and come back at any time. New members join at the start of each month with a buddy.',
        },
      }),
      fail: plan({
        members: [
          { id: 'm1', roles: ['lived-experience'], joinedAt: '2026-01-01T00:00:00Z', leftAt: '2026-03-01T00:00:00Z' },
          { id: 'm2', roles: ['lived-experience'], joinedAt: '2026-01-01T00:00:00Z' },
        ],
      }),
    },
  },
  check(snapshot, ctx) {
    const results: RuleResult[] = []
    const total = snapshot.members.length
    const left = ctx.index.leftMemberIds.size
    const stopped = stoppedComing(ctx)
    const gone = left + stopped.length
    const start = toTime(snapshot.initiative.timeline?.start) ?? ctx.index.firstSessionAt
    const joinedLater = start === undefined ? 0 : snapshot.members.filter((m) => (toTime(m.joinedAt) ?? -Infinity) > start).length

    const changes: MessageValue[] = []
    if (left) changes.push(phrase('members-left', { left, count: total }))
    if (stopped.length)
      changes.push(phrase('stopped-coming', { names: someOfList(stopped.map((id) => personName(ctx.index, id))), count: stopped.length }))
    const changed = changes.length > 1 ? phrase('both', { first: changes[0] ?? '', second: changes[1] ?? '' }) : changes[0]

    const text = snapshot.initiative.groupChangePlan ? norm(snapshot.initiative.groupChangePlan) : undefined
    const missing =
      text === undefined
        ? []
        : [!JOINING.test(text) && phrase('gap-joining'), !LEAVING.test(text) && phrase('gap-leaving')].filter((x) => x !== false)

    if (text === undefined) {
      if (changed) results.push(fromRecord(fail('changed-no-plan', { changed })))
      else results.push(incomplete('unknown'))
    } else if (missing.length) {
      results.push(
        incomplete('plan-gaps', {
          gaps: missing.length > 1 ? phrase('either', { first: missing[0] ?? '', second: missing[1] ?? '' }) : (missing[0] ?? ''),
        }),
      )
    } else if (changed && joinedLater) {
      results.push(fromRecord(pass('carried-on', { changed, joined: counted('person', joinedLater) })))
    } else {
      results.push(pass('planned'))
    }
    if (total >= 2 && gone * 2 >= total)
      results.push(
        fromRecord(
          stopped.length
            ? fail('half-gone', { gone, total, stopped: counted('person', stopped.length) }, 'members')
            : fail('half-left', { gone, total }, 'members'),
        ),
      )
    return results
  },
})
