import { CoproduceError, type Coproduction } from '@coproduce/core'
import { DEMO_HOUSING_INITIATIVE_ID, DEMO_HOUSING_ORGANISATION_ID, DEMO_HOUSING_STAFF_ID } from './ids.js'

/** The housing association's caseworker: staff of their own organisation only. */
export const HOUSING_STAFF = { id: DEMO_HOUSING_STAFF_ID, roles: ['staff'], organisationId: DEMO_HOUSING_ORGANISATION_ID }

/**
 * The second organisation of the demo: Riverside Housing's residents' repairs panel, with two residents and a
 * piece of feedback. Does nothing when it is already there. Returns true when it seeded.
 */
export async function seedHousing(cp: Coproduction): Promise<boolean> {
  const asStaff = { actor: HOUSING_STAFF }
  try {
    await cp.initiatives.get(DEMO_HOUSING_INITIATIVE_ID, asStaff)
    return false
  } catch (error) {
    if (!(error instanceof CoproduceError && error.code === 'not-found')) throw error
  }
  await cp.initiatives.create(
    {
      id: DEMO_HOUSING_INITIATIVE_ID,
      title: 'Residents’ repairs panel',
      purpose: 'Residents and the repairs team decide together how repairs are booked, and how people hear what happens next.',
    },
    asStaff,
  )
  const join = (displayName: string) =>
    cp.members.join({ initiativeId: DEMO_HOUSING_INITIATIVE_ID, displayName, roles: ['lived-experience'] }, asStaff)
  const rosa = await join('Rosa Mendes')
  await join('Kwame Boateng')
  const asRosa = { actor: { id: rosa.id, roles: ['member'], organisationId: DEMO_HOUSING_ORGANISATION_ID } }
  await cp.consent.give({ subject: rosa.id, purposeId: 'store-contribution' }, asRosa)
  await cp.feedback.submit(
    { initiativeId: DEMO_HOUSING_INITIATIVE_ID, kind: 'idea', text: 'Text us the day before the repair, not the morning of.' },
    asRosa,
  )
  await cp.flush()
  return true
}
