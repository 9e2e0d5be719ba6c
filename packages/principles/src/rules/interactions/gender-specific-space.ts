import { count, memberName, norm, someOf } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, pass } from '../result.js'

const WANTS = /\b(women only|woman only|female only|men only|male only|women s space|men s space|women s group|men s group)\b/

const wanted = (need: string): 'women-only' | 'men-only' | undefined => {
  const n = norm(need).replace(/'/g, ' ')
  if (!WANTS.test(n)) return undefined
  return /\b(women|woman|female)\b/.test(n) ? 'women-only' : 'men-only'
}

export const genderSpecificSpace = defineRule({
  meta: {
    id: 'gender-specific-space',
    principles: ['cultural-historical-gender', 'safety'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Principles of Co-production (trauma informed: Cultural, historical, gender understanding)',
    quote:
      'The foundations of co-production should be based around the principles of trauma informed environments... Cultural, historical, gender understanding. If people feel comfortable, their strengths and capabilities are more likely to show through.',
    docs: docsFor('gender-specific-space'),
    description: 'When people have said they need a women-only or men-only space to take part, checks that some sessions offer one.',
    guidance:
      'Some people can only speak freely in a space with their own gender, for example after violence or for cultural reasons. Offer women-only or men-only sessions when people ask, and mark them with `space`.',
    path: 'sessions',
    examples: {
      pass: plan({
        members: [{ id: 'm1', roles: ['lived-experience'], accessNeeds: ['women-only space'] }],
        sessions: [{ id: 's1', space: 'women-only' }],
      }),
      fail: plan({
        members: [{ id: 'm1', roles: ['lived-experience'], accessNeeds: ['women-only space'] }],
        sessions: [{ id: 's1', space: 'mixed' }],
      }),
    },
  },
  check(snapshot, ctx) {
    const asks = new Map<'women-only' | 'men-only', string[]>()
    for (const m of snapshot.members) {
      if (m.leftAt) continue
      for (const need of m.accessNeeds ?? []) {
        const kind = wanted(need)
        if (kind) asks.set(kind, [...(asks.get(kind) ?? []), memberName(ctx.index, m.id)])
      }
    }
    if (!asks.size) return inapplicable('No one has asked for a women-only or men-only space.')
    if (!snapshot.sessions.length) return inapplicable('No sessions are planned yet.')
    const unmet = [...asks].filter(([kind]) => !snapshot.sessions.some((s) => s.space === kind))
    if (unmet.length)
      return fail(
        unmet
          .map(
            ([kind, who]) =>
              `${count(who.length, 'person', 'people')} asked for a ${kind} space (${someOf(who)}), and no session offers one.`,
          )
          .join(' '),
      )
    return pass(`Sessions offer the ${[...asks.keys()].join(' and ')} space people asked for.`)
  },
})
