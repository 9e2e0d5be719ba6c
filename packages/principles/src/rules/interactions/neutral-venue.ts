import type { MessageValue } from '../../messages/types.js'
import { counted, phrase } from '../../messages/common.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { sessionName } from '../../facts/evidence.js'
import { professionalBecause } from '../../facts/venue.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

export const neutralVenue = defineRule({
  meta: {
    id: 'neutral-venue',
    principles: ['safety', 'empowerment-voice-choice'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Co-production environments',
    quote:
      'Conducting co-production in a professional space - such as sitting in on meetings - is inherently disempowering. The co-produced work needs to be conducted in a neutral space.',
    docs: docsFor('neutral-venue'),
    description: "Checks that sessions meet in a neutral or community place, not in an office, a board room or the service's own building.",
    guidance:
      "Meet somewhere people already feel at ease: a community centre, a cafe, a library, or a place the group chooses. Choose the place together. Avoid board rooms, offices and the service's own building.",
    path: 'sessions',
    messages: {
      'no-sessions': 'No sessions are planned yet, so the plan does not say where people meet.',
      professional: '"{venue}" is a professional space. Meeting there keeps staff in charge ({sessions}).',
      'service-building': '"{venue}" is the service\'s own building. Meeting there keeps staff in charge ({sessions}).',
      'named-professional':
        '"{venue}" is called a {kind} place, but its name says it is a professional space. Meeting there keeps staff in charge ({sessions}).',
      'staff-call-neutral': 'Staff call "{venue}" neutral and chose it themselves. Ask the group if it feels neutral to them ({sessions}).',
      place: '"{venue}" is a {kind} place ({sessions}).',
      'group-chose': '"{venue}" is a {kind} place the group chose ({sessions}).',
      'kind-community': 'community',
      'kind-neutral': 'neutral',
      'kind-professional': 'professional',
      'kind-service-premises': 'service-premises',
      'kind-online': 'online',
      'no-place': { one: '{count} session has no place yet.', other: '{count} sessions have no place yet.' },
      online: {
        one: '{count} session is online, where people join from a place they choose.',
        other: '{count} sessions are online, where people join from a place they choose.',
      },
    },
    examples: {
      pass: plan({ sessions: [{ id: 's1', format: 'in-person', venue: { name: 'Holbeck community centre', kind: 'community' } }] }),
      fail: plan({ sessions: [{ id: 's1', format: 'in-person', venue: { name: 'Civic Hall board room', kind: 'professional' } }] }),
    },
  },
  check(snapshot) {
    if (snapshot.sessions.length === 0) return incomplete('no-sessions')
    const byPlace = new Map<string, { venue: NonNullable<(typeof snapshot.sessions)[number]['venue']>; sessions: MessageValue[] }>()
    const unplaced: MessageValue[] = []
    let online = 0
    snapshot.sessions.forEach((session, i) => {
      const venue = session.venue
      if (!venue) {
        if (session.format === 'online') online++
        else unplaced.push(sessionName(session, i))
        return
      }
      const entry = byPlace.get(venue.name) ?? { venue, sessions: [] }
      entry.sessions.push(sessionName(session, i))
      byPlace.set(venue.name, entry)
    })
    const results: RuleResult[] = []
    for (const { venue, sessions } of byPlace.values()) {
      const why = professionalBecause(venue)
      const n = counted('session', sessions.length)
      if (why === 'kind')
        results.push({
          ...fail(venue.kind === 'professional' ? 'professional' : 'service-building', { venue: venue.name, sessions: n }, 'sessions'),
          places: sessions,
        })
      else if (why === 'name')
        results.push({
          ...fail('named-professional', { venue: venue.name, kind: phrase(`kind-${venue.kind}`), sessions: n }, 'sessions'),
          places: sessions,
        })
      else if (venue.chosenBy === 'staff' && venue.kind === 'neutral')
        results.push({
          ...incomplete('staff-call-neutral', { venue: venue.name, sessions: n }, 'sessions'),
          places: sessions,
        })
      else
        results.push({
          ...pass(
            venue.chosenBy === 'group' ? 'group-chose' : 'place',
            { venue: venue.name, kind: phrase(`kind-${venue.kind}`), sessions: n },
            'sessions',
          ),
          places: sessions,
        })
    }
    if (unplaced.length)
      results.push({
        ...incomplete('no-place', { count: unplaced.length }, 'sessions'),
        places: unplaced,
      })
    if (online && !results.length) results.push(pass('online', { count: online }))
    return results
  },
})
