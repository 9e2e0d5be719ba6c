import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { count, sessionName } from '../../facts/evidence.js'
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
    examples: {
      pass: plan({ sessions: [{ id: 's1', format: 'in-person', venue: { name: 'Holbeck community centre', kind: 'community' } }] }),
      fail: plan({ sessions: [{ id: 's1', format: 'in-person', venue: { name: 'Civic Hall board room', kind: 'professional' } }] }),
    },
  },
  check(snapshot) {
    if (snapshot.sessions.length === 0) return incomplete('No sessions are planned yet, so the plan does not say where people meet.')
    const byPlace = new Map<string, { venue: NonNullable<(typeof snapshot.sessions)[number]['venue']>; sessions: string[] }>()
    const unplaced: string[] = []
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
      const n = count(sessions.length, 'session')
      if (why === 'kind')
        results.push({
          ...fail(
            `"${venue.name}" is ${venue.kind === 'professional' ? 'a professional space' : "the service's own building"}. Meeting there keeps staff in charge (${n}).`,
            'sessions',
          ),
          places: sessions,
        })
      else if (why === 'name')
        results.push({
          ...fail(
            `"${venue.name}" is called a ${venue.kind} place, but its name says it is a professional space. Meeting there keeps staff in charge (${n}).`,
            'sessions',
          ),
          places: sessions,
        })
      else if (venue.chosenBy === 'staff' && venue.kind === 'neutral')
        results.push({
          ...incomplete(
            `Staff call "${venue.name}" neutral and chose it themselves. Ask the group if it feels neutral to them (${n}).`,
            'sessions',
          ),
          places: sessions,
        })
      else
        results.push({
          ...pass(`"${venue.name}" is a ${venue.kind} place${venue.chosenBy === 'group' ? ' the group chose' : ''} (${n}).`, 'sessions'),
          places: sessions,
        })
    }
    if (unplaced.length)
      results.push({
        ...incomplete(`${count(unplaced.length, 'session')} ${unplaced.length === 1 ? 'has' : 'have'} no place yet.`, 'sessions'),
        places: unplaced,
      })
    if (online && !results.length)
      results.push(pass(`${count(online, 'session')} ${online === 1 ? 'is' : 'are'} online, where people join from a place they choose.`))
    return results
  },
})
