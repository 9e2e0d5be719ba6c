import { counted, quoted, someOfList } from '../../messages/common.js'
import { hasBegun, howDecided, norm } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, fromRecord, incomplete, pass } from '../result.js'

const PATH = 'initiative.scope'

/** Small, practical things. A list of what the group can change that holds only these leaves nothing that matters open. */
const SMALL = new Set(
  'refreshment refreshments food snack snacks biscuit biscuits tea coffee drink drinks lunch catering cake cakes menu music colour colours color colors font fonts logo name leaflet leaflets poster posters design seating layout'.split(
    ' ',
  ),
)
/** Words that say nothing either way. */
const FILLER = new Set(
  'the a an of and or for our we which what when where to at on in is are be will choose choosing chosen pick picking decide deciding have has us group get can its it their this that these those meeting meetings session sessions time times date dates day days'.split(
    ' ',
  ),
)

/** Only small, practical things (the biscuits, the colour of a leaflet, the meeting times). */
export function isSmallThing(item: string): boolean {
  const words = norm(item)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
  return (
    words.some((w) => SMALL.has(w) || /^(meetings?|sessions?|times?|dates?|days?)$/.test(w)) &&
    words.every((w) => SMALL.has(w) || FILLER.has(w))
  )
}

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
    description:
      'Checks that the plan says plainly what the group can change together (more than the biscuits or the meeting times), and what it cannot. Once decisions are on record, it checks the group has really decided things together.',
    guidance:
      'Write two short lists: what the group can change together, and what is already fixed and why. Put real choices on the first list, not only the food or the meeting times. Share both at the first session, and take those choices together. If nothing can change, this is not co-production yet.',
    inPlanFile: '`scope.negotiable` and `scope.nonNegotiable` on the initiative.',
    path: PATH,
    messages: {
      unsaid: 'The plan does not say what can and cannot be changed together.',
      'only-fixed': 'The plan lists only what is fixed. Nothing is open to change together.',
      'nothing-listed': 'The plan does not list anything the group can change together.',
      'only-small':
        'The group can change only small, practical things ({things}). Nothing about the work itself is open to change together.',
      'decided-together': 'The plan lists {things} the group can change, and the group has decided {together} together on record.',
      'decided-without': {
        one: 'The plan lists {things} the group can change, but all {count} decision on record was taken without anyone with lived experience.',
        other:
          'The plan lists {things} the group can change, but all {count} decisions on record were taken without anyone with lived experience.',
      },
      open: {
        one: 'The group can change {things}, and {count} is said to be fixed.',
        other: 'The group can change {things}, and {count} are said to be fixed.',
      },
    },
    examples: {
      pass: plan({
        initiative: {
          scope: { negotiable: ['How the drop-in is run', 'Opening times'], nonNegotiable: ['The budget for this year is set'] },
        },
      }),
      fail: plan({ initiative: { scope: { negotiable: [], nonNegotiable: ['The new service model'] } } }),
    },
  },
  check(snapshot, ctx) {
    const scope = snapshot.initiative.scope
    if (!scope) return incomplete('unsaid')
    if (scope.negotiable.length === 0) return fail(scope.nonNegotiable.length ? 'only-fixed' : 'nothing-listed', `${PATH}.negotiable`)
    if (scope.negotiable.every(isSmallThing))
      return fail('only-small', { things: someOfList(scope.negotiable.map(quoted)) }, `${PATH}.negotiable`)
    const things = counted('thing', scope.negotiable.length)
    if (hasBegun(snapshot, ctx.now)) {
      const verdicts = snapshot.decisions.map((d) => howDecided(d, ctx.index)).filter((v) => v !== 'not-decided')
      const together = verdicts.filter((v) => v === 'together').length
      if (together)
        return fromRecord({
          ...pass('decided-together', { things, together: counted('thing', together) }),
          path: 'decisions',
        })
      if (verdicts.length)
        return fromRecord({
          ...fail('decided-without', { things, count: verdicts.length }),
          path: 'decisions',
        })
    }
    return pass('open', { things, count: scope.nonNegotiable.length })
  },
})
