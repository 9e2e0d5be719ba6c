import { RuleTester } from '../../testing/index.js'
import { twoWaySessions } from './two-way-sessions.js'

const members = [
  { id: 'le', displayName: 'Asha', roles: ['lived-experience' as const] },
  { id: 'staff', displayName: 'Sam', roles: ['practitioner' as const] },
]
const held = {
  id: 's1',
  title: 'Story circle',
  heldAt: '2026-03-01T12:00:00Z',
  conversation: 'two-way' as const,
  attendees: [{ memberId: 'le', attended: true }],
}
const decision = (options: { id: string; text: string; proposedBy: string }[], views: { memberId: string; at: string }[] = []) => ({
  id: 'd1',
  initiativeId: 'example',
  kind: 'priority' as const,
  question: 'What first?',
  status: 'decided' as const,
  options,
  views,
  outcome: { text: 'Food first', decidedAt: '2026-03-02T12:00:00Z', decidedBy: ['le', 'staff'], method: 'consensus' as const },
})

new RuleTester().run(twoWaySessions, {
  valid: [
    {
      name: 'planned two-way and led by lived experience',
      snapshot: {
        sessions: [
          { id: 'a', conversation: 'two-way' },
          { id: 'b', conversation: 'lived-experience-led' },
        ],
      },
      basis: 'statement',
      message: '2 sessions are planned',
    },
    {
      name: 'false fail: sessions not marked, but the records show people with lived experience putting ideas forward',
      snapshot: {
        members,
        sessions: [{ ...held, conversation: undefined }],
        decisions: [
          decision([
            { id: 'o1', text: 'Food', proposedBy: 'le' },
            { id: 'o2', text: 'Rent', proposedBy: 'staff' },
          ]),
        ],
      },
      basis: 'record',
      message: '1 idea',
    },
    {
      name: 'views and feedback from lived experience count',
      snapshot: {
        members,
        sessions: [held],
        decisions: [decision([{ id: 'o1', text: 'Food', proposedBy: 'staff' }], [{ memberId: 'le', at: '2026-03-01T13:00:00Z' }])],
        feedback: [{ id: 'f1', memberId: 'le', anonymous: false, text: 'Good talk', createdAt: '2026-03-01T14:00:00Z' }],
      },
      basis: 'record',
      message: '1 view, 1 piece of feedback',
    },
  ],
  invalid: [
    {
      name: 'a staff-led session',
      snapshot: {
        sessions: [
          { id: 'a', conversation: 'two-way' },
          { id: 'b', title: 'Briefing', conversation: 'staff-led' },
        ],
      },
      basis: 'statement',
      message: 'Staff lead the talking in 1 session',
    },
    {
      name: 'false pass: every session marked two-way, but staff put forward every idea and no one with lived experience said anything on record',
      snapshot: {
        members,
        sessions: [held],
        decisions: [
          decision([
            { id: 'o1', text: 'Food', proposedBy: 'staff' },
            { id: 'o2', text: 'Rent', proposedBy: 'staff' },
          ]),
        ],
      },
      basis: 'record',
      path: 'decisions',
      message: 'all 2 ideas',
    },
  ],
  incomplete: [
    { name: 'no sessions', snapshot: {} },
    {
      name: 'not said, and nothing on record',
      snapshot: { sessions: [{ id: 'a', title: 'First meeting' }] },
      basis: 'none',
      message: '1 session',
    },
  ],
})
