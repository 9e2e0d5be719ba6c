import type { MessageValue } from '../../messages/types.js'
import { counted, personName, phrase, someOfList } from '../../messages/common.js'
import { expectedAt, inPerson, norm, sessionName } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

export const accessNeedsMatched = defineRule({
  meta: {
    id: 'access-needs-matched',
    principles: ['safety', 'empowerment-voice-choice', 'cultural-historical-gender'],
    stage: 'interactions',
    severity: 'error',
    source: 'Interactions: Co-production environments',
    quote: 'Attention should be paid to accessibility, time, and childcare as well as how comfortable people will feel there.',
    docs: docsFor('access-needs-matched'),
    description:
      "Checks each person's stated access needs against what each place they are expected at offers (for example step-free, hearing loop, quiet room).",
    guidance:
      'Ask each person what they need to take part, and write it down. For every place, write down what it offers, in the same words. Move a session, or arrange what is missing, before people arrive.',
    inPlanFile: "Needs in each member's `accessNeeds`; what a place offers in its `venue.access`.",
    path: 'sessions',
    messages: {
      'no-places': 'No session meets in a place yet.',
      'no-needs': 'No one has said they need anything to take part.',
      'not-said': 'The plan does not say what people need to take part.',
      'need-for': '{need} for {name}',
      unmet: "{sessions} meet where people's needs are not met: {needs}.",
      'places-unsaid': 'The plan does not say what the places offer, so needs cannot be matched.',
      met: 'Every place with its access listed meets the needs of {people} who said what they need.',
    },
    examples: {
      pass: plan({
        members: [{ id: 'm1', displayName: 'Dave', roles: ['lived-experience'], accessNeeds: ['step-free'] }],
        sessions: [{ id: 's1', title: 'Story circle', venue: { name: 'Hall', kind: 'community', access: ['step free', 'hearing loop'] } }],
      }),
      fail: plan({
        members: [{ id: 'm1', displayName: 'Dave', roles: ['lived-experience'], accessNeeds: ['step-free'] }],
        sessions: [{ id: 's1', title: 'Story circle', venue: { name: 'Upstairs room', kind: 'community', access: ['hearing loop'] } }],
      }),
    },
  },
  check(snapshot, ctx) {
    const needing = snapshot.members.filter((m) => !m.leftAt && (m.accessNeeds?.length ?? 0) > 0)
    const placed = snapshot.sessions.map((s, i) => ({ s, i })).filter(({ s }) => inPerson(s) && s.venue)
    if (!placed.length) return inapplicable('no-places')
    if (!needing.length)
      return snapshot.members.some((m) => m.accessNeeds !== undefined) ? pass('no-needs') : incomplete('not-said', 'members')
    const gaps: MessageValue[] = []
    const unmet = new Map<string, MessageValue>()
    let unknown = 0
    // Each need in its matching form once, not once for every place.
    const needs = needing.map((m) => ({ m, wants: (m.accessNeeds ?? []).map((need) => ({ need, key: norm(need) })) }))
    for (const { s, i } of placed) {
      const offered = new Set((s.venue?.access ?? []).map(norm))
      if (!offered.size) {
        unknown++
        continue
      }
      let gap = false
      for (const { m, wants } of needs) {
        if (!expectedAt(s, m.id)) continue
        for (const { need, key } of wants) {
          if (offered.has(key)) continue
          gap = true
          unmet.set(`${need} ${m.id}`, phrase('need-for', { need, name: personName(ctx.index, m.id) }))
        }
      }
      if (gap) gaps.push(sessionName(s, i))
    }
    if (gaps.length)
      return { ...fail('unmet', { sessions: counted('session', gaps.length), needs: someOfList([...unmet.values()]) }), places: gaps }
    if (unknown === placed.length) return incomplete('places-unsaid')
    return pass('met', { people: counted('person', needing.length) })
  },
})
