import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '../../engine/evaluate.js'
import { buildIndex, type SnapshotIndex } from '../../engine/snapshot-index.js'
import { isHeld } from '../../facts/evidence.js'
import { plan } from '../example.js'
import { stoppedComing } from './plan-for-group-change.js'

/** The plain reading: every held session with attendance, earliest first; each member's last two records. */
function walkForward(index: SnapshotIndex, now: Date): string[] {
  const seen = new Map<string, { n: number; came: number }>()
  for (const s of index.sessionsByTime) {
    if (!s.attendees?.length || !isHeld(s, now)) continue
    for (const a of s.attendees) {
      const m = seen.get(a.memberId)
      if (m) {
        m.n++
        m.came = ((m.came << 1) | (a.attended ? 1 : 0)) & 3
      } else seen.set(a.memberId, { n: 1, came: a.attended ? 1 : 0 })
    }
  }
  const out: string[] = []
  for (const [id, m] of seen) if (m.n >= 2 && m.came === 0 && !index.leftMemberIds.has(id) && index.membersById.has(id)) out.push(id)
  return out
}

const ids = ['a', 'b', 'c', 'd', 'e', 'f']
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}T12:00:00Z`)
const session = fc.record({
  startsAt: day,
  held: fc.boolean(),
  attendees: fc
    .uniqueArray(fc.constantFrom(...ids), { maxLength: ids.length })
    .chain((who) => fc.tuple(...who.map((memberId) => fc.boolean().map((attended) => ({ memberId, attended }))))),
})

describe('stoppedComing', () => {
  it('finds the same people, in the same order, as walking every session from the first', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.array(session, { maxLength: 10 }), day, (left, sessions, asOf) => {
        const snapshot = parseSnapshot(
          plan({
            asOf,
            members: ids.map((id) => ({
              id,
              roles: ['lived-experience'],
              ...(left.includes(id) ? { leftAt: '2026-02-01T00:00:00Z' } : {}),
            })),
            sessions: sessions.map((s, n) => ({
              id: `s${n}`,
              startsAt: s.startsAt,
              ...(s.held ? { heldAt: s.startsAt } : {}),
              attendees: s.attendees,
            })),
          }),
        )
        const index = buildIndex(snapshot)
        const now = new Date(asOf)
        expect(stoppedComing({ index, now })).toEqual(walkForward(index, now))
      }),
      { numRuns: 300 },
    )
  })
})
