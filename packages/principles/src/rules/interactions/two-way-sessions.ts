import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

export const twoWaySessions = defineRule({
  meta: {
    id: 'two-way-sessions',
    principles: ['collaboration-mutuality', 'empowerment-voice-choice'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Relationships come first',
    quote:
      'Conversations must go both ways. You cannot know another\'s experience if you do all the talking or jump straight to problem solving mode.',
    docs: docsFor('two-way-sessions'),
    description: 'Checks that sessions are conversations that go both ways, not staff talking at people.',
    guidance:
      'Plan sessions where staff listen more than they talk. Share something of yourselves too. Use a facilitator from outside the service if it helps. Mark the session `conversation: two-way` (or `lived-experience-led`).',
    path: 'sessions',
    examples: {
      pass: plan({ sessions: [{ id: 's1', conversation: 'two-way' }] }),
      fail: plan({ sessions: [{ id: 's1', conversation: 'staff-led' }] }),
    },
  },
  check(snapshot) {
    if (snapshot.sessions.length === 0) return incomplete('No sessions are planned yet.')
    return snapshot.sessions.map((session, i): RuleResult => {
      const at = `sessions[${i}].conversation`
      if (session.conversation === undefined) return incomplete('The plan does not say who leads the talking in this session.', at)
      if (session.conversation === 'staff-led') return fail('Staff lead the talking in this session.', at)
      return pass(
        session.conversation === 'two-way' ? 'The talking goes both ways.' : 'People with lived experience lead the talking.',
        at,
      )
    })
  },
})
