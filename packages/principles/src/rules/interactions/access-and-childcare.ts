import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

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
      'Checks that each in-person session says what makes the place easy to use, and offers childcare and help with travel.',
    guidance:
      'For each session in a room, write down what makes it easy to use (step-free, hearing loop, quiet room, toilets), offer childcare or pay for it, and pay for travel. Ask people what they need before you book.',
    path: 'sessions',
    examples: {
      pass: plan({
        sessions: [
          { id: 's1', format: 'in-person', childcare: true, travelSupport: true, venue: { name: 'Library', kind: 'community', access: ['step-free', 'hearing loop'] } },
        ],
      }),
      fail: plan({
        sessions: [{ id: 's1', format: 'in-person', childcare: false, travelSupport: false, venue: { name: 'Library', kind: 'community', access: [] } }],
      }),
    },
  },
  check(snapshot) {
    if (snapshot.sessions.length === 0) return incomplete('No sessions are planned yet.')
    return snapshot.sessions.map((session, i): RuleResult => {
      const at = `sessions[${i}]`
      if (session.format === 'online') return inapplicable('This session is online.', at)
      const missing: string[] = []
      const unknown: string[] = []
      if (session.childcare === false) missing.push('no childcare')
      else if (session.childcare === undefined) unknown.push('childcare')
      if (session.travelSupport === false) missing.push('no help with travel')
      else if (session.travelSupport === undefined) unknown.push('help with travel')
      if (!session.venue) unknown.push('the place')
      else if (session.venue.access.length === 0) unknown.push('what makes the place easy to use')
      if (missing.length) return fail(`This session has ${missing.join(' and ')}.`, at)
      if (unknown.length) return incomplete(`The plan does not say ${unknown.join(', ')} for this session.`, at)
      return pass('This session offers childcare, help with travel, and says what makes the place easy to use.', at)
    })
  },
})
