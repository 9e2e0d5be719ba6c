import { createCoproduction, memoryStore } from '@coproduce/core'
import { describe, expect, it } from 'vitest'
import { findIdentity } from './identities.js'
import { DEMO_HOUSING_INITIATIVE_ID, DEMO_HOUSING_ORGANISATION_ID, DEMO_INITIATIVE_ID } from './ids.js'
import { seedDemo } from './seed.js'
import { HOUSING_STAFF, seedHousing } from './seed-housing.js'
import { shiftableClock } from './shiftable-clock.js'

describe('seedHousing: a second organisation in the demo', () => {
  it('gives each organisation its own caseworker, who cannot open the other’s group', async () => {
    const clock = shiftableClock()
    const cp = createCoproduction({ store: memoryStore(), clock })
    await seedDemo(cp, clock, new Date('2026-06-15T12:00:00Z'))
    expect(await seedHousing(cp)).toBe(false)

    const kemi = findIdentity('kemi')!
    const sam = findIdentity('sam')!
    expect(kemi.actor).toEqual(HOUSING_STAFF)
    expect(kemi.actor?.organisationId).toBe(DEMO_HOUSING_ORGANISATION_ID)
    expect(kemi.home).toBe(`/initiatives/${DEMO_HOUSING_INITIATIVE_ID}`)

    const asKemi = { actor: kemi.actor }
    const asSam = { actor: sam.actor }
    expect((await cp.members.list(DEMO_HOUSING_INITIATIVE_ID, asKemi)).map((m) => m.displayName).sort()).toEqual([
      'Kwame Boateng',
      'Rosa Mendes',
    ])
    expect(await cp.feedback.list(DEMO_HOUSING_INITIATIVE_ID, asKemi)).toHaveLength(1)
    await expect(cp.members.list(DEMO_INITIATIVE_ID, asKemi)).rejects.toMatchObject({ code: 'not-found' })
    await expect(cp.initiatives.snapshot(DEMO_INITIATIVE_ID, asKemi)).rejects.toMatchObject({ code: 'not-found' })
    await expect(cp.members.list(DEMO_HOUSING_INITIATIVE_ID, asSam)).rejects.toMatchObject({ code: 'not-found' })
    expect((await cp.initiatives.list(asKemi)).map((i) => i.id)).toEqual([DEMO_HOUSING_INITIATIVE_ID])
    expect((await cp.initiatives.list(asSam)).map((i) => i.id)).toEqual([DEMO_INITIATIVE_ID])
  })
})
