import type { MessageValue } from '../../messages/types.js'
import { counted, personName, phrase, someOfList } from '../../messages/common.js'
import { expectedAt, norm, sessionName } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

export const interpretersBooked = defineRule({
  meta: {
    id: 'interpreters-booked',
    principles: ['cultural-historical-gender', 'empowerment-voice-choice'],
    stage: 'interactions',
    severity: 'error',
    source: 'Principles of Co-production (trauma informed: Cultural, historical, gender understanding)',
    quote:
      'These underpinnings ensure that a co-producing environment can be built in which dignity and equality are central. When these factors are present everyone, but especially people with lived experience, can feel more empowered to participate.',
    docs: docsFor('interpreters-booked'),
    description: 'Checks that every session has interpreting in the languages the people expected there need (including sign language).',
    guidance:
      'Ask each person which language they want to take part in, and write it down. Book an interpreter they are happy with for every session they come to, and note it on the session.',
    inPlanFile: "Each member's `languages`; the interpreters in the session's `interpreting`.",
    path: 'sessions',
    messages: {
      'no-sessions': 'No sessions are planned yet.',
      'none-needed': 'No one has said they need a language other than English.',
      'no-members': 'The plan does not list who takes part yet.',
      'language-for': '{language} for {name}',
      missing: {
        one: '{count} session has no interpreting that people need: {needs}.',
        other: '{count} sessions have no interpreting that people need: {needs}.',
      },
      booked: 'Every session has interpreting for the {people} who need it.',
    },
    examples: {
      pass: plan({
        members: [{ id: 'm1', displayName: 'Amira', roles: ['lived-experience'], languages: ['Urdu'] }],
        sessions: [{ id: 's1', title: 'Story circle', interpreting: ['Urdu'] }],
      }),
      fail: plan({
        members: [{ id: 'm1', displayName: 'Amira', roles: ['lived-experience'], languages: ['Urdu'] }],
        sessions: [{ id: 's1', title: 'Story circle' }],
      }),
    },
  },
  check(snapshot, ctx) {
    if (!snapshot.sessions.length) return inapplicable('no-sessions')
    const needing = snapshot.members.filter((m) => !m.leftAt && (m.languages?.length ?? 0) > 0)
    if (!needing.length) return snapshot.members.length ? inapplicable('none-needed') : incomplete('no-members')
    const gaps: MessageValue[] = []
    const missing = new Map<string, MessageValue>()
    snapshot.sessions.forEach((s, i) => {
      const booked = new Set((s.interpreting ?? []).map(norm))
      let gap = false
      for (const m of needing) {
        if (!expectedAt(s, m.id)) continue
        for (const lang of m.languages ?? []) {
          if (booked.has(norm(lang))) continue
          gap = true
          missing.set(`${lang} ${m.id}`, phrase('language-for', { language: lang, name: personName(ctx.index, m.id) }))
        }
      }
      if (gap) gaps.push(sessionName(s, i))
    })
    if (gaps.length)
      return {
        ...fail('missing', { count: gaps.length, needs: someOfList([...missing.values()]) }),
        places: gaps,
      }
    return pass('booked', { people: counted('person', needing.length) })
  },
})
