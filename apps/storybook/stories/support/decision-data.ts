import type { AgreementSummary, Involvement, PublicDecision } from '@coproduce/core'
import { INITIATIVE } from './sample-data.js'

/** A decision the group is taking together, as `GET /decisions/:id` returns it (names only where people agreed). */
export const DECISION: PublicDecision = {
  id: 'd-aims',
  initiativeId: INITIATIVE,
  kind: 'aims',
  question: 'What should we work on first?',
  status: 'open',
  anonymousViews: false,
  showViews: true,
  options: [
    { id: 'o-hours', text: 'Opening hours that fit the school run', proposedBy: 'Ade', count: 3 },
    { id: 'o-room', text: 'A waiting room that feels welcoming', proposedBy: 'A member', count: 2 },
    { id: 'o-texts', text: 'A text the day before each session', yours: true, count: 1 },
  ],
  viewCount: 6,
  views: [
    { by: 'Ade', optionId: 'o-hours', text: 'By the time I get there it is nearly shut.', at: '2026-03-02T10:00:00Z' },
    { by: 'A member', optionId: 'o-room', at: '2026-03-03T10:00:00Z' },
    { by: 'Jo', optionId: 'o-hours', at: '2026-03-04T10:00:00Z' },
  ],
}

export const DECIDED: PublicDecision = {
  ...DECISION,
  status: 'decided',
  myView: { optionId: 'o-hours', at: '2026-03-02T10:00:00Z' },
  outcome: {
    text: 'We start with opening hours, then the waiting room.',
    optionId: 'o-hours',
    decidedAt: '2026-03-10T10:00:00Z',
    method: 'consensus',
    decidedBy: ['Ade', 'Jo', 'Sam', 'A member'],
  },
}

export const AGREEMENT: AgreementSummary = {
  initiativeId: INITIATIVE,
  decisionId: 'd-rules',
  question: 'Our ground rules',
  status: 'decided',
  rules: [
    { text: 'We listen to each other, and take turns to speak.' },
    { text: 'What people share about their lives stays in the room.' },
    { text: 'Anyone can take a break at any time.' },
  ],
  agreed: 5,
  notYet: 1,
  changes: [{ decisionId: 'd-phones', question: 'Add a rule: phones on silent', status: 'open', proposedBy: 'Jo' }],
  notAgreedYet: [{ memberId: 'm-jo', displayName: 'Jo' }],
}

export const INVOLVEMENT: Involvement = {
  memberId: 'm-sam',
  initiativeId: INITIATIVE,
  displayName: 'Sam',
  sessions: [
    {
      id: 's-4',
      title: 'Planning the new hours',
      startsAt: '2026-04-02T10:00:00Z',
      durationMinutes: 120,
      format: 'in-person',
      venue: { name: 'Holbeck community centre', kind: 'community', access: ['step-free', 'hearing loop', 'quiet room'] },
      childcare: true,
      travelSupport: true,
    },
  ],
  payments: {
    made: [{ id: 'p-1', paidAt: '2026-03-01T10:00:00Z', hours: 2, amount: 25.9, currency: 'GBP', method: 'cash' }],
    due: [{ sessionId: 's-3', startsAt: '2026-03-20T10:00:00Z', hours: 2, amount: 25.9, currency: 'GBP' }],
  },
  said: [
    {
      feedbackId: 'f-7',
      kind: 'story',
      text: 'By the time I get there after the school run, it is nearly shut.',
      createdAt: '2026-02-01T10:00:00Z',
      changes: [
        {
          updateId: 'u-1',
          youSaid: 'Mornings are hard.',
          weDid: 'We now open at 10am on weekdays.',
          status: 'done',
          publishedAt: '2026-02-20T10:00:00Z',
        },
      ],
    },
  ],
  credited: [
    {
      updateId: 'u-1',
      youSaid: 'Mornings are hard.',
      weDid: 'We now open at 10am on weekdays.',
      status: 'done',
      publishedAt: '2026-02-20T10:00:00Z',
      shownByName: true,
    },
  ],
  decisions: [
    {
      decisionId: 'd-aims',
      kind: 'aims',
      question: 'What should we work on first?',
      status: 'decided',
      myView: { optionId: 'o-hours', optionText: 'Opening hours that fit the school run', at: '2026-03-02T10:00:00Z' },
      proposed: [{ id: 'o-texts', text: 'A text the day before each session' }],
      decidedByMe: true,
      outcome: { text: 'We start with opening hours, then the waiting room.', method: 'consensus', decidedAt: '2026-03-10T10:00:00Z' },
    },
  ],
}
