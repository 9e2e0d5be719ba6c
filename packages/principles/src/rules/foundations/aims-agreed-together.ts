import { listOf, phrase, quoted } from '../../messages/common.js'
import { aimsFact } from '../../engine/ladder.js'
import { decisionById } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, incomplete, pass } from '../result.js'

const PATH = 'initiative.aims'

export const aimsAgreedTogether = defineRule({
  meta: {
    id: 'aims-agreed-together',
    principles: ['collaboration-mutuality', 'empowerment-voice-choice'],
    stage: 'foundations',
    severity: 'warning',
    source: 'Foundations: Building the co-producing community',
    quote: 'Design the aims together so that realistic expectations can be set from the outset.',
    docs: docsFor('aims-agreed-together'),
    description:
      'Checks that the aims were agreed with people with lived experience, not only by staff. A decision on record (`aims.decisionId`) comes first; otherwise only members with lived experience named in `aims.agreedWith` count, never a staff team or "everyone".',
    guidance:
      'Agree the aims with the people with lived experience in the group, early on. Ask what they need and want from the work. Write down who agreed them: the people, or the groups.',
    inPlanFile: 'The decision on record in `aims.decisionId`, or who agreed them in `aims.agreedWith` (member ids or group names).',
    path: PATH,
    messages: {
      'no-aims': 'The plan does not say what the aims are yet.',
      'on-record': 'The decision on the aims is on record, and people with lived experience took part in it.',
      agreed: 'The aims were agreed with members who have lived experience.',
      'not-together': 'The aims were not agreed together: {why}.',
      'no-one-named': 'The plan does not say who agreed the aims.',
      'not-members':
        'The aims were agreed with {names}, and none of them is a member with lived experience in this plan. Add those people as members, or record the decision.',
    },
    examples: {
      pass: plan({
        initiative: { aims: { text: 'Make the drop-in feel safe.', agreedWith: ['m1'] } },
        members: [{ id: 'm1', roles: ['lived-experience'] }],
      }),
      fail: plan({
        initiative: { aims: { text: 'Cut missed appointments by half.', agreedWith: ['s1'] } },
        members: [{ id: 's1', roles: ['commissioner'] }],
      }),
    },
  },
  check(snapshot, ctx) {
    const aims = snapshot.initiative.aims
    if (!aims) return incomplete('no-aims')
    const fact = aimsFact({ s: snapshot, ix: ctx.index, wage: ctx.livingWage, now: ctx.now, begun: false })
    if (fact.ok === true)
      return fact.basis === 'record'
        ? {
            outcome: 'pass',
            basis: 'record',
            messageId: 'on-record',
            places: [
              phrase('common/decision-asking', { question: decisionById(snapshot, aims.decisionId)?.question ?? aims.decisionId ?? '' }),
            ],
          }
        : pass('agreed')
    if (fact.ok === false) return { outcome: 'fail', basis: fact.basis, messageId: 'not-together', data: { why: fact.why ?? '' } }
    if (aims.agreedWith.length === 0) return incomplete('no-one-named', `${PATH}.agreedWith`)
    return incomplete('not-members', { names: listOf(aims.agreedWith.map(quoted)) }, `${PATH}.agreedWith`)
  },
})
