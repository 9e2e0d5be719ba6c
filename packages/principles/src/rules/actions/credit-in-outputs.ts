import { consentKey } from '../../engine/snapshot-index.js'
import { count, memberName, someOf } from '../../facts/evidence.js'
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
    examples: {
      pass: plan({
        initiative: { outputs: [{ title: 'What we learned', kind: 'report', credits: ['Leeds Poverty Truth Commissioners'] }] },
      }),
      fail: plan({ initiative: { outputs: [{ title: 'What we learned', kind: 'report', credits: [] }] } }),
    },
  },
  check(snapshot, ctx) {
    const outputs = snapshot.initiative.outputs
    if (!outputs) return incomplete('The plan does not list what will be written or presented about the work.')
    if (!outputs.length) return inapplicable('Nothing has been written or presented about the work yet.')
    const uncredited = outputs.filter(
      (o) => o.credits.length === 0 || o.credits.every((c: string) => ctx.index.membersById.has(c) && !ctx.index.livedExperienceIds.has(c)),
    )
    const named = new Set<string>()
    const namedWithout = outputs.filter((o) =>
      o.credits.some((c: string) => {
        if (!ctx.index.membersById.has(c) || ctx.index.currentConsent.get(consentKey(c, 'credit-by-name'))?.status === 'given') return false
        named.add(memberName(ctx.index, c))
        return true
      }),
    )
    const problems: string[] = []
    if (uncredited.length)
      problems.push(
        `${count(uncredited.length, 'output')} ${uncredited.length === 1 ? 'does' : 'do'} not credit the people with lived experience who made the work`,
      )
    if (namedWithout.length)
      problems.push(
        `${count(namedWithout.length, 'output')} ${namedWithout.length === 1 ? 'names' : 'name'} people who have not agreed to be named (${someOf([...named])})`,
      )
    if (problems.length)
      return { ...fail(`${problems.join('; and ')}.`), places: [...new Set([...uncredited, ...namedWithout].map((o) => `"${o.title}"`))] }
    return pass(`Every one of the ${count(outputs.length, 'output')} credits the people who made the work.`)
  },
})
