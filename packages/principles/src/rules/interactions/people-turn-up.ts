import { counted } from '../../messages/common.js'
import { hasAttendance, isHeld, livedExperienceWhoCame, sessionName } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, inapplicable, incomplete, pass } from '../result.js'

export const peopleTurnUp = defineRule({
  meta: {
    id: 'people-turn-up',
    principles: ['collaboration-mutuality', 'trust-transparency'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Foundations: Building the co-producing community',
    quote: 'Accept that the right group is the group of people that is there. If no-one turns up, are you doing the right thing?',
    docs: docsFor('people-turn-up'),
    description:
      'Reads the attendance recorded after each session: checks that people with lived experience came to the sessions held, and asks the question the briefing asks when no one does.',
    guidance:
      'Record who came after each session. If people with lived experience stop coming, ask them why, in the way they prefer to be contacted. Change the time, the place or the way you meet, or ask whether this is the right work at all.',
    path: 'sessions',
    messages: {
      'none-held': 'No session has happened yet.',
      'not-recorded': '{sessions} happened, and no attendance is recorded.',
      nobody: 'No one with lived experience came to any session on record. If no one turns up, are you doing the right thing?',
      'some-empty': 'No one with lived experience came to {sessions} of {all}.',
      came: 'People with lived experience came to every one of the {sessions} on record.',
    },
    examples: {
      pass: plan({
        members: [{ id: 'm1', roles: ['lived-experience'] }],
        sessions: [{ id: 's1', title: 'Story circle', heldAt: '2026-03-01T12:00:00Z', attendees: [{ memberId: 'm1', attended: true }] }],
      }),
      fail: plan({
        members: [{ id: 'm1', roles: ['lived-experience'] }],
        sessions: [{ id: 's1', title: 'Story circle', heldAt: '2026-03-01T12:00:00Z', attendees: [{ memberId: 'm1', attended: false }] }],
      }),
    },
  },
  check(snapshot, ctx) {
    const held = snapshot.sessions.map((s, i) => ({ s, i })).filter(({ s }) => isHeld(s, ctx.now))
    if (!held.length) return inapplicable('none-held')
    const recorded = held.filter(({ s }) => hasAttendance(s))
    if (!recorded.length) return incomplete('not-recorded', { sessions: counted('session', held.length) })
    const empty = recorded.filter(({ s }) => livedExperienceWhoCame(s, ctx.index).length === 0)
    if (empty.length)
      return {
        outcome: 'fail',
        basis: 'record',
        ...(empty.length === recorded.length
          ? { messageId: 'nobody' }
          : { messageId: 'some-empty', data: { sessions: counted('session', empty.length), all: recorded.length } }),
        places: empty.map(({ s, i }) => sessionName(s, i)),
      }
    const result = pass('came', { sessions: counted('session', recorded.length) })
    return { ...result, basis: 'record' }
  },
})
