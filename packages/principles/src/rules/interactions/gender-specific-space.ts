import type { MessageValue } from '../../messages/types.js'
import { counted, personName, phrase, someOfList } from '../../messages/common.js'
import { norm } from '../../facts/evidence.js'
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
      'Some people can only speak freely in a space with their own gender, for example after violence or for cultural reasons. Offer women-only or men-only sessions when people ask, and say so in the plan.',
    inPlanFile: '`space: women-only` or `space: men-only` on the session.',
    path: 'sessions',
    messages: {
      'none-asked': 'No one has asked for a women-only or men-only space.',
      'no-sessions': 'No sessions are planned yet.',
      unmet: '{asks}',
      'asked-women-only': '{people} asked for a women-only space ({names}), and no session offers one.',
      'asked-men-only': '{people} asked for a men-only space ({names}), and no session offers one.',
      'offered-women-only': 'Sessions offer the women-only space people asked for.',
      'offered-men-only': 'Sessions offer the men-only space people asked for.',
      'offered-women-only-and-men-only': 'Sessions offer the women-only and men-only space people asked for.',
      'offered-men-only-and-women-only': 'Sessions offer the men-only and women-only space people asked for.',
    },
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
    const asks = new Map<'women-only' | 'men-only', MessageValue[]>()
    for (const m of snapshot.members) {
      if (m.leftAt) continue
      for (const need of m.accessNeeds ?? []) {
        const kind = wanted(need)
        if (kind) asks.set(kind, [...(asks.get(kind) ?? []), personName(ctx.index, m.id)])
      }
    }
    if (!asks.size) return inapplicable('none-asked')
    if (!snapshot.sessions.length) return inapplicable('no-sessions')
    const unmet = [...asks].filter(([kind]) => !snapshot.sessions.some((s) => s.space === kind))
    if (unmet.length)
      return fail('unmet', {
        asks: {
          list: unmet.map(([kind, who]) => phrase(`asked-${kind}`, { people: counted('person', who.length), names: someOfList(who) })),
          join: 'sentences',
        },
      })
    const kinds = [...asks.keys()]
    return pass(kinds.length > 1 ? `offered-${kinds.join('-and-')}` : `offered-${kinds[0]}`)
  },
})
