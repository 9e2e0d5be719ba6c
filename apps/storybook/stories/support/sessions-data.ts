import type { CoproduceClient, Initiative, Member, Payment, Session } from '@coproduce/elements'
import { OfflineError, ClientError } from '@coproduce/elements'
import { EARLY_REPORT, INITIATIVE } from './sample-data.js'

/** Sample records for the staff widgets `<cp-sessions>`, `<cp-payments>` and `<cp-plan-check>`. */
const day = (offset: number, hour: number) => new Date(Date.UTC(2027, 2, 2 + offset, hour)).toISOString()
export const STAFF_MEMBERS = [
  {
    id: 'm-sam',
    initiativeId: INITIATIVE,
    displayName: 'Sam',
    roles: ['lived-experience'],
    joinedAt: day(-30, 9),
    accessNeeds: ['step-free'],
  },
  {
    id: 'm-ali',
    initiativeId: INITIATIVE,
    displayName: 'Ali',
    roles: ['lived-experience'],
    joinedAt: day(-30, 9),
    accessNeeds: ['hearing-loop'],
  },
  { id: 'm-jo', initiativeId: INITIATIVE, displayName: 'Jo', roles: ['practitioner'], joinedAt: day(-30, 9) },
] as unknown as Member[]
export const STAFF_SESSIONS = [
  {
    id: 's-1',
    initiativeId: INITIATIVE,
    title: 'Getting to know each other',
    startsAt: day(-7, 18),
    durationMinutes: 120,
    format: 'in-person',
    venue: { name: 'Community centre', kind: 'community', access: ['step-free'] },
    childcare: true,
    travelSupport: true,
    attendees: [
      { memberId: 'm-sam', attended: true },
      { memberId: 'm-ali', attended: false },
    ],
  },
  {
    id: 's-2',
    initiativeId: INITIATIVE,
    title: 'What matters most',
    startsAt: day(400, 18),
    durationMinutes: 90,
    format: 'hybrid',
    venue: { name: 'Library', kind: 'neutral', access: [] },
  },
] as unknown as Session[]
export const STAFF_PAYMENTS = [
  {
    id: 'p-1',
    initiativeId: INITIATIVE,
    memberId: 'm-sam',
    sessionId: 's-1',
    hours: 2,
    amount: 26.9,
    currency: 'GBP',
    method: 'cash',
    paidAt: day(-6, 10),
  },
  {
    id: 'p-2',
    initiativeId: INITIATIVE,
    memberId: 'm-ali',
    sessionId: 's-1',
    hours: 2,
    amount: 26.9,
    currency: 'GBP',
    method: 'voucher',
    voucherReason: 'Cash would affect Ali’s benefits',
    paidAt: day(-6, 10),
  },
] as unknown as Payment[]
export const STAFF_INITIATIVE = {
  id: INITIATIVE,
  organisationId: 'org-1',
  title: 'Drop-in hours that work',
  purpose: 'Make the drop-in hours work for the people who use them.',
  problemFraming: 'open',
  createdAt: day(-60, 9),
} as unknown as Initiative

/** A client with the staff calls, answering from the samples above. */
export function staffClient(
  overrides: Partial<CoproduceClient> = {},
  data = { members: STAFF_MEMBERS, sessions: STAFF_SESSIONS, payments: STAFF_PAYMENTS },
): CoproduceClient {
  let n = 0
  return {
    listMembers: async () => data.members,
    listSessions: async () => data.sessions,
    scheduleSession: async (initiativeId, input) => ({ ...input, initiativeId, id: `s-${++n + 10}` }) as Session,
    recordAttendance: async (id, attendees) => ({ ...data.sessions.find((s) => s.id === id)!, attendees }),
    listPayments: async () => data.payments,
    recordPayment: async (initiativeId, input) =>
      ({ ...input, initiativeId, id: `p-${++n + 10}`, paidAt: new Date().toISOString() }) as Payment,
    getInitiative: async () => STAFF_INITIATIVE,
    checkDraft: async () => EARLY_REPORT,
    updateInitiative: async (_id, patch) => ({ ...STAFF_INITIATIVE, ...patch }) as Initiative,
    ...overrides,
  } as CoproduceClient
}

const wait = () => new Promise<never>(() => {})
const calls = ['listMembers', 'listSessions', 'listPayments', 'getInitiative', 'checkDraft'] as const
export const staffLoadingClient = () => staffClient(Object.fromEntries(calls.map((c) => [c, wait])))
export const staffErrorClient = () =>
  staffClient(
    Object.fromEntries(
      calls.map((c) => [
        c,
        async () => {
          throw new ClientError(503, 'unavailable', 'The service is not available right now')
        },
      ]),
    ),
  )
export const staffOfflineClient = () =>
  staffClient(
    Object.fromEntries(
      calls.map((c) => [
        c,
        async () => {
          throw new OfflineError()
        },
      ]),
    ),
  )
/** Many people and payments: the long-list state. */
export const staffLongClient = () => {
  const members = Array.from({ length: 60 }, (_, i) => ({ ...STAFF_MEMBERS[0]!, id: `m-${i}`, displayName: `Person ${i + 1}` }))
  const payments = members.map((m, i) => ({ ...STAFF_PAYMENTS[0]!, id: `p-${i}`, memberId: m.id }))
  const sessions = Array.from({ length: 30 }, (_, i) => ({ ...STAFF_SESSIONS[0]!, id: `s-${i}`, title: `Session ${i + 1}` }))
  return staffClient({}, { members, sessions, payments })
}
