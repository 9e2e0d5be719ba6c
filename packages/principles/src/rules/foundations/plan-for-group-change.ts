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
function stoppedComing(ctx: RuleContext): string[] {
  // For each member: how many sessions on record, and whether they came to the last two (bit 0: last, bit 1: the one before).
  const seen = new Map<string, { n: number; came: number }>()
  for (const s of ctx.index.sessionsByTime) {
    if (!s.attendees?.length || !isHeld(s, ctx.now)) continue
    for (const a of s.attendees) {
      const m = seen.get(a.memberId)
      if (m) {
        m.n++
        m.came = ((m.came << 1) | (a.attended ? 1 : 0)) & 3
      } else seen.set(a.memberId, { n: 1, came: a.attended ? 1 : 0 })
    }
  }
  const out: string[] = []
  for (const [id, m] of seen)
    if (m.n >= 2 && m.came === 0 && !ctx.index.leftMemberIds.has(id) && ctx.index.membersById.has(id)) out.push(id)
  return out
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
