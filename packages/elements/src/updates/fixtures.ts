import type { PublicUpdate, UpdateStatus } from '../shared/types.js'

/**
 * Example updates for tests, the bench and the catalogue. Realistic words, in the shape the server returns
 * (`PublicUpdate`: quotes and credits already filtered by consent).
 */
const SAID = [
  'The room is too cold in the morning.',
  'We want to choose when the group meets.',
  'Letters are hard to read. Please use plain words.',
  'Pay us in cash, not vouchers.',
  'Have a quiet space for people who need a break.',
]
const DID = [
  'We put the heating on an hour earlier.',
  'We asked everyone and moved the group to Thursday afternoons.',
  'We rewrote three letters with the group and tested them.',
  'We now pay in cash at the living wage. Vouchers only if you ask.',
  'We are turning the small office into a quiet room.',
]
const STATUSES: UpdateStatus[] = ['done', 'in-progress', 'planned', 'not-possible']

export function exampleUpdate(i: number, overrides: Partial<PublicUpdate> = {}): PublicUpdate {
  const status = STATUSES[i % STATUSES.length] ?? 'planned'
  const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString()
  return {
    id: `update-${i}`,
    initiativeId: 'initiative-1',
    youSaid: SAID[i % SAID.length] ?? '',
    weDid: DID[i % DID.length] ?? '',
    status,
    ...(status === 'not-possible' ? { reason: 'the building is owned by the council and we cannot change it.' } : {}),
    ...(status === 'in-progress' ? { progress: 60 } : status === 'done' ? { progress: 100 } : {}),
    publishedAt: at,
    timeline: [{ at, status }],
    linkedFeedbackCount: i % 3,
    quotes: i % 2 === 0 ? [{ feedbackId: `feedback-${i}`, text: 'It was freezing and nobody listened.', by: 'Sam' }] : [],
    credits:
      i % 2 === 0
        ? [
            { memberId: 'member-1', displayName: 'Sam' },
            { memberId: 'member-2', displayName: 'Ali' },
          ]
        : [],
    ...overrides,
  }
}

export const exampleUpdates = (count: number): PublicUpdate[] => Array.from({ length: count }, (_, i) => exampleUpdate(i))
