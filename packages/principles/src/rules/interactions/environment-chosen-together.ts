import { counted } from '../../messages/common.js'
import { inPerson, sessionName } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

export const environmentChosenTogether = defineRule({
  meta: {
    id: 'environment-chosen-together',
    principles: ['collaboration-mutuality', 'empowerment-voice-choice', 'safety'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Co-production environments',
    quote: 'Will everyone thrive in this environment? The best thing to do is consider and design this working environment together.',
    docs: docsFor('environment-chosen-together'),
    description: 'Checks that the group chose the places where it meets, rather than staff choosing for them.',
    guidance: 'Ask the group where they would feel comfortable meeting, and choose the place together. Write down that the group chose it.',
    inPlanFile: "`chosenBy: group` on the session's `venue`.",
    path: 'sessions',
    messages: {
      'no-places': 'No session meets in a place yet.',
      'staff-chose': 'Staff chose the place for {sessions}.',
      unsaid: 'The plan does not say who chose the places.',
      'group-chose': 'The group chose where to meet ({places}).',
    },
    examples: {
      pass: plan({ sessions: [{ id: 's1', venue: { name: 'Holbeck Community Centre', kind: 'community', chosenBy: 'group' } }] }),
      fail: plan({ sessions: [{ id: 's1', venue: { name: 'Holbeck Community Centre', kind: 'community', chosenBy: 'staff' } }] }),
    },
  },
  check(snapshot) {
    const placed = snapshot.sessions.map((s, i) => ({ s, i })).filter(({ s }) => s.venue && inPerson(s))
    if (!placed.length) return inapplicable('no-places')
    const byStaff = placed.filter(({ s }) => s.venue?.chosenBy === 'staff')
    if (byStaff.length)
      return {
        ...fail('staff-chose', { sessions: counted('session', byStaff.length) }),
        places: byStaff.map(({ s, i }) => sessionName(s, i)),
      }
    const unsaid = placed.filter(({ s }) => s.venue?.chosenBy === undefined)
    if (unsaid.length === placed.length) return incomplete('unsaid')
    const venues = [...new Set(placed.filter(({ s }) => s.venue?.chosenBy === 'group').map(({ s }) => s.venue?.name ?? ''))]
    return { ...pass('group-chose', { places: counted('place', venues.length) }), places: venues }
  },
})
