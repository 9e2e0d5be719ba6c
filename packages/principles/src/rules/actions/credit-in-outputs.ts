import type { MessageValue } from '../../messages/types.js'
import { counted, personName, phrase, someOfList } from '../../messages/common.js'
import { consentKey } from '../../engine/snapshot-index.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

export const creditInOutputs = defineRule({
  meta: {
    id: 'credit-in-outputs',
    principles: ['collaboration-mutuality', 'empowerment-voice-choice'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Mutuality and Impact',
    quote: 'Provide a platform for the co-production team by crediting contributors in anything written and tagging relevant groups.',
    docs: docsFor('credit-in-outputs'),
    description:
      'Checks that every report, article, talk or post about the work credits the people with lived experience who made it (by name only with their consent), or their group.',
    guidance:
      'Credit the co-production team in everything written or presented about the work. Name people only if they agreed to be named; otherwise credit the group. List the credits on each output.',
    path: 'initiative.outputs',
    messages: {
      unsaid: 'The plan does not list what will be written or presented about the work.',
      'nothing-yet': 'Nothing has been written or presented about the work yet.',
      uncredited: {
        one: '{count} output does not credit the people with lived experience who made the work',
        other: '{count} outputs do not credit the people with lived experience who made the work',
      },
      'named-without-consent': {
        one: '{count} output names people who have not agreed to be named ({names})',
        other: '{count} outputs name people who have not agreed to be named ({names})',
      },
      both: '{first}; and {second}',
      problems: '{problems}.',
      credited: 'Every one of the {outputs} credits the people who made the work.',
    },
    examples: {
      pass: plan({
        initiative: { outputs: [{ title: 'What we learned', kind: 'report', credits: ['Leeds Poverty Truth Commissioners'] }] },
      }),
      fail: plan({ initiative: { outputs: [{ title: 'What we learned', kind: 'report', credits: [] }] } }),
    },
  },
  check(snapshot, ctx) {
    const outputs = snapshot.initiative.outputs
    if (!outputs) return incomplete('unsaid')
    if (!outputs.length) return inapplicable('nothing-yet')
    const uncredited = outputs.filter(
      (o) => o.credits.length === 0 || o.credits.every((c: string) => ctx.index.membersById.has(c) && !ctx.index.livedExperienceIds.has(c)),
    )
    const named = new Map<string, MessageValue>()
    const namedWithout = outputs.filter((o) =>
      o.credits.some((c: string) => {
        if (!ctx.index.membersById.has(c) || ctx.index.currentConsent.get(consentKey(c, 'credit-by-name'))?.status === 'given') return false
        named.set(c, personName(ctx.index, c))
        return true
      }),
    )
    const problems: MessageValue[] = []
    if (uncredited.length) problems.push(phrase('uncredited', { count: uncredited.length }))
    if (namedWithout.length)
      problems.push(phrase('named-without-consent', { count: namedWithout.length, names: someOfList([...named.values()]) }))
    if (problems.length)
      return {
        ...fail('problems', {
          problems: problems.length > 1 ? phrase('both', { first: problems[0] ?? '', second: problems[1] ?? '' }) : (problems[0] ?? ''),
        }),
        places: [...new Set([...uncredited, ...namedWithout].map((o) => `"${o.title}"`))],
      }
    return pass('credited', { outputs: counted('output', outputs.length) })
  },
})
