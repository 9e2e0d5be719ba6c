import { describe, expect, it } from 'vitest'
import { RuleTester, runRule } from '../../testing/index.js'
import { plan } from '../example.js'
import { plainLanguage } from './plain-language.js'

new RuleTester().run(plainLanguage, {
  valid: [
    {
      name: 'plain purpose, aims and update',
      snapshot: {
        initiative: { purpose: 'We want to make the drop-in a better place to be.', aims: { text: 'Make the drop-in feel safe.' } },
        updates: [{ id: 'u1', weDid: 'We moved the tea to the front.' }],
      },
    },
  ],
  invalid: [
    {
      name: 'a label in the aims',
      snapshot: { initiative: { aims: { text: 'Reach vulnerable people.' } } },
      path: 'initiative.aims.text',
      message: 'try "people going through a hard time"',
    },
    {
      name: 'an acronym in the scope',
      snapshot: { initiative: { scope: { nonNegotiable: ['The ICB budget'] } } },
      path: 'initiative.scope.nonNegotiable[0]',
      message: '"ICB" is not written out',
    },
    { name: 'jargon in an update', snapshot: { updates: [{ id: 'u1', weDid: 'We will signpost people.' }] }, path: 'updates[0].weDid' },
    {
      name: 'a hard purpose',
      snapshot: {
        initiative: {
          purpose:
            'We meet often. Comprehensive organisational transformation necessitates multidisciplinary collaboration between institutional representatives.',
        },
      },
      message: 'reading age',
    },
  ],
  incomplete: [{ name: 'a purpose of two words', snapshot: { initiative: { purpose: 'Find out.' } } }],
})

describe('plain-language', () => {
  it('uses the reading age it is given', () => {
    const snapshot = plan({
      initiative: { purpose: 'Our group will look again at how people are welcomed when they first arrive at the centre.' },
    })
    expect(runRule(plainLanguage, snapshot).map((f) => f.outcome)).toEqual(['fail'])
    expect(runRule(plainLanguage, snapshot, { readingAge: 14 }).map((f) => f.outcome)).toEqual(['pass'])
  })
})

describe('plain-language reads every text a participant reads', () => {
  it('false pass: flags labels in session titles, session notes, risk decisions and decision options', () => {
    const snapshot = plan({
      initiative: {
        purpose: 'We want to make the drop-in a better place to be.',
        riskDecisions: [{ topic: 'Lone working', decision: 'Staff stay with vulnerable people.', decidedTogether: true }],
      },
      sessions: [{ id: 's1', title: 'Hard to reach families', notes: 'Invite service users.' }],
      decisions: [
        {
          id: 'd1',
          initiativeId: 'example',
          kind: 'other',
          question: 'Where next?',
          status: 'open',
          options: [{ id: 'o1', text: 'Ask the frequent flyers.' }],
        },
      ],
    })
    const failed = runRule(plainLanguage, snapshot)
      .filter((f) => f.outcome === 'fail')
      .map((f) => f.path)
    expect(failed).toEqual(
      expect.arrayContaining([
        'sessions[0].title',
        'sessions[0].notes',
        'initiative.riskDecisions[0].decision',
        'decisions[0].options[0].text',
      ]),
    )
  })
})
