import type { SnapshotIndex } from '../engine/snapshot-index.js'
import type { MessageRef, MessageValue, Template } from './types.js'

/** Shared phrases, in English, that rules and the ladder put inside their messages. Keyed `common/…`. */
export const COMMON: Record<string, Template> = {
  'common/session': { one: '{count} session', other: '{count} sessions' },
  'common/decision': { one: '{count} decision', other: '{count} decisions' },
  'common/idea': { one: '{count} idea', other: '{count} ideas' },
  'common/output': { one: '{count} output', other: '{count} outputs' },
  'common/person': { one: '{count} person', other: '{count} people' },
  'common/feedback': { one: '{count} piece of feedback', other: '{count} pieces of feedback' },
  'common/place': { one: '{count} place', other: '{count} places' },
  'common/question': { one: '{count} question', other: '{count} questions' },
  'common/thing': { one: '{count} thing', other: '{count} things' },
  'common/view': { one: '{count} view', other: '{count} views' },
  'common/week': { one: '{count} week', other: '{count} weeks' },
  'common/away': '{weeks} away',
  'common/ago': 'passed {weeks} ago',
  'common/more': '{count} more',
  'common/quoted': '"{text}"',
  'common/semicolons-and': '{head}; and {last}',
  'common/someone-else': 'someone not in the group',
  'common/session-on': 'the session on {date}',
  'common/session-number': 'session {number}',
  'common/decision-asking': 'the decision "{question}"',
  'common/decision-about': 'the decision about {topic}',
  'common/slot-school-run': 'the school run',
  'common/slot-working-hours': 'working hours',
  'common/slot-evenings': 'the evening',
  'common/slot-weekends': 'the weekend',
  'common/pay-none': 'no one is paid for their time',
  'common/pay-voucher': 'people get vouchers with no reason given',
  'common/pay-below': 'pay is {rate} an hour, below the living wage',
  'common/pay-unfair': 'people are not paid fairly',
  'common/paid-below': '{low} of {all} payments on record work out below the living wage (as low as {rate} an hour)',
  'common/paid-vouchers': '{count} payments on record are vouchers with no reason given',
  'common/paid-fair': 'all {count} payments on record are at or above the living wage',
}

/** A shared phrase or ladder reason by id. */
export const phrase = (id: string, data?: MessageRef['data']): MessageRef => (data ? { id, data } : { id })

/** "6 sessions": the noun is a `common/…` id's last part. */
export const counted = (noun: string, count: number): MessageRef => ({ id: `common/${noun}`, data: { count } })

/** Weeks, rounded: "1 week", "3 weeks". */
export const weeksOf = (days: number): MessageRef => counted('week', Math.max(0, Math.round(days / 7)))

/** How far away the end is, right when it has passed: "2 weeks away", "passed 2 weeks ago". */
export const untilOf = (days: number): MessageRef =>
  days < 0 ? phrase('common/ago', { weeks: weeksOf(-days) }) : phrase('common/away', { weeks: weeksOf(days) })

/** "a", "a and b", "a, b and c". */
export const listOf = (items: readonly MessageValue[], join: 'and' | 'or' = 'and'): MessageValue =>
  items.length === 1 ? (items[0] as MessageValue) : { list: [...items], ...(join === 'or' ? { join } : {}) }

/** At most a few, then "and N more". */
export const someOfList = (items: readonly MessageValue[], most = 3): MessageValue =>
  items.length <= most ? listOf(items) : { list: [...items.slice(0, most), phrase('common/more', { count: items.length - most })] }

/** Words from the plan in quotation marks: the words stay as written in every language. */
export const quoted = (text: string): MessageRef => phrase('common/quoted', { text })

/** A member's name for a finding: the name they gave, else "someone not in the group". */
export const personName = (index: SnapshotIndex, id: string): MessageValue =>
  index.membersById.get(id)?.displayName ?? phrase('common/someone-else')
