import type { MessageValue } from '../../messages/types.js'
import { counted, listOf, personName, phrase, someOfList } from '../../messages/common.js'
import type { InitiativeSnapshot } from '@coproduce/core'
import { expectedAt, inPerson, isHeld, norm, sessionName } from '../../facts/evidence.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { at, docsFor, fail, fromRecord, inapplicable, incomplete, pass } from '../result.js'

type Member = InitiativeSnapshot['members'][number]
type Session = InitiativeSnapshot['sessions'][number]

const NEEDS = {
  childcare: /\b(child ?care|creche|crèche|babysit\w*|childminder)\b/,
  travel: /\b(travel|bus|taxi|transport|fares?|lift to|train)\b/,
} as const
type Support = keyof typeof NEEDS
const SUPPORTS: Support[] = ['childcare', 'travel']
const SAY: Record<Support, MessageValue> = { childcare: phrase('childcare'), travel: phrase('travel') }

const needs = (m: Member, what: Support): boolean => (m.accessNeeds ?? []).some((n) => NEEDS[what].test(norm(n)))
const offered = (s: Session, what: Support): boolean | undefined => (what === 'childcare' ? s.childcare : s.travelSupport)

export const accessAndChildcare = defineRule({
  meta: {
    id: 'access-and-childcare',
    principles: ['safety', 'cultural-historical-gender', 'empowerment-voice-choice'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Co-production environments',
    quote: 'Attention should be paid to accessibility, time, and childcare as well as how comfortable people will feel there.',
    docs: docsFor('access-and-childcare'),
    description:
      'Checks that people were asked what they need to take part, and that sessions in a room offer childcare and help with travel (in the session, or as costs paid back) wherever someone needs them. From the attendance records, it finds people who needed childcare or travel help and missed sessions without it. Matching access needs to places is the `access-needs-matched` rule.',
    guidance:
      'Ask each person what they need before you book, and write it down (for example childcare, help with travel, a way in with no steps). Offer childcare and help with travel at each session in a room, or pay those costs back. If someone who needs them missed a session, ask them what would help.',
    inPlanFile:
      "Needs in each member's `accessNeeds` (for example `childcare`, `travel`, `step-free`); costs paid back in `paymentPolicy.expenses`.",
    path: 'sessions',
    messages: {
      childcare: 'childcare',
      travel: 'help with travel',
      'no-sessions': 'No sessions are planned yet.',
      online: 'Every session is online.',
      'who-needs': '{name} (needs {needs})',
      missed: '{who} missed {sessions} held without it.',
      'needed-by': { one: '{what} ({names} needs it)', other: '{what} ({names} need it)' },
      lacking: { one: '{count} session in a room has no {what}.', other: '{count} sessions in a room have no {what}.' },
      unsaid: {
        one: 'The plan does not say if {count} session offers {what}.',
        other: 'The plan does not say if {count} sessions offer {what}.',
      },
      fine: {
        one: '{count} session in a room offers what people need: childcare and help with travel, or no one needs them.',
        other: '{count} sessions in a room offer what people need: childcare and help with travel, or no one needs them.',
      },
      'not-asked': 'No one has been asked what they need to take part, such as childcare, travel or a step-free way in.',
    },
    examples: {
      pass: plan({
        members: [{ id: 'm1', roles: ['lived-experience'], accessNeeds: ['childcare'] }],
        sessions: [
          {
            id: 's1',
            format: 'in-person',
            childcare: true,
            travelSupport: true,
            venue: { name: 'Library', kind: 'community', access: ['step-free', 'hearing loop'] },
          },
        ],
      }),
      fail: plan({
        members: [{ id: 'm1', roles: ['lived-experience'], accessNeeds: ['childcare'] }],
        sessions: [
          {
            id: 's1',
            format: 'in-person',
            childcare: false,
            travelSupport: false,
            venue: { name: 'Library', kind: 'community', access: [] },
          },
        ],
      }),
    },
  },
  check(snapshot, ctx) {
    if (snapshot.sessions.length === 0) return incomplete('no-sessions')
    const rooms = snapshot.sessions.map((s, i) => ({ s, i })).filter(({ s }) => inPerson(s))
    if (!rooms.length) return inapplicable('online')
    const active = snapshot.members.filter((m) => !m.leftAt)
    const asked = active.filter((m) => m.accessNeeds !== undefined)
    const everyoneAsked = active.length > 0 && asked.length === active.length
    const expenses = (snapshot.initiative.paymentPolicy?.expenses ?? []).map(norm)
    const paidBack = (what: Support) => expenses.some((e) => NEEDS[what].test(e))
    const needing = (what: Support) => active.filter((m) => needs(m, what))

    const results: RuleResult[] = []
    // From the records: someone who needed it, expected at a session held without it, did not come.
    const missed = new Map<string, { who: MessageValue; sessions: number[] }>()
    for (const { s, i } of rooms) {
      if (!isHeld(s, ctx.now)) continue
      for (const a of s.attendees ?? []) {
        if (a.attended) continue
        const m = ctx.index.membersById.get(a.memberId)
        if (!m) continue
        const lacking = SUPPORTS.filter((w) => needs(m, w) && offered(s, w) !== true && !paidBack(w))
        if (!lacking.length) continue
        const key = `${m.id} ${lacking.join(' ')}`
        const who =
          missed.get(key)?.who ?? phrase('who-needs', { name: personName(ctx.index, m.id), needs: listOf(lacking.map((w) => SAY[w])) })
        missed.set(key, { who, sessions: [...(missed.get(key)?.sessions ?? []), i] })
      }
    }
    if (missed.size) {
      const places = [...new Set([...missed.values()].flatMap((x) => x.sessions))]
        .sort((a, b) => a - b)
        .map((i) => sessionName(snapshot.sessions[i] as (typeof snapshot.sessions)[number], i))
      results.push(
        fromRecord(
          at(
            fail('missed', { who: someOfList([...missed.values()].map((x) => x.who)), sessions: counted('session', places.length) }),
            places,
          ),
        ),
      )
    }

    // From the plan: what each session offers, against what people need.
    const lacking: MessageValue[] = []
    const lackingWhat = new Map<string, MessageValue>()
    const unsaid: MessageValue[] = []
    const unsaidWhat = new Map<string, MessageValue>()
    const fine: MessageValue[] = []
    for (const { s, i } of rooms) {
      let gap = false
      let unknown = false
      for (const w of SUPPORTS) {
        if (offered(s, w) === true || paidBack(w)) continue
        const who = needing(w).filter((m) => expectedAt(s, m.id))
        // Everyone was asked and no one expected here needs it: nothing is missing.
        if (everyoneAsked && !who.length) continue
        if (offered(s, w) === false) {
          gap = true
          const names = who.map((m) => m.id).join(' ')
          lackingWhat.set(
            `${w} ${names}`,
            who.length
              ? phrase('needed-by', { what: SAY[w], names: someOfList(who.map((m) => personName(ctx.index, m.id))), count: who.length })
              : SAY[w],
          )
        } else {
          unknown = true
          unsaidWhat.set(w, SAY[w])
        }
      }
      const name = sessionName(s, i)
      if (gap) lacking.push(name)
      else if (unknown) unsaid.push(name)
      else fine.push(name)
    }
    if (lacking.length) results.push(at(fail('lacking', { count: lacking.length, what: listOf([...lackingWhat.values()]) }), lacking))
    if (unsaid.length) results.push(at(incomplete('unsaid', { count: unsaid.length, what: listOf([...unsaidWhat.values()]) }), unsaid))
    if (fine.length && !missed.size) results.push(at(pass('fine', { count: fine.length }), fine))

    if (!asked.length)
      results.push({
        ...incomplete('not-asked'),
        path: 'members',
      })
    return results
  },
})
