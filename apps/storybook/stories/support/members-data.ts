import type { CoproduceClient, CreditOption, Member } from '@coproduce/elements'
import { INITIATIVE } from './sample-data.js'
import { STAFF_MEMBERS, staffClient } from './sessions-data.js'

/** Sample records and clients for `<cp-members>`: the people taking part and whether they agreed to be thanked by name. */
const joined = new Date(Date.UTC(2027, 0, 12, 10)).toISOString()
export const MEMBERS = [
  ...STAFF_MEMBERS.map((m, i) => (i === 0 ? { ...m, hostRef: 'CB-1042', paymentPreference: 'cash' } : m)),
  { id: 'm-pat', initiativeId: INITIATIVE, displayName: 'Pat', roles: ['peer-researcher'], joinedAt: joined, leftAt: joined },
] as unknown as Member[]
export const CREDIT: CreditOption[] = [
  { memberId: 'm-sam', displayName: 'Sam', credit: true },
  { memberId: 'm-ali', displayName: 'Ali', credit: false, why: 'refused' },
  { memberId: 'm-jo', displayName: 'Jo', credit: false, why: 'not-asked' },
]

/** A client for `<cp-members>`: answers from the samples and keeps what staff add or change for the story. */
export function membersClient(overrides: Partial<CoproduceClient> = {}, members = MEMBERS): CoproduceClient {
  let list = [...members]
  let n = 0
  return staffClient({
    listMembers: async () => list,
    getCreditOptions: async () => CREDIT,
    addMember: async (initiativeId, input) => {
      const member = { ...input, initiativeId, id: `m-new-${++n}`, joinedAt: new Date().toISOString() } as Member
      list = [...list, member]
      return member
    },
    changeMember: async (id, patch) => {
      const member = { ...list.find((m) => m.id === id)!, ...patch } as Member
      list = list.map((m) => (m.id === id ? member : m))
      return member
    },
    leaveMember: async (id) => ({ ...list.find((m) => m.id === id)!, leftAt: new Date().toISOString() }),
    ...overrides,
  })
}

/** Many people: the long-list state. */
export const membersLongClient = () =>
  membersClient(
    {},
    Array.from({ length: 80 }, (_, i) => ({
      ...MEMBERS[i % 3]!,
      id: `m-${i}`,
      displayName: `Person ${i + 1} with a longer name than most`,
    })),
  )
