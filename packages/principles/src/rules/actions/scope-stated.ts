import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const PATH = 'initiative.scope'

export const scopeStated = defineRule({
  meta: {
    id: 'scope-stated',
    principles: ['trust-transparency', 'empowerment-voice-choice'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Clear and transparent communication',
    quote:
      'If there are restrictions and limitations on what aspects of the work can be co-produced, be very clear about that and what you are able to work on together.',
    docs: docsFor('scope-stated'),
    description: 'Checks that the plan says plainly what the group can change together, and what it cannot.',
    guidance:
      'Write two short lists: what the group can change together (`scope.negotiable`), and what is already fixed and why (`scope.nonNegotiable`). Share both at the first session. If nothing can change, this is not co-production yet.',
    path: PATH,
    examples: {
      pass: plan({
        initiative: {
          scope: { negotiable: ['How the drop-in is run', 'Opening times'], nonNegotiable: ['The budget for this year is set'] },
        },
      }),
      fail: plan({ initiative: { scope: { negotiable: [], nonNegotiable: ['The new service model'] } } }),
    },
  },
  check(snapshot) {
    const scope = snapshot.initiative.scope
    if (!scope) return incomplete('The plan does not say what can and cannot be changed together.')
    if (scope.negotiable.length === 0)
      return fail(
        scope.nonNegotiable.length
          ? 'The plan lists only what is fixed. Nothing is open to change together.'
          : 'The plan does not list anything the group can change together.',
        `${PATH}.negotiable`,
      )
    return pass(
      `The group can change ${scope.negotiable.length} thing${scope.negotiable.length === 1 ? '' : 's'}, and ${scope.nonNegotiable.length} ${scope.nonNegotiable.length === 1 ? 'is' : 'are'} said to be fixed.`,
    )
  },
})
