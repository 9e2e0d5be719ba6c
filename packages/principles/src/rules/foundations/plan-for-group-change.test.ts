import { RuleTester } from '../../testing/index.js'
import { planForGroupChange } from './plan-for-group-change.js'

const member = (id: string, extra: { leftAt?: string; joinedAt?: string } = {}) => ({
  id,
  displayName: id.toUpperCase(),
  roles: ['lived-experience' as const],
  ...extra,
})
const good = 'New people join with a buddy. People can step back and come back at any time.'
const held = (id: string, day: number, came: Record<string, boolean>) => ({
  id,
  startsAt: `2026-03-0${day}T12:00:00Z`,
  heldAt: `2026-03-0${day}T12:00:00Z`,
  attendees: Object.entries(came).map(([memberId, attended]) => ({ memberId, attended })),
})

new RuleTester().run(planForGroupChange, {
  valid: [
    {
      name: 'a plan for joining and leaving, and a steady group',
      snapshot: {
        initiative: { groupChangePlan: good },
        members: [member('a'), member('b'), member('c', { leftAt: '2026-02-01T00:00:00Z' })],
      },
      basis: 'statement',
    },
    {
      name: 'the group changed on record and new people joined, as planned',
      snapshot: {
        initiative: { groupChangePlan: good, timeline: { start: '2026-01-01' } },
        members: [
          member('a'),
          member('b'),
          member('c', { leftAt: '2026-02-01T00:00:00Z' }),
          member('d', { joinedAt: '2026-02-10T00:00:00Z' }),
        ],
      },
      basis: 'record',
      message: '1 person joined later',
    },
  ],
  invalid: [
    {
      name: 'people left, no plan',
      snapshot: { members: [member('a'), member('b'), member('c'), member('d', { leftAt: '2026-02-01T00:00:00Z' })] },
      path: 'initiative.groupChangePlan',
      basis: 'record',
    },
    {
      name: 'half the group left, even with a plan',
      snapshot: { initiative: { groupChangePlan: good }, members: [member('a'), member('b', { leftAt: '2026-02-01T00:00:00Z' })] },
      path: 'members',
      message: 'Half or more',
    },
    {
      name: 'false pass: nobody is marked as left, but the attendance shows half the group stopped coming',
      snapshot: {
        initiative: { groupChangePlan: good },
        members: [member('a'), member('b'), member('c'), member('d')],
        sessions: [
          held('s1', 1, { a: true, b: true, c: true, d: true }),
          held('s2', 2, { a: true, b: true, c: false, d: false }),
          held('s3', 3, { a: true, b: true, c: false, d: false }),
        ],
      },
      path: 'members',
      basis: 'record',
      message: 'counting 2 people who stopped coming',
    },
  ],
  incomplete: [
    { name: 'no plan, nobody left yet', snapshot: { members: [member('a')] }, basis: 'none' },
    {
      name: 'false pass: a plan of two words says nothing about joining or leaving',
      snapshot: { initiative: { groupChangePlan: 'A plan.' }, members: [member('a')] },
      message: 'how new people join, or what happens when people leave',
    },
    {
      name: 'a plan that only says how people join',
      snapshot: { initiative: { groupChangePlan: 'New people join with a buddy.' } },
      message: 'leave or step back',
    },
  ],
})
