import type { CoproduceClient, Decision, PublicDecision } from '@coproduce/elements'
import { INITIATIVE } from './sample-data.js'
import { STAFF_INITIATIVE, STAFF_MEMBERS, staffClient } from './sessions-data.js'

/** Sample records and a client for `<cp-decisions>`: the group's decisions as staff see them, with member ids. */
const day = (d: number) => new Date(Date.UTC(2027, 1, d, 10)).toISOString()
export const DECISIONS = [
  {
    id: 'd-aims',
    initiativeId: INITIATIVE,
    kind: 'aims',
    question: 'What should the drop-in be for?',
    status: 'decided',
    openedAt: day(1),
    options: [
      { id: 'o-1', text: 'A place to be heard', proposedBy: 'm-sam' },
      { id: 'o-2', text: 'Help with forms' },
    ],
    views: [
      { memberId: 'm-sam', optionId: 'o-1', text: 'Nobody listens at the office.', at: day(2) },
      { memberId: 'm-ali', optionId: 'o-1', at: day(2) },
    ],
    outcome: { text: 'A place to be heard, with help on hand.', decidedAt: day(5), decidedBy: ['m-sam', 'm-ali'], method: 'consensus' },
  },
  {
    id: 'd-open',
    initiativeId: INITIATIVE,
    kind: 'priority',
    question: 'What should we change first this winter?',
    status: 'open',
    openedAt: day(9),
    options: [{ id: 'o-3', text: 'A warm space on Sundays', proposedBy: 'm-ali' }],
    views: [{ memberId: 'm-ali', optionId: 'o-3', at: day(10) }],
  },
] as unknown as Decision[]

/** A client for `<cp-decisions>`: answers from the samples and keeps what staff write down for the story. */
export function decisionsClient(overrides: Partial<CoproduceClient> = {}, decisions = DECISIONS): CoproduceClient {
  let list = [...decisions]
  let n = 0
  const shown = (d: Decision) => ({ ...d, viewCount: d.views.length, anonymousViews: false, showViews: true }) as unknown as PublicDecision
  return staffClient({
    listDecisionRecords: async () => list,
    getInitiative: async () => ({ ...STAFF_INITIATIVE, aims: { text: 'A place to be heard', agreedWith: [], decisionId: 'd-aims' } }),
    openDecision: async (initiativeId, input) => {
      const d = {
        ...input,
        initiativeId,
        id: `d-new-${++n}`,
        status: 'open',
        openedAt: new Date().toISOString(),
        views: [],
      } as unknown as Decision
      d.options = (input.options ?? []).map((o, i) => ({ id: `o-new-${n}-${i}`, text: o.text }))
      list = [...list, d]
      return shown(d)
    },
    recordOutcome: async (id, input) => {
      const d = {
        ...list.find((x) => x.id === id)!,
        status: 'decided',
        outcome: { ...input, decidedAt: new Date().toISOString() },
      } as Decision
      list = list.map((x) => (x.id === id ? d : x))
      return shown(d)
    },
    revisitDecision: async (id) => {
      const d = { ...list.find((x) => x.id === id)!, status: 'revisited' } as Decision
      list = list.map((x) => (x.id === id ? d : x))
      return shown(d)
    },
    ...overrides,
  })
}

/** Many decisions, each with many views: the long-list state. */
export const decisionsLongClient = () =>
  decisionsClient(
    {},
    Array.from({ length: 40 }, (_, i) => ({
      ...DECISIONS[i % 2]!,
      id: `d-${i}`,
      question: `Question ${i + 1}: what would make the next session easier to get to?`,
      views: STAFF_MEMBERS.map((m) => ({ memberId: m.id, text: 'A few words about what would help me come.', at: day(3) })),
    })),
  )
