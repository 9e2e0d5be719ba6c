import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { missingAccess, timeClashes } from './session-checks.js'

describe('timeClashes: times that keep people away', () => {
  it('names the school run, working hours and the weekend', () => {
    expect(timeClashes('2027-03-02', '08:00', 45)).toEqual(['school-run'])
    expect(timeClashes('2027-03-02', '15:00', 60)).toEqual(['school-run', 'work-hours'])
    expect(timeClashes('2027-03-02', '11:00', 60)).toEqual(['work-hours'])
    expect(timeClashes('2027-03-02', '18:30', 90)).toEqual([])
    expect(timeClashes('2027-03-06', '11:00', 60)).toEqual(['weekend'])
  })

  it('says nothing about a time it cannot read', () => {
    expect(timeClashes('', '08:30', 60)).toEqual([])
    expect(timeClashes('2027-03-02', '8.30', 60)).toEqual([])
    expect(timeClashes('2027-03-02', '08:30', -1)).toEqual([])
  })

  it('a weekday evening from 17:00 to midnight never clashes, if it ends before the next morning', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 17 * 60, max: 23 * 60 + 59 }),
        fc.integer({ min: 1, max: 7 * 60 }),
        fc.integer({ min: 1, max: 5 }),
        (start, minutes, day) => {
          const time = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`
          expect(timeClashes(`2027-03-0${day}`, time, minutes)).toEqual([])
        },
      ),
    )
  })
})

describe('missingAccess: stated needs the place does not meet', () => {
  const members = [
    { displayName: 'Kim', accessNeeds: ['Hearing loop', 'step-free'] },
    { displayName: 'Jo', accessNeeds: ['step-free'] },
    { displayName: 'Left', accessNeeds: ['quiet-room'], leftAt: '2026-01-01T00:00:00Z' },
  ]

  it('lists each missing need once, with who needs it, ignoring case and spaces, and not for people who left', () => {
    expect(missingAccess(members, [])).toEqual([
      { need: 'Hearing loop', who: ['Kim'] },
      { need: 'step-free', who: ['Kim', 'Jo'] },
    ])
    expect(missingAccess(members, ['hearing-loop'])).toEqual([{ need: 'step-free', who: ['Kim', 'Jo'] }])
  })

  it('a place with every stated need meets them all', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 5 }), { maxLength: 8 }), (needs) => {
        const group = needs.map((accessNeeds, i) => ({ displayName: `P${i}`, accessNeeds }))
        expect(missingAccess(group, needs.flat())).toEqual([])
      }),
    )
  })
})
