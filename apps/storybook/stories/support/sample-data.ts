import { DEFAULT_PURPOSES, type ConsentPurpose, type ConsentReceipt, type ConsentRecord, type PublicUpdate } from '@coproduce/core'
import { evaluate, type Report } from '@coproduce/principles'

export const INITIATIVE = 'drop-in-hours'
export const MEMBER = 'm-sam'

export const PURPOSES: ConsentPurpose[] = DEFAULT_PURPOSES.map((p) => ({ ...p }))

const at = (day: number) => `2026-0${Math.min(9, 3 + Math.floor(day / 28))}-${String((day % 28) + 1).padStart(2, '0')}T10:00:00Z`

/** "You said, we did": one in each status, with quotes and credits as the server returns them after consent. */
export const UPDATES: PublicUpdate[] = [
  {
    id: 'u-1',
    initiativeId: INITIATIVE,
    youSaid: 'Mornings are hard when you have children to get to school.',
    weDid: 'We now open at 10am on weekdays, not 9am.',
    status: 'done',
    progress: 100,
    publishedAt: at(2),
    timeline: [
      { at: at(2), status: 'planned' },
      { at: at(20), status: 'done', note: 'New hours start on Monday.' },
    ],
    linkedFeedbackCount: 12,
    quotes: [{ feedbackId: 'f-1', text: 'By the time I get there after the school run, it is nearly shut.' }],
    credits: [{ memberId: 'm-ade', displayName: 'Ade' }],
  },
  {
    id: 'u-2',
    initiativeId: INITIATIVE,
    youSaid: 'The waiting room feels like a benefits office.',
    weDid: 'We are moving the drop-in to the community centre, with a play corner.',
    status: 'in-progress',
    progress: 40,
    publishedAt: at(10),
    timeline: [{ at: at(10), status: 'in-progress' }],
    linkedFeedbackCount: 5,
    quotes: [{ feedbackId: 'f-7', text: 'I want to sit somewhere that does not feel like I am in trouble.', by: 'Jo', yours: true }],
    credits: [],
    yours: true,
  },
  {
    id: 'u-3',
    initiativeId: INITIATIVE,
    youSaid: 'Could you open on Sundays?',
    weDid: 'We looked at Sunday opening with the staff team.',
    status: 'not-possible',
    reason: 'the building is closed on Sundays and we cannot get a key. We will ask again in the spring.',
    publishedAt: at(14),
    timeline: [{ at: at(14), status: 'not-possible' }],
    linkedFeedbackCount: 1,
    quotes: [],
    credits: [],
  },
  {
    id: 'u-4',
    initiativeId: INITIATIVE,
    youSaid: 'Text people the day before a session.',
    weDid: 'We will send a text reminder the day before each session.',
    status: 'planned',
    publishedAt: at(30),
    timeline: [{ at: at(30), status: 'planned' }],
    linkedFeedbackCount: 3,
    quotes: [],
    credits: [],
  },
]

const record = (purposeId: string, status: ConsentRecord['status'], day: number): ConsentRecord => ({
  id: `c-${purposeId}-${day}`,
  subject: MEMBER,
  purposeId,
  purposeVersion: 1,
  status,
  noticeText: PURPOSES.find((p) => p.id === purposeId)?.title ?? purposeId,
  method: 'widget',
  recordedBy: MEMBER,
  at: at(day),
})

const HISTORY: ConsentRecord[] = [
  record('store-contribution', 'given', 1),
  record('quote-anonymously', 'given', 1),
  record('credit-by-name', 'refused', 1),
  record('quote-anonymously', 'withdrawn', 9),
]

const current = (history: ConsentRecord[]) =>
  PURPOSES.map((p) => {
    const latest = history.filter((r) => r.purposeId === p.id).at(-1)
    return latest ? { purposeId: p.id, status: latest.status, record: latest } : { purposeId: p.id, status: 'none' as const }
  })

/** A member who has decided some purposes and not others. */
export const CONSENTS = { purposes: PURPOSES, current: current(HISTORY), history: HISTORY }

/** A member who has not been asked anything yet: every purpose is `none`, nothing pre-ticked. */
export const NO_CONSENTS = { purposes: PURPOSES, current: current([]), history: [] as ConsentRecord[] }

export const RECEIPT: ConsentReceipt = {
  subject: MEMBER,
  issuedAt: at(12),
  current: CONSENTS.current.map((c) => ({ ...c, title: PURPOSES.find((p) => p.id === c.purposeId)?.title ?? c.purposeId })),
  history: HISTORY,
  text: HISTORY.map((r) => `${r.at.slice(0, 10)}: ${r.purposeId}: ${r.status}`).join('\n'),
}

/** A plan that does many things well and some not yet, run through the real principles engine. */
export const REPORT: Report = evaluate(
  {
    initiative: {
      id: INITIATIVE,
      title: 'Drop-in hours',
      purpose: 'Decide together when the drop-in should be open.',
      label: 'co-production',
      problemFraming: 'open',
      scope: { negotiable: ['Opening hours', 'Where we meet'], nonNegotiable: ['The budget for staff'] },
      timeline: { start: '2026-03-01', end: '2026-12-01', deadlineFixed: false },
      aims: { text: 'Opening hours that work for the people who use the drop-in.', agreedWith: ['m-sam', 'm-ade'], agreedAt: '2026-03-15' },
      powerReflection: { completedAt: '2026-02-20', notes: 'We control who gets a place. We will say so.' },
      paymentPolicy: { method: 'voucher', hourlyRate: 12, currency: 'GBP' },
      communication: { updateEveryDays: 30 },
    },
    members: [
      { id: 'm-sam', roles: ['lived-experience'] },
      { id: 'm-ade', roles: ['lived-experience'] },
      { id: 'm-kim', roles: ['practitioner'] },
    ],
    sessions: [
      {
        id: 's-1',
        startsAt: '2026-03-10T10:00:00Z',
        durationMinutes: 120,
        format: 'in-person',
        venue: { name: 'Service office', kind: 'service-premises', access: [] },
      },
    ],
  },
  { now: '2026-06-01T12:00:00Z' },
)

/** A plan with only a title and purpose: nearly every finding is "not enough to judge yet". */
export const EARLY_REPORT: Report = evaluate(
  { initiative: { id: INITIATIVE, title: 'Drop-in hours', purpose: 'Decide together when the drop-in should be open.' } },
  { now: '2026-06-01T12:00:00Z' },
)
