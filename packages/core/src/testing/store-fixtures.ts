import type { ConsentRecord } from '../schemas/consent.js'
import type { Decision } from '../schemas/decision.js'
import type { DomainEvent } from '../schemas/events.js'
import type { Feedback } from '../schemas/feedback.js'
import type { Initiative } from '../schemas/initiative.js'
import type { Member } from '../schemas/member.js'
import { DEFAULT_ORGANISATION_ID, type Organisation } from '../schemas/organisation.js'
import type { Payment } from '../schemas/payment.js'
import type { Session } from '../schemas/session.js'
import type { Update } from '../schemas/update.js'

/** A moment `minutes` after the start of 2026, as the service writes it (`toISOString`). */
export const minute = (minutes: number): string => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString()

/** Records with every field filled in, so a round trip proves nothing is dropped. */
export const fixtures = {
  organisation: (id: string, overrides: Partial<Organisation> = {}): Organisation => ({ id, name: `Organisation ${id}`, ...overrides }),
  initiative: (id: string, overrides: Partial<Initiative> = {}): Initiative => ({
    id,
    organisationId: DEFAULT_ORGANISATION_ID,
    title: 'Making the drop-in feel welcoming',
    purpose: 'Find out together what would make the drop-in a place people want to come back to.',
    problemFraming: 'open',
    scope: { negotiable: ['opening times', 'what the room looks like'], nonNegotiable: ['the building we use'] },
    stages: [{ name: 'engagement', description: 'Get to know each other.', start: '2026-01-01', buildsRelationships: true }],
    timeline: { start: '2026-01-01', end: '2026-12-31', deadlineFixed: false },
    outcomes: { fixedInAdvance: false },
    aims: { text: 'A drop-in people trust.', agreedWith: ['the group'], agreedAt: '2026-02-01' },
    agreements: [{ text: 'We listen before we fix.', decidedTogether: true }],
    powerReflection: { completedAt: '2026-01-10', notes: 'We hold the keys to the building.' },
    paymentPolicy: { method: 'cash', hourlyRate: 13.45, currency: 'GBP', benefitsAdviceOffered: true, expenses: ['travel'] },
    methods: ['walk and talk'],
    riskDecisions: [{ topic: 'lone working', decision: 'Meet in pairs.', decidedTogether: true }],
    groupChangePlan: 'New people can join at any meeting.',
    leadership: { livedExperienceLed: true, existingGroupsConsidered: true },
    communication: { updateEveryDays: 14, channels: ['text'] },
    consentPractice: { granular: true, preTicked: false, withdrawable: true, noticeTextRecorded: true },
    label: 'co-production',
    allowAnonymousFeedback: true,
    createdAt: minute(0),
    updatedAt: minute(1),
    ...overrides,
  }),
  member: (id: string, initiativeId: string, overrides: Partial<Member> = {}): Member => ({
    id,
    initiativeId,
    displayName: 'Sam Example',
    roles: ['lived-experience'],
    accessNeeds: ['step-free'],
    contactPreferences: ['text'],
    paymentPreference: 'cash',
    contact: { email: 'sam@example.org', phone: '07700 900123' },
    hostRef: `host-${id}`,
    notes: 'Likes morning meetings.',
    joinedAt: minute(10),
    ...overrides,
  }),
  session: (id: string, initiativeId: string, overrides: Partial<Session> = {}): Session => ({
    id,
    initiativeId,
    title: 'First meeting',
    startsAt: minute(100),
    durationMinutes: 90,
    format: 'in-person',
    venue: { name: 'Community café', kind: 'community', access: ['step-free'] },
    childcare: true,
    travelSupport: true,
    methods: ['story circle'],
    facilitator: { name: 'Jo', external: true },
    conversation: 'two-way',
    attendees: [{ memberId: 'a-member', attended: true }],
    notes: 'Bring cake.',
    ...overrides,
  }),
  feedback: (id: string, initiativeId: string, overrides: Partial<Feedback> = {}): Feedback => ({
    id,
    initiativeId,
    kind: 'story',
    rating: 'good',
    text: 'The kettle was always cold.',
    attachments: [{ kind: 'drawing', ref: 'files/drawing-1.png', description: 'A kettle with a frown' }],
    anonymous: false,
    memberId: 'a-member',
    context: 'session-1',
    createdAt: minute(200),
    idempotencyKey: `key-${id}`,
    ...overrides,
  }),
  update: (id: string, initiativeId: string, overrides: Partial<Update> = {}): Update => ({
    id,
    initiativeId,
    youSaid: 'The kettle was always cold.',
    weDid: 'We bought a new kettle.',
    status: 'done',
    progress: 100,
    linkedFeedback: ['f-1'],
    credits: ['m-1'],
    publishedAt: minute(300),
    timeline: [{ at: minute(300), status: 'done', note: 'Bought on Tuesday.' }],
    ...overrides,
  }),
  payment: (id: string, initiativeId: string, memberId: string, overrides: Partial<Payment> = {}): Payment => ({
    id,
    initiativeId,
    memberId,
    sessionId: 's-1',
    hours: 2,
    amount: 26.9,
    currency: 'GBP',
    method: 'voucher',
    voucherReason: 'Cash would affect their benefits.',
    paidAt: minute(400),
    ...overrides,
  }),
  decision: (id: string, initiativeId: string, overrides: Partial<Decision> = {}): Decision => ({
    id,
    initiativeId,
    kind: 'aims',
    question: 'What should the drop-in be for?',
    status: 'decided',
    options: [
      { id: 'o-1', text: 'A place to be heard.', proposedBy: 'm-1', at: minute(500), idempotencyKey: 'key-o-1' },
      { id: 'o-2', text: 'A place to get help fast.', at: minute(501) },
    ],
    views: [
      { memberId: 'm-1', optionId: 'o-1', text: 'People need to be listened to first.', at: minute(502), idempotencyKey: 'key-v-1' },
      { memberId: 'm-2', optionId: 'o-1', at: minute(503) },
    ],
    outcome: { text: 'A place to be heard.', optionId: 'o-1', decidedAt: minute(510), decidedBy: ['m-1', 'm-2'], method: 'consensus' },
    openedBy: 'staff-1',
    openedAt: minute(499),
    anonymousViews: false,
    showViews: true,
    ...overrides,
  }),
  consent: (id: string, subject: string, overrides: Partial<ConsentRecord> = {}): ConsentRecord => ({
    id,
    subject,
    purposeId: 'quote-with-name',
    purposeVersion: 1,
    status: 'given',
    noticeText: 'Can we share your words with your name?',
    method: 'widget',
    recordedBy: subject,
    at: minute(500),
    expiresAt: minute(100_000),
    ...overrides,
  }),
  /** One event of every type. */
  events: (prefix: string, initiativeId: string, organisationId: string = DEFAULT_ORGANISATION_ID): DomainEvent[] => {
    const base = (n: number) => ({ id: `${prefix}-event-${n}`, at: minute(600 + n), organisationId, initiativeId })
    const consent = { recordId: `${prefix}-c`, subject: `${prefix}-m`, purposeId: 'quote-with-name' }
    return [
      { ...base(1), type: 'initiative.created', data: { initiativeId } },
      { ...base(2), type: 'member.joined', data: { memberId: `${prefix}-m` } },
      { ...base(3), type: 'session.held', data: { sessionId: `${prefix}-s` } },
      {
        ...base(4),
        type: 'feedback.submitted',
        data: { feedbackId: `${prefix}-f`, kind: 'story', anonymous: false, memberId: `${prefix}-m` },
      },
      { ...base(5), type: 'feedback.submitted', data: { feedbackId: `${prefix}-g`, kind: 'rating', anonymous: true } },
      { ...base(6), type: 'consent.given', data: consent },
      { ...base(7), type: 'consent.refused', data: consent },
      { ...base(8), type: 'consent.withdrawn', data: consent },
      { ...base(9), type: 'update.published', data: { updateId: `${prefix}-u` } },
      { ...base(10), type: 'payment.recorded', data: { paymentId: `${prefix}-p`, memberId: `${prefix}-m` } },
      { ...base(11), type: 'member.left', data: { memberId: `${prefix}-m` } },
      { ...base(12), type: 'member.erased', data: { memberId: `${prefix}-m` } },
    ]
  },
}
