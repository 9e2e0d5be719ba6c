import { defineRule, type RuleResult } from '@coproduce/principles'

const needsInterpreter = (needs: readonly string[] | undefined) => (needs ?? []).some((need) => /interpret|sign language|bsl/i.test(need))

const hasInterpreter = (access: readonly string[] | undefined) => (access ?? []).some((item) => /interpret|sign language|bsl/i.test(item))

/**
 * When someone in the group has said they need an interpreter, every session must have one booked.
 * A rule the Acme Housing CRM adds on top of the built-in ones.
 */
export const interpreterBooked = defineRule({
  meta: {
    id: 'acme/interpreter-booked',
    principles: ['cultural-historical-gender', 'empowerment-voice-choice'],
    stage: 'interactions',
    severity: 'error',
    source: 'Interactions: Co-production environments',
    quote:
      'The co-produced work needs to be conducted in a neutral space, and attention should be paid to accessibility, time, and childcare as well as how comfortable people will feel there.',
    docs: 'https://acme-housing.example/coproduce/rules/interpreter-booked',
    description: 'Every session has an interpreter booked when someone in the group needs one.',
    guidance: 'Book an interpreter for each session, and add "interpreter" to the venue\'s access list.',
    path: 'sessions',
    examples: {
      pass: {
        initiative: { id: 'i-1', title: 'Repairs', purpose: 'Make repairs faster, together.' },
        members: [{ id: 'm-1', accessNeeds: ['BSL interpreter'] }],
        sessions: [{ id: 's-1', venue: { name: 'Library', kind: 'community', access: ['step-free', 'BSL interpreter'] } }],
      },
      fail: {
        initiative: { id: 'i-1', title: 'Repairs', purpose: 'Make repairs faster, together.' },
        members: [{ id: 'm-1', accessNeeds: ['BSL interpreter'] }],
        sessions: [{ id: 's-1', venue: { name: 'Library', kind: 'community', access: ['step-free'] } }],
      },
    },
  },
  check(snapshot) {
    const needed = snapshot.members.some((member) => needsInterpreter(member.accessNeeds))
    if (!needed) return { outcome: 'inapplicable', message: 'Nobody in the group has said they need an interpreter.' }
    if (snapshot.sessions.length === 0)
      return { outcome: 'incomplete', message: 'Someone needs an interpreter, and no sessions are planned yet.' }
    return snapshot.sessions.map((session, i): RuleResult => {
      if (!session.venue) return { outcome: 'incomplete', path: `sessions[${i}].venue`, message: 'This session has no venue yet.' }
      return hasInterpreter(session.venue.access)
        ? { outcome: 'pass', path: `sessions[${i}].venue.access`, message: 'An interpreter is booked.' }
        : {
            outcome: 'fail',
            path: `sessions[${i}].venue.access`,
            message: 'Someone needs an interpreter, and none is booked for this session.',
          }
    })
  },
})
