import { RuleTester } from '../../testing/index.js'
import { timesAroundLives } from './times-around-lives.js'

const amira = {
  id: 'm1',
  displayName: 'Amira',
  roles: ['lived-experience' as const],
  cannotCome: ['school-run' as const, 'evenings' as const],
}
const dave = { id: 'm2', displayName: 'Dave', roles: ['lived-experience' as const], cannotCome: ['working-hours' as const] }

new RuleTester().run(timesAroundLives, {
  valid: [
    {
      name: 'a Tuesday morning after the school run',
      snapshot: { members: [amira], sessions: [{ id: 's1', startsAt: '2026-05-05T09:30:00Z', durationMinutes: 120 }] },
    },
    {
      name: 'false fail: Dave cannot come in working hours, but he is not expected at this session',
      snapshot: {
        members: [amira, dave],
        sessions: [{ id: 's1', startsAt: '2026-05-05T10:00:00Z', durationMinutes: 120, attendees: [{ memberId: 'm1', attended: true }] }],
      },
    },
  ],
  invalid: [
    {
      name: 'false pass: a session running into the school pick-up',
      snapshot: { members: [amira], sessions: [{ id: 's1', title: 'Photo walk', startsAt: '2026-05-05T13:30:00Z', durationMinutes: 120 }] },
      message: 'Amira (the school run)',
    },
    {
      name: 'a weekday daytime session for someone who works',
      snapshot: { members: [dave], sessions: [{ id: 's1', startsAt: '2026-05-05T11:00:00Z', durationMinutes: 60 }] },
      message: 'working hours',
    },
  ],
  incomplete: [
    {
      name: 'nobody has said when they cannot come',
      snapshot: { members: [{ id: 'm1', roles: ['lived-experience'] }], sessions: [{ id: 's1', startsAt: '2026-05-05T10:00:00Z' }] },
    },
  ],
  inapplicable: [{ name: 'no session times yet', snapshot: { members: [amira] } }],
})
