import { counted } from '../../messages/common.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

export const externalFacilitator = defineRule({
  meta: {
    id: 'external-facilitator',
    principles: ['safety', 'trust-transparency'],
    stage: 'interactions',
    severity: 'info',
    source: 'Why not to? Personal barriers',
    quote: 'External facilitators are incredibly useful to neutrally guide a process if the methods feel uncomfortable.',
    docs: docsFor('external-facilitator'),
    description:
      'Checks that someone outside the service, or people with lived experience themselves, guide at least some sessions, rather than staff of the service guiding every one.',
    guidance:
      'Ask someone from outside the service to guide sessions, especially early on and when methods feel new. Or let people with lived experience lead. Say in the plan who guides each session.',
    inPlanFile: "The session's `facilitator` with `external: true`, or `conversation: lived-experience-led`.",
    path: 'sessions',
    messages: {
      'no-sessions': 'No sessions are planned yet.',
      unsaid: 'The plan does not say who guides the sessions.',
      'staff-only': 'Staff of the service guide all {sessions}. No one outside it guides any.',
      outside: {
        one: '{count} session is guided by someone outside the service or by people with lived experience.',
        other: '{count} sessions are guided by someone outside the service or by people with lived experience.',
      },
    },
    examples: {
      pass: plan({ sessions: [{ id: 's1', facilitator: { name: 'Rowan', external: true } }] }),
      fail: plan({ sessions: [{ id: 's1', facilitator: { name: 'Service manager', external: false }, conversation: 'staff-led' }] }),
    },
  },
  check(snapshot) {
    if (!snapshot.sessions.length) return inapplicable('no-sessions')
    const said = snapshot.sessions.filter((s) => s.facilitator !== undefined || s.conversation === 'lived-experience-led')
    if (!said.length) return incomplete('unsaid')
    const neutral = said.filter((s) => s.facilitator?.external === true || s.conversation === 'lived-experience-led')
    if (!neutral.length) return fail('staff-only', { sessions: counted('session', said.length) })
    return pass('outside', { count: neutral.length })
  },
})
