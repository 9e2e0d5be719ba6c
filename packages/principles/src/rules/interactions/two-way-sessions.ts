import type { MessageValue } from '../../messages/types.js'
import { counted } from '../../messages/common.js'
import { hasBegun, sessionName } from '../../facts/evidence.js'
import { livedExperienceSpoke, voiceOnRecord } from '../../facts/voice.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { at, docsFor, fail, fromRecord, incomplete, pass } from '../result.js'

export const twoWaySessions = defineRule({
  meta: {
    id: 'two-way-sessions',
    principles: ['collaboration-mutuality', 'empowerment-voice-choice'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Relationships come first',
    quote:
      "Conversations must go both ways. You cannot know another's experience if you do all the talking or jump straight to problem solving mode.",
    docs: docsFor('two-way-sessions'),
    description:
      'Checks that talk goes both ways. Once the work has begun it reads the records: ideas put forward, views given and feedback sent by people with lived experience, against ideas put forward by staff. Before that it reads how each session is planned.',
    guidance:
      "Plan sessions where staff listen more than they talk. Share something of yourselves too. Ask people with lived experience to bring their own ideas to each decision, and record who put each idea forward. Use a facilitator from outside the service if it helps. Say in the plan how each session's conversation runs.",
    inPlanFile: '`conversation: two-way` (or `lived-experience-led`) on each session.',
    path: 'sessions',
    messages: {
      'no-sessions': 'No sessions are planned yet.',
      spoken: 'People with lived experience have spoken on record: {said}.',
      'one-way':
        'Staff put forward all {ideas} on record, and no one with lived experience has given a view, an idea or feedback. The talk is going one way.',
      'staff-led': 'Staff lead the talking in {sessions}.',
      unsaid: 'The plan does not say who leads the talking in {sessions}.',
      'both-ways': {
        one: '{count} session is planned as talk that goes both ways.',
        other: '{count} sessions are planned as talk that goes both ways.',
      },
    },
    examples: {
      pass: plan({ sessions: [{ id: 's1', conversation: 'two-way' }] }),
      fail: plan({ sessions: [{ id: 's1', conversation: 'staff-led' }] }),
    },
  },
  check(snapshot, ctx) {
    if (snapshot.sessions.length === 0) return incomplete('no-sessions')
    const results: RuleResult[] = []
    // What happened: who put ideas forward and who gave a view, once the work has begun.
    let record: 'both-ways' | 'staff-only' | undefined
    if (hasBegun(snapshot, ctx.now)) {
      const v = voiceOnRecord(snapshot, ctx.index)
      const spoke = livedExperienceSpoke(v)
      if (spoke > 0) {
        record = 'both-ways'
        const said = [
          v.livedExperienceOptions && counted('idea', v.livedExperienceOptions),
          v.livedExperienceViews && counted('view', v.livedExperienceViews),
          v.livedExperienceFeedback && counted('feedback', v.livedExperienceFeedback),
          v.livedExperienceOpened && counted('question', v.livedExperienceOpened),
        ].filter((x) => x !== 0)
        results.push(fromRecord({ ...pass('spoken', { said: { list: said, join: 'commas' } }), path: 'decisions' }))
      } else if (v.staffOptions > 0) {
        record = 'staff-only'
        results.push(
          fromRecord({
            ...fail('one-way', { ideas: counted('idea', v.staffOptions) }),
            path: 'decisions',
          }),
        )
      }
    }
    // What the plan says about each session.
    const staffLed: MessageValue[] = []
    const unsaid: MessageValue[] = []
    const bothWays: MessageValue[] = []
    snapshot.sessions.forEach((s, i) => {
      const name = sessionName(s, i)
      if (s.conversation === 'staff-led') staffLed.push(name)
      else if (s.conversation === undefined) unsaid.push(name)
      else bothWays.push(name)
    })
    if (staffLed.length) results.push(at(fail('staff-led', { sessions: counted('session', staffLed.length) }), staffLed))
    if (!record) {
      if (unsaid.length) results.push(at(incomplete('unsaid', { sessions: counted('session', unsaid.length) }), unsaid))
      if (bothWays.length) results.push(at(pass('both-ways', { count: bothWays.length }), bothWays))
    }
    return results
  },
})
