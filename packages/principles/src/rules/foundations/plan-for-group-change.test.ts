import { RuleTester } from '../../testing/index.js'
import { planForGroupChange } from './plan-for-group-change.js'

const member = (id: string, leftAt?: string) => ({ id, roles: ['lived-experience' as const], ...(leftAt ? { leftAt } : {}) })

new RuleTester().run(planForGroupChange, {
  valid: [
    { name: 'a plan and a steady group', snapshot: { initiative: { groupChangePlan: 'New people join with a buddy.' }, members: [member('a'), member('b'), member('c', '2026-02-01T00:00:00Z')] } },
  ],
  invalid: [
    { name: 'people left, no plan', snapshot: { members: [member('a'), member('b'), member('c'), member('d', '2026-02-01T00:00:00Z')] }, path: 'initiative.groupChangePlan' },
    { name: 'half the group left, even with a plan', snapshot: { initiative: { groupChangePlan: 'A plan.' }, members: [member('a'), member('b', '2026-02-01T00:00:00Z')] }, path: 'members', message: 'Half or more' },
  ],
  incomplete: [{ name: 'no plan, nobody left yet', snapshot: { members: [member('a')] } }],
})
