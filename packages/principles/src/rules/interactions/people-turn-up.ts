import { count, hasAttendance, isHeld, livedExperienceWhoCame, sessionName } from '../../facts/evidence.js'
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
    if (!held.length) return inapplicable('No session has happened yet.')
    const recorded = held.filter(({ s }) => hasAttendance(s))
    if (!recorded.length) return incomplete(`${count(held.length, 'session')} happened, and no attendance is recorded.`)
    const empty = recorded.filter(({ s }) => livedExperienceWhoCame(s, ctx.index).length === 0)
    if (empty.length)
      return {
        outcome: 'fail',
        basis: 'record',
        message:
          empty.length === recorded.length
            ? 'No one with lived experience came to any session on record. If no one turns up, are you doing the right thing?'
            : `No one with lived experience came to ${count(empty.length, 'session')} of ${recorded.length}.`,
        places: empty.map(({ s, i }) => sessionName(s, i)),
      }
    const result = pass(`People with lived experience came to every one of the ${count(recorded.length, 'session')} on record.`)
    return { ...result, basis: 'record' }
  },
})
