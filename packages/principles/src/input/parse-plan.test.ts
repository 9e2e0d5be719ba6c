import { isCoproduceError, type FieldIssue } from '@coproduce/core'
import { describe, expect, it } from 'vitest'
import { parsePlan } from './parse-plan.js'

const initiative = { id: 'drop-in', title: 'Drop-in hours', purpose: 'Make the drop-in better together' }

function issuesOf(input: unknown): FieldIssue[] {
  try {
    parsePlan(input)
  } catch (error) {
    if (isCoproduceError(error) && error.code === 'validation') return error.issues
    throw error
  }
  throw new Error('the plan was accepted')
}
const at = (input: unknown, path: (string | number)[]) => issuesOf(input).find((i) => i.path.join('.') === path.join('.'))?.message

describe('parsePlan: unknown keys', () => {
  it.each([
    [{ initiative: { ...initiative, lable: 'co-production' } }, ['initiative', 'lable'], 'label'],
    [
      { initiative: { ...initiative, timeline: { start: '2026-01-01', deadlinefixed: true } } },
      ['initiative', 'timeline', 'deadlinefixed'],
      'deadlineFixed',
    ],
    [
      { initiative: { ...initiative, stages: [{ name: 'engagement', relationshipBuilding: true, strat: '2026-01-01' }] } },
      ['initiative', 'stages', 0, 'strat'],
      'start',
    ],
    [
      { initiative: { ...initiative, agreements: [{ text: 'We listen', decidedTogehter: true }] } },
      ['initiative', 'agreements', 0, 'decidedTogehter'],
      'decidedTogether',
    ],
    [{ initiative, members: [{ id: 'amina', role: ['lived-experience'] }] }, ['members', 0, 'role'], 'roles'],
    [{ initiative, sessions: [{ id: 's1', venue: { name: 'Hall', kidn: 'community' } }] }, ['sessions', 0, 'venue', 'kidn'], 'kind'],
    [{ initiative, payments: [{ id: 'p1', ammount: 20 }] }, ['payments', 0, 'ammount'], 'amount'],
    [{ initiative, sesions: [] }, ['sesions'], 'sessions'],
  ])('rejects a misspelt key and suggests the right one (%#)', (input, path, suggestion) => {
    expect(at(input, path)).toBe(`\`${String(path.at(-1))}\` is not a field here. Did you mean \`${suggestion}\`?`)
  })

  it('lists the fields it takes when no key is close', () => {
    expect(at({ initiative: { ...initiative, colourScheme: 'blue' } }, ['initiative', 'colourScheme'])).toMatch(
      /^`colourScheme` is not a field here\. The fields you can use here are `id`, `organisationId`, `title`, `purpose`/,
    )
  })
})

