import { createCoproduction } from '../service/create-coproduction.js'
import type { CoproductionOptions } from '../service/coproduction.js'
import type { Actor, CallContext } from '../service/actor.js'
import { DEFAULT_ORGANISATION_ID } from '../schemas/organisation.js'
import { memoryStore } from '../store/memory-store.js'
import { manualClock, sequentialIds } from '../testing/fakes.js'

/** A small world for service tests: a memory store, a clock that stands still, counting ids, and staff. */
export function world(options: Partial<CoproductionOptions> = {}) {
  const store = options.store ?? memoryStore()
  const clock = manualClock()
  const cp = createCoproduction({ store, clock, ids: sequentialIds(), ...options })
  const staff: Actor = { id: 'staff-1', roles: ['staff'], organisationId: DEFAULT_ORGANISATION_ID }
  const asStaff = { actor: staff }
  const anonymous: CallContext = { actor: null }

  const initiative = (input: Partial<Parameters<typeof cp.initiatives.create>[0]> = {}) =>
    cp.initiatives.create({ title: 'Making the drop-in feel welcoming', purpose: 'Find out together what would help.', ...input }, asStaff)

  const member = async (initiativeId: string, displayName = 'Sam Example') => {
    const m = await cp.members.join(
      {
        initiativeId,
        displayName,
        roles: ['lived-experience'],
        contact: { email: 'sam@example.org', phone: '07700 900123' },
        hostRef: `crm-${displayName}`,
        notes: 'Likes mornings',
        accessNeeds: ['step-free'],
      },
      asStaff,
    )
    return { member: m, as: { actor: { id: m.id, roles: ['member'], organisationId: DEFAULT_ORGANISATION_ID } as Actor } }
  }

  return { store, clock, cp, staff, asStaff, anonymous, initiative, member }
}
