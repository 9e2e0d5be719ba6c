import { aimsAgreedWithLivedExperience } from '../../facts/agreed-with.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

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
    description: 'Checks that the aims were agreed with people with lived experience, not only by staff.',
    guidance:
      'Agree the aims with the people with lived experience in the group, early on. Ask what they need and want from the work. Record who agreed them in `aims.agreedWith` (member ids or group names).',
    path: PATH,
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
    const agreed = aimsAgreedWithLivedExperience(snapshot, ctx.index)
    if (agreed === undefined) return incomplete('The plan does not say what the aims are yet.')
    if (snapshot.initiative.aims?.agreedWith.length === 0)
      return fail('The plan does not say who agreed the aims.', `${PATH}.agreedWith`)
    if (!agreed) return fail('The aims were agreed only by staff.', `${PATH}.agreedWith`)
    return pass('The aims were agreed with people with lived experience.')
  },
})