describe('parsePlan: plain messages with an example', () => {
  it('says an empty plan is empty', () => {
    for (const empty of [undefined, null, {}, ''])
      expect(issuesOf(empty)).toEqual([
        { path: [], message: expect.stringMatching(/^The plan is empty\. .*For example|for example `initiative:/) },
      ])
  })

  it('says a plan that is a list or a word is not a plan', () => {
    expect(issuesOf([1, 2])[0]?.message).toMatch(/^A plan is a set of named parts .*, not a list\. Start it with `initiative:`/)
    expect(issuesOf('hello')[0]?.message).toMatch(/not a single string/)
  })

  it('names what is missing with an example value', () => {
    expect(at({ initiative: { id: 'x', purpose: 'Why' } }, ['initiative', 'title'])).toBe(
      'This is missing. Add it: for example `title: Drop-in hours`.',
    )
  })

  it('lists the choices, and suggests the nearest', () => {
    expect(at({ initiative: { ...initiative, label: 'co-producton' } }, ['initiative', 'label'])).toBe(
      'Choose one of `informing`, `consultation`, `engagement`, `co-design`, `co-production`. Did you mean `co-production`? For example `label: informing`.',
    )
  })

  it('explains dates the same way everywhere, and takes a date without a time everywhere', () => {
    expect(at({ initiative: { ...initiative, timeline: { start: '1st May' } } }, ['initiative', 'timeline', 'start'])).toBe(
      'Give a date written as year-month-day, like `2026-05-03`, or a date and time, like `2026-05-03T10:00:00Z`. This is the words "1st May".',
    )
    expect(at({ initiative, members: [{ id: 'a', joinedAt: 'May' }] }, ['members', 0, 'joinedAt'])).toMatch(
      /^Give a date written as year-month-day/,
    )
    const plan = parsePlan({
      initiative,
      members: [{ id: 'a', joinedAt: '2026-05-03' }],
      sessions: [{ id: 's', startsAt: '2026-05-04' }],
      payments: [{ id: 'p', paidAt: '2026-05-05' }],
    })
    expect(plan.members[0]?.joinedAt).toBe('2026-05-03')
  })

  it('says what kind of value a field takes', () => {
    expect(at({ initiative: { ...initiative, timeline: { deadlineFixed: 'yes' } } }, ['initiative', 'timeline', 'deadlineFixed'])).toBe(
      'This should be true or false, not the words "yes". For example `deadlineFixed: true`.',
    )
    expect(at({ initiative, sessions: [{ id: 's', durationMinutes: 'ninety' }] }, ['sessions', 0, 'durationMinutes'])).toBe(
      'This should be a number, not the words "ninety". For example `durationMinutes: 90`.',
    )
    expect(at({ initiative, sessions: null }, ['sessions'])).toMatch(
      /^This should be a list, not empty \(null\)\. For example `sessions: \[\{ id: /,
    )
  })

  it('never uses the schema library’s own words', () => {
    const messy = {
      initiative: {
        id: '',
        title: 5,
        purpose: null,
        problemFraming: 'x',
        scope: [],
        timeline: { start: 7 },
        communication: { updateEveryDays: -1 },
      },
      members: [{ id: 'a', roles: ['boss'], contact: { email: 'no' } }],
      sessions: [{ id: 's', format: 'zoom', venue: 'hall' }],
      payments: 'none',
    }
    const issues = issuesOf(messy)
    expect(issues.length).toBeGreaterThan(8)
    for (const i of issues) {
      expect(i.message).not.toMatch(/Invalid input|expected .* received|Invalid option|Too small|Too big/i)
      expect(i.message).toMatch(/for example|Give |Choose|missing|is not a field/i)
    }
  })
})

describe('parsePlan: facts that do not fit together', () => {
  it('catches a timeline that ends before it starts', () => {
    expect(
      at({ initiative: { ...initiative, timeline: { start: '2026-06-01', end: '2026-05-01' } } }, ['initiative', 'timeline', 'end']),
    ).toMatch(/^The timeline ends \(2026-05-01\) before it starts \(2026-06-01\)\./)
  })

  it('catches a payment for a session or a member not in the plan', () => {
    const plan = {
      initiative,
      members: [{ id: 'amina' }],
      sessions: [{ id: 'first-meeting' }],
      payments: [
        { id: 'p1', sessionId: 'second-meeting', memberId: 'amina' },
        { id: 'p2', sessionId: 'first-meeting', memberId: 'bob' },
      ],
    }
    expect(issuesOf(plan).map((i) => i.path.join('.'))).toEqual(['payments.0.sessionId', 'payments.1.memberId'])
    expect(at(plan, ['payments', 0, 'sessionId'])).toMatch(
      /`second-meeting`, which is not in the plan's sessions\. .*`sessionId: first-meeting`/,
    )
  })

  it('catches two records with one id, and a member who left before joining', () => {
    const plan = { initiative, members: [{ id: 'a', joinedAt: '2026-05-01', leftAt: '2026-04-01' }, { id: 'a' }] }
    expect(issuesOf(plan).map((i) => i.path.join('.'))).toEqual(['members.0.leftAt', 'members.1.id'])
  })

  it('accepts a plan whose facts fit', () => {
    const plan = parsePlan({
      initiative: { ...initiative, timeline: { start: '2026-05-01', end: '2026-09-01' } },
      sessions: [{ id: 's' }],
      payments: [{ id: 'p', sessionId: 's' }],
    })
    expect(plan.payments).toHaveLength(1)
  })
})
