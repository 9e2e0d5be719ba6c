import { count, hasBegun, sessionName } from '../../facts/evidence.js'
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
      'Plan sessions where staff listen more than they talk. Share something of yourselves too. Ask people with lived experience to bring their own ideas to each decision, and record who put each idea forward. Use a facilitator from outside the service if it helps. Mark the session `conversation: two-way` (or `lived-experience-led`).',
    path: 'sessions',
    examples: {
      pass: plan({ sessions: [{ id: 's1', conversation: 'two-way' }] }),
      fail: plan({ sessions: [{ id: 's1', conversation: 'staff-led' }] }),
    },
  },
  check(snapshot, ctx) {
    if (snapshot.sessions.length === 0) return incomplete('No sessions are planned yet.')
    const results: RuleResult[] = []
    // What happened: who put ideas forward and who gave a view, once the work has begun.
    let record: 'both-ways' | 'staff-only' | undefined
    if (hasBegun(snapshot, ctx.now)) {
      const v = voiceOnRecord(snapshot, ctx.index)
      const spoke = livedExperienceSpoke(v)
      if (spoke > 0) {
        record = 'both-ways'
        const said = [
          v.livedExperienceOptions && count(v.livedExperienceOptions, 'idea'),
          v.livedExperienceViews && count(v.livedExperienceViews, 'view'),
          v.livedExperienceFeedback && count(v.livedExperienceFeedback, 'piece of feedback', 'pieces of feedback'),
          v.livedExperienceOpened && count(v.livedExperienceOpened, 'question', 'questions'),
        ].filter(Boolean)
        results.push(fromRecord({ ...pass(`People with lived experience have spoken on record: ${said.join(', ')}.`), path: 'decisions' }))
      } else if (v.staffOptions > 0) {
        record = 'staff-only'
        results.push(
          fromRecord({
            ...fail(
              `Staff put forward all ${count(v.staffOptions, 'idea')} on record, and no one with lived experience has given a view, an idea or feedback. The talk is going one way.`,
            ),
            path: 'decisions',
          }),
        )
      }
    }
    // What the plan says about each session.
    const staffLed: string[] = []
    const unsaid: string[] = []
    const bothWays: string[] = []
    snapshot.sessions.forEach((s, i) => {
      const name = sessionName(s, i)
      if (s.conversation === 'staff-led') staffLed.push(name)
      else if (s.conversation === undefined) unsaid.push(name)
      else bothWays.push(name)
    })
    if (staffLed.length) results.push(at(fail(`Staff lead the talking in ${count(staffLed.length, 'session')}.`), staffLed))
    if (!record) {
      if (unsaid.length)
        results.push(at(incomplete(`The plan does not say who leads the talking in ${count(unsaid.length, 'session')}.`), unsaid))
      if (bothWays.length)
        results.push(
          at(
            pass(`${count(bothWays.length, 'session')} ${bothWays.length === 1 ? 'is' : 'are'} planned as talk that goes both ways.`),
            bothWays,
          ),
        )
    }
    return results
  },
})
