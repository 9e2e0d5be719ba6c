import { describe, expect, it } from 'vitest'
import { world } from '../../test-support/world.js'

describe('members.change: staff correct a member’s details', () => {
  it('changes the details sent, clears those sent as null, and keeps the rest', async () => {
    const { cp, asStaff, initiative, member } = world()
    const plan = await initiative()
    const { member: sam } = await member(plan.id, 'Sam Example')
    const changed = await cp.members.change(
      sam.id,
      { displayName: 'Sam E', accessNeeds: ['step-free', 'hearing loop'], cannotCome: ['school-run'], notes: null },
      asStaff,
    )
    expect(changed).toMatchObject({
      id: sam.id,
      displayName: 'Sam E',
      accessNeeds: ['step-free', 'hearing loop'],
      cannotCome: ['school-run'],
    })
    expect(changed).not.toHaveProperty('notes')
    expect(changed).toMatchObject({ roles: sam.roles, contact: sam.contact, hostRef: sam.hostRef, joinedAt: sam.joinedAt })
    expect(await cp.members.get(sam.id, asStaff)).toEqual(changed)
  })

  it('refuses a change with nothing in it, an unknown detail, or a null name or role, and stores nothing', async () => {
    const { cp, asStaff, initiative, member, store } = world()
    const plan = await initiative()
    const { member: sam } = await member(plan.id)
    const before = await store.dump()
    await expect(cp.members.change(sam.id, {}, asStaff)).rejects.toMatchObject({ code: 'validation' })
    await expect(cp.members.change(sam.id, { nickname: 'S' } as never, asStaff)).rejects.toMatchObject({ code: 'validation' })
    await expect(cp.members.change(sam.id, { displayName: null } as never, asStaff)).rejects.toMatchObject({
      code: 'validation',
      issues: [expect.objectContaining({ path: ['displayName'] })],
    })
    await expect(cp.members.change(sam.id, { roles: [] }, asStaff)).rejects.toMatchObject({ code: 'validation' })
    expect(await store.dump()).toEqual(before)
  })

  it('cannot bring back the details of someone who was erased', async () => {
    const { cp, asStaff, initiative, member } = world()
    const plan = await initiative()
    const { member: sam } = await member(plan.id)
    await cp.erase(sam.id, asStaff)
    await expect(cp.members.change(sam.id, { displayName: 'Sam Example' }, asStaff)).rejects.toMatchObject({ code: 'erased' })
  })

  it('answers not-found for someone who does not exist', async () => {
    const { cp, asStaff } = world()
    await expect(cp.members.change('nobody', { displayName: 'X' }, asStaff)).rejects.toMatchObject({ code: 'not-found' })
  })
})
