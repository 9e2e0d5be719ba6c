import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const PATH = 'initiative.groupChangePlan'

export const planForGroupChange = defineRule({
  meta: {
    id: 'plan-for-group-change',
    principles: ['collaboration-mutuality', 'safety'],
    stage: 'foundations',
    severity: 'warning',
    source: 'Foundations: Building the co-producing community',
    quote:
      'Be prepared for the group to change. Accept that the right group is the group of people that is there. If no-one turns up, are you doing the right thing?',
    docs: docsFor('plan-for-group-change'),
    description:
      'Checks that there is a plan for people joining and leaving, and warns when half or more of the group has left.',
    guidance:
      'Write down what you will do when people leave or their lives change: how new people can join, how you keep in touch with people who step back, and how work carries on. If many people have left, ask those who stayed (and those who left, if they want to talk) what would help, before carrying on.',
    path: PATH,
    examples: {
      pass: plan({ initiative: { groupChangePlan: 'People can step back and come back at any time. New members join at the start of each month with a buddy.' } }),
      fail: plan({
        members: [
          { id: 'm1', roles: ['lived-experience'], joinedAt: '2026-01-01T00:00:00Z', leftAt: '2026-03-01T00:00:00Z' },
          { id: 'm2', roles: ['lived-experience'], joinedAt: '2026-01-01T00:00:00Z' },
        ],
      }),
    },
  },
  check(snapshot, ctx) {
    const results: RuleResult[] = []
    const total = snapshot.members.length
    const left = ctx.index.leftMemberIds.size
    if (snapshot.initiative.groupChangePlan) results.push(pass('There is a plan for when the group changes.'))
    else if (left > 0) results.push(fail(`${left} of ${total} members have left, and there is no plan for the group changing.`))
    else results.push(incomplete('The plan does not say what happens when people leave or join.'))
    if (total >= 2 && left * 2 >= total)
      results.push(
        fail(`Half or more of the group has left (${left} of ${total}). Stop and ask why before carrying on.`, 'members'),
      )
    return results
  },
})
