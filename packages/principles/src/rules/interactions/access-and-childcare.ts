import type { InitiativeSnapshot } from '@coproduce/core'
import { count, expectedAt, inPerson, isHeld, memberName, norm, sessionName, someOf, words } from '../../facts/evidence.js'
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
const SAY: Record<Support, string> = { childcare: 'childcare', travel: 'help with travel' }

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
      'Ask each person what they need before you book, and write it in their `accessNeeds` (for example `childcare`, `travel`, `step-free`). Offer childcare and help with travel at each session in a room, or pay those costs back (`paymentPolicy.expenses`). If someone who needs them missed a session, ask them what would help.',
    path: 'sessions',
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
    if (snapshot.sessions.length === 0) return incomplete('No sessions are planned yet.')
    const rooms = snapshot.sessions.map((s, i) => ({ s, i })).filter(({ s }) => inPerson(s))
    if (!rooms.length) return inapplicable('Every session is online.')
    const active = snapshot.members.filter((m) => !m.leftAt)
    const asked = active.filter((m) => m.accessNeeds !== undefined)
    const everyoneAsked = active.length > 0 && asked.length === active.length
    const expenses = (snapshot.initiative.paymentPolicy?.expenses ?? []).map(norm)
    const paidBack = (what: Support) => expenses.some((e) => NEEDS[what].test(e))
    const needing = (what: Support) => active.filter((m) => needs(m, what))

    const results: RuleResult[] = []
    // From the records: someone who needed it, expected at a session held without it, did not come.
    const missed = new Map<string, string[]>()
    for (const { s, i } of rooms) {
      if (!isHeld(s, ctx.now)) continue
      for (const a of s.attendees ?? []) {
        if (a.attended) continue
        const m = ctx.index.membersById.get(a.memberId)
        if (!m) continue
        const lacking = SUPPORTS.filter((w) => needs(m, w) && offered(s, w) !== true && !paidBack(w))
        if (!lacking.length) continue
        const key = `${memberName(ctx.index, m.id)} (needs ${words(lacking.map((w) => SAY[w]))})`
        missed.set(key, [...(missed.get(key) ?? []), sessionName(s, i)])
      }
    }
    if (missed.size) {
      const places = [...new Set([...missed.values()].flat())]
      results.push(fromRecord(at(fail(`${someOf([...missed.keys()])} missed ${count(places.length, 'session')} held without it.`), places)))
    }

    // From the plan: what each session offers, against what people need.
    const lacking: string[] = []
    const lackingWhat = new Set<string>()
    const unsaid: string[] = []
    const unsaidWhat = new Set<string>()
    const fine: string[] = []
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
          lackingWhat.add(
            who.length
              ? `${SAY[w]} (${someOf(who.map((m) => memberName(ctx.index, m.id)))} ${who.length === 1 ? 'needs' : 'need'} it)`
              : SAY[w],
          )
        } else {
          unknown = true
          unsaidWhat.add(SAY[w])
        }
      }
      const name = sessionName(s, i)
      if (gap) lacking.push(name)
      else if (unknown) unsaid.push(name)
      else fine.push(name)
    }
    if (lacking.length)
      results.push(
        at(
          fail(`${count(lacking.length, 'session')} in a room ${lacking.length === 1 ? 'has' : 'have'} no ${words([...lackingWhat])}.`),
          lacking,
        ),
      )
    if (unsaid.length)
      results.push(
        at(
          incomplete(
            `The plan does not say if ${count(unsaid.length, 'session')} ${unsaid.length === 1 ? 'offers' : 'offer'} ${words([...unsaidWhat])}.`,
          ),
          unsaid,
        ),
      )
    if (fine.length && !missed.size)
      results.push(
        at(
          pass(
            `${count(fine.length, 'session')} in a room ${fine.length === 1 ? 'offers' : 'offer'} what people need: childcare and help with travel, or no one needs them.`,
          ),
          fine,
        ),
      )

    if (!asked.length)
      results.push({
        ...incomplete('No one has been asked what they need to take part, such as childcare, travel or a step-free way in.'),
        path: 'members',
      })
    return results
  },
})
