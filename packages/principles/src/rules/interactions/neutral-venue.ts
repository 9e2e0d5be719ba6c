import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
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
    description:
      'Checks that sessions meet in a neutral or community place, not in an office, a board room or the service\'s own building.',
    guidance:
      'Meet somewhere people already feel at ease: a community centre, a cafe, a library, or a place the group chooses. Choose the place together. Avoid board rooms, offices and the service\'s own building.',
    path: 'sessions',
    examples: {
      pass: plan({ sessions: [{ id: 's1', format: 'in-person', venue: { name: 'Holbeck community centre', kind: 'community' } }] }),
      fail: plan({ sessions: [{ id: 's1', format: 'in-person', venue: { name: 'Civic Hall board room', kind: 'professional' } }] }),
    },
  },
  check(snapshot) {
    if (snapshot.sessions.length === 0) return incomplete('No sessions are planned yet, so the plan does not say where people meet.')
    return snapshot.sessions.map((session, i): RuleResult => {
      const at = `sessions[${i}].venue`
      const venue = session.venue
      if (!venue) {
        if (session.format === 'online') return pass('This session is online, where people join from a place they choose.', `sessions[${i}].format`)
        return incomplete('This session has no place yet.', at)
      }
      if (venue.kind === 'professional' || venue.kind === 'service-premises')
        return fail(
          `"${venue.name}" is ${venue.kind === 'professional' ? 'a professional space' : 'the service\'s own building'}. Meeting there keeps staff in charge.`,
          `${at}.kind`,
        )
      return pass(`"${venue.name}" is a ${venue.kind} place.`, `${at}.kind`)
    })
  },
})
