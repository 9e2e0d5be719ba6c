import { decisionById, howDecided } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

const RESEARCH = /\b(research|interview(s|ing)?|survey(s)?|focus groups?|peer research)\b/i

export const researchEthics = defineRule({
  meta: {
    id: 'research-ethics',
    principles: ['safety', 'trust-transparency', 'collaboration-mutuality'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Interactions: Co-production environments (Practical considerations)',
    quote:
      'If research is to be undertaken as part of the co-production, what are the ethical considerations that might need to be considered? This is new territory as the boundaries of professional and service user are blurred.',
    docs: docsFor('research-ethics'),
    description:
      'When the work includes research (peer researchers, interviews, surveys), checks that its ethics were thought through, and decided with the group.',
    guidance:
      'Before any research, talk as a group about what could harm the people you ask, and the researchers: consent, what is kept, how stories are used, support afterwards. Decide it together and write it down.',
    inPlanFile: 'What you agreed, in `ethics` on the initiative.',
    path: 'initiative.ethics',
    messages: {
      'no-research': 'The plan does not include research.',
      unsaid: 'The work includes research, and the plan does not say how its ethics were thought through.',
      'together-on-record': 'The group decided the research ethics together, on record.',
      'without-on-record': 'The decision on research ethics on record was taken without people with lived experience.',
      staff: 'The research ethics were set by staff, not decided with the group.',
      together: 'The research ethics were decided with the group.',
    },
    examples: {
      pass: plan({
        initiative: { methods: ['peer research'], ethics: { approach: 'Pairs, consent each time, support after.', decidedTogether: true } },
      }),
      fail: plan({
        initiative: { methods: ['peer research'], ethics: { approach: 'Staff follow the council policy.', decidedTogether: false } },
      }),
    },
  },
  check(snapshot, ctx) {
    const research = ctx.index.methods.some((m) => RESEARCH.test(m)) || snapshot.members.some((m) => m.roles?.includes('peer-researcher'))
    if (!research) return inapplicable('no-research')
    const ethics = snapshot.initiative.ethics
    if (!ethics) return incomplete('unsaid')
    const decision = decisionById(snapshot, ethics.decisionId)
    if (decision) {
      const how = howDecided(decision, ctx.index)
      if (how === 'together') return { ...pass('together-on-record'), basis: 'record' }
      if (how !== 'not-decided') return { ...fail('without-on-record'), basis: 'record' }
    }
    if (!ethics.decidedTogether) return fail('staff', 'initiative.ethics.decidedTogether')
    return pass('together')
  },
})
