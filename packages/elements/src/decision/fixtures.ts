import type { AgreementSummary, Involvement, PublicDecision } from '../shared/types.js'

/** Shapes as `@coproduce/server` returns them, for tests that give a widget its data through `.client`. */
export const exampleDecision = (over: Partial<PublicDecision> = {}): PublicDecision => ({
  id: 'd-1',
  initiativeId: 'i-1',
  kind: 'aims',
  question: 'What should this group work on first?',
  status: 'open',
  anonymousViews: false,
  showViews: true,
  options: [
    { id: 'o-1', text: 'Opening hours', proposedBy: 'Ade', count: 2 },
    { id: 'o-2', text: 'A warmer waiting room', proposedBy: 'A member', count: 1 },
    { id: 'o-3', text: 'Text reminders', yours: true, count: 0 },
  ],
  viewCount: 3,
  views: [
    { by: 'Ade', optionId: 'o-1', text: 'Mornings are hard with the school run.', at: '2026-03-02T10:00:00Z' },
    { by: 'A member', optionId: 'o-2', at: '2026-03-03T10:00:00Z' },
  ],
  ...over,
})

export const decidedDecision = (over: Partial<PublicDecision> = {}): PublicDecision =>
  exampleDecision({
    status: 'decided',
    outcome: {
      text: 'We start with opening hours.',
      optionId: 'o-1',
      decidedAt: '2026-03-10T10:00:00Z',
      method: 'delegated',
      decidedBy: ['Ade', 'Jo'],
    },
    ...over,
  })

export const exampleAgreement = (over: Partial<AgreementSummary> = {}): AgreementSummary => ({
  initiativeId: 'i-1',
  decisionId: 'd-rules',
  question: 'Our ground rules',
  status: 'decided',
  rules: [{ text: 'We listen to each other.' }, { text: 'What is said here stays here.' }],
  agreed: 4,
  notYet: 1,
  changes: [{ decisionId: 'd-2', question: 'Add: phones on silent', status: 'open', proposedBy: 'Jo' }],
  notAgreedYet: [{ memberId: 'm-2', displayName: 'Jo' }],
  ...over,
})

export const exampleInvolvement = (over: Partial<Involvement> = {}): Involvement => ({
  memberId: 'm-1',
  initiativeId: 'i-1',
  displayName: 'Sam',
  sessions: [
    {
      id: 's-1',
      title: 'Planning together',
      startsAt: '2026-04-02T10:00:00Z',
      durationMinutes: 120,
      format: 'in-person',
      venue: { name: 'Community centre', kind: 'community', access: ['step-free', 'hearing loop'] },
      childcare: true,
      travelSupport: false,
    },
  ],
  payments: {
    made: [{ id: 'p-1', paidAt: '2026-03-01T10:00:00Z', hours: 2, amount: 25.9, currency: 'GBP', method: 'cash' }],
    due: [{ sessionId: 's-0', startsAt: '2026-03-20T10:00:00Z', hours: 2, amount: 25.9, currency: 'GBP' }],
  },
  said: [
    {
      feedbackId: 'f-1',
      kind: 'story',
      text: 'The room is cold in the morning.',
      createdAt: '2026-02-01T10:00:00Z',
      changes: [
        {
          updateId: 'u-1',
          youSaid: 'The room is cold.',
          weDid: 'We put the heating on earlier.',
          status: 'done',
          publishedAt: '2026-02-10T10:00:00Z',
        },
      ],
    },
    { feedbackId: 'f-2', kind: 'rating', rating: 'good', createdAt: '2026-02-03T10:00:00Z', changes: [] },
  ],
  credited: [
    {
      updateId: 'u-1',
      youSaid: 'The room is cold.',
      weDid: 'We put the heating on earlier.',
      status: 'done',
      publishedAt: '2026-02-10T10:00:00Z',
      shownByName: false,
    },
  ],
  decisions: [
    {
      decisionId: 'd-1',
      kind: 'aims',
      question: 'What should this group work on first?',
      status: 'decided',
      myView: { optionId: 'o-1', optionText: 'Opening hours', at: '2026-03-02T10:00:00Z' },
      proposed: [{ id: 'o-3', text: 'Text reminders' }],
      decidedByMe: true,
      outcome: { text: 'We start with opening hours.', method: 'consensus', decidedAt: '2026-03-10T10:00:00Z' },
    },
  ],
  ...over,
})
