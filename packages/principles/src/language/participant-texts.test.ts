import { InitiativeSnapshotSchema } from '@coproduce/core'
import { describe, expect, it } from 'vitest'
import { checkLanguage } from './check-language.js'
import { participantTexts } from './participant-texts.js'

const snapshot = InitiativeSnapshotSchema.parse({
  initiative: {
    id: 'x',
    title: 'Drop-in hours',
    purpose: 'Make the drop-in better together.',
    scope: { negotiable: ['Opening hours'], nonNegotiable: ['The budget'] },
    agreements: [{ text: 'No frequent flyer talk.', decidedTogether: true }],
    riskDecisions: [{ topic: 'Home visits', decision: 'No visits to non‑compliant clients alone.', decidedTogether: true }],
  },
  sessions: [{ id: 's1', title: 'Meeting for hard‑to‑reach groups', notes: 'Rough sleepers came.' }],
  decisions: [{ id: 'd1', question: 'Where do we meet the homeless?', options: [{ id: 'o1', text: 'At the junkie hostel' }] }],
  updates: [{ id: 'u1', youSaid: 'Service users said it was cold.', weDid: 'We moved rooms.' }],
})

describe('participantTexts', () => {
  it('gives every text a person taking part reads, with where it is', () => {
    expect(participantTexts(snapshot).map((t) => t.path)).toEqual([
      'initiative.title',
      'initiative.purpose',
      'initiative.scope.negotiable[0]',
      'initiative.scope.nonNegotiable[0]',
      'initiative.agreements[0].text',
      'initiative.riskDecisions[0].topic',
      'initiative.riskDecisions[0].decision',
      'sessions[0].title',
      'sessions[0].notes',
      'decisions[0].question',
      'decisions[0].options[0].text',
      'updates[0].youSaid',
      'updates[0].weDid',
    ])
  })

  it('lets the language check find labels in session titles, notes, risk decisions, agreements, decisions and updates', () => {
    const flagged = participantTexts(snapshot).flatMap((t) =>
      checkLanguage(t.text)
        .filter((f) => f.kind === 'label')
        .map((f) => `${t.path}: ${f.text}`),
    )
    expect(flagged).toEqual([
      'initiative.agreements[0].text: frequent flyer',
      'initiative.riskDecisions[0].decision: non‑compliant',
      'sessions[0].title: hard‑to‑reach groups',
      'sessions[0].notes: Rough sleepers',
      'decisions[0].question: the homeless',
      'decisions[0].options[0].text: junkie',
      'updates[0].youSaid: Service users',
    ])
  })
})
