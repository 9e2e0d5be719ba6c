import { describe, expect, it } from 'vitest'
import { RuleTester, runRule } from '../../testing/index.js'
import { plan } from '../example.js'
import { neutralVenue } from './neutral-venue.js'

new RuleTester().run(neutralVenue, {
  valid: [
    {
      name: 'community centre and a cafe',
      snapshot: {
        sessions: [
          { id: 'a', venue: { name: 'Centre', kind: 'community' } },
          { id: 'b', venue: { name: 'Cafe', kind: 'neutral' } },
        ],
      },
    },
    { name: 'online without a venue', snapshot: { sessions: [{ id: 'a', format: 'online' }] } },
    {
      name: 'false fail: a community centre with "hall" in its name',
      snapshot: { sessions: [{ id: 'a', venue: { name: 'Holbeck Community Hall', kind: 'community' } }] },
    },
  ],
  invalid: [
    {
      name: 'a board room',
      snapshot: { sessions: [{ id: 'a', venue: { name: 'Board room', kind: 'professional' } }] },
      message: 'professional space',
    },
    {
      name: 'the service building, second session',
      snapshot: {
        sessions: [
          { id: 'a', venue: { name: 'Hall', kind: 'community' } },
          { id: 'b', venue: { name: 'Clinic', kind: 'service-premises' } },
        ],
      },
      message: "service's own building",
    },
    {
      name: 'false pass: a board room labelled "community"',
      snapshot: { sessions: [{ id: 'a', title: 'Sign-off', venue: { name: 'Civic Hall board room', kind: 'community' } }] },
      message: 'its name says',
    },
  ],
  incomplete: [
    { name: 'no sessions', snapshot: {} },
    { name: 'an in-person session with no place', snapshot: { sessions: [{ id: 'a', format: 'in-person' }] } },
    {
      name: 'staff call their own choice neutral',
      snapshot: { sessions: [{ id: 'a', venue: { name: 'Hotel lounge', kind: 'neutral', chosenBy: 'staff' } }] },
    },
  ],
})

describe('neutral-venue', () => {
  it('says one line per place, naming the sessions, not one per session', () => {
    const sessions = Array.from({ length: 6 }, (_, i) => ({
      id: `s${i}`,
      title: `Meeting ${i + 1}`,
      venue: { name: 'Holbeck Community Centre', kind: 'community' as const },
    }))
    const findings = runRule(neutralVenue, plan({ sessions }))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toBe('"Holbeck Community Centre" is a community place (6 sessions).')
    expect(findings[0]?.places).toEqual(sessions.map((s) => `"${s.title}"`))
  })
})
