import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { groundRulesFact } from '../../engine/ladder.js'
import { decisionById } from '../../facts/evidence.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const PATH = 'initiative.agreements'

export const groundRulesTogether = defineRule({
  meta: {
    id: 'ground-rules-together',
    principles: ['safety', 'trust-transparency', 'collaboration-mutuality'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Co-production environments (Practical considerations)',
    quote: 'When developing the co-producing environment it is worth deciding together the rules and parameters of your work together.',
    docs: docsFor('ground-rules-together'),
    description: 'Checks that the group decided its ground rules together, rather than being handed them.',
    guidance:
      "At an early session, agree together how you will work: how you listen, how you keep each other's stories safe, what happens if someone is upset. Write them down in the group's own words and mark them `decidedTogether: true`.",
    path: PATH,
    examples: {
      pass: plan({ initiative: { agreements: [{ text: 'We listen without jumping in.', decidedTogether: true }] } }),
      fail: plan({ initiative: { agreements: [{ text: 'Phones off. Keep to the agenda.', decidedTogether: false }] } }),
    },
  },
  check(snapshot, ctx) {
    const agreements = snapshot.initiative.agreements
    const fact = groundRulesFact({ s: snapshot, ix: ctx.index, wage: ctx.livingWage, now: ctx.now, begun: false })
    const records = (agreements ?? []).map((a) => decisionById(snapshot, a.decisionId)).filter((d) => d !== undefined)
    const places = records.map((d) => `the decision "${d.question}"`)
    if (fact.ok === true && fact.basis === 'record')
      return {
        outcome: 'pass',
        basis: 'record',
        message: 'The ground rules were decided on record, with people with lived experience taking part.',
        places,
      }
    if (fact.ok === false && fact.basis === 'record')
      return { outcome: 'fail', basis: 'record', message: `The ground rules were not decided together: ${fact.why}.`, places }
    if (agreements === undefined) return incomplete('The plan does not list any ground rules yet.')
    if (agreements.length === 0) return fail('The group has no ground rules.')
    const together = agreements.filter((a) => a.decidedTogether).length
    if (together === 0) return fail('The ground rules were set by staff, not decided together.')
    if (together < agreements.length)
      return fail(`Only ${together} of ${agreements.length} ground rules were decided together; staff set the rest.`)
    return pass(`All ${agreements.length} ground rules were decided together.`)
  },
})
