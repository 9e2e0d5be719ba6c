import rs from 'text-readability'
import { describe, expect, it } from 'vitest'
import { readingAge, sentences } from './reading-level.js'

/** Thirty sentences people write in plans, from plain to hard. */
const SENTENCES = [
  'Tell us what you think about the new opening hours at the library.',
  'We want to make the community centre better for everyone who uses it.',
  'We meet on Tuesdays at the hall, and you can bring a friend if you like.',
  'There will be tea, cake and time to talk before we start the meeting.',
  'You will be paid for your time, in cash or in vouchers, as you choose.',
  'If you cannot come, that is fine, and you can still tell us what you think.',
  'We will write to you every two weeks to say what has changed.',
  'Our group will look again at how people are welcomed when they first arrive.',
  'Everyone in the group will help decide what we do first and what we do later.',
  'The room has a lift, a quiet corner and a toilet you can get to in a wheelchair.',
  'We will pay for your bus fare and for someone to look after your children.',
  'You can leave the group at any time and you do not have to say why.',
  'Some of us have used the service ourselves and we know how hard it can be.',
  'We do not know the answers yet, so we want to work them out with you.',
  'What we cannot change is the money we have and the date the building closes.',
  'The council has asked us to find out how people feel about the housing office.',
  'Your words will only be shared if you say yes, and you can change your mind.',
  'We will meet in the evening as well, because some people work during the day.',
  'The project will run from May to November, with a break in August.',
  'Please tell a member of staff if you need anything to help you take part.',
  'The organisation will facilitate structured conversations with participants about their experiences.',
  'Participants will contribute to the development of recommendations for the commissioning strategy.',
  'The initiative aims to improve accessibility and responsiveness across integrated neighbourhood services.',
  'Stakeholder engagement activities will inform the prioritisation of future investment decisions.',
  'Evaluation methodology will incorporate qualitative and quantitative indicators of effectiveness.',
  'We will establish governance arrangements to ensure accountability and transparency throughout the programme.',
  'Comprehensive organisational transformation necessitates multidisciplinary collaboration between institutional representatives here.',
  'The partnership board will consider the recommendations and determine appropriate implementation mechanisms.',
  'Safeguarding procedures will be reviewed in accordance with statutory guidance and local protocols.',
  'Community members will co-produce solutions addressing systemic inequalities in service provision.',
]

describe('readingAge', () => {
  it('is within 2 years of text-readability’s Flesch-Kincaid grade + 5 on each of thirty sentences', () => {
    expect(SENTENCES).toHaveLength(30)
    const gaps = SENTENCES.map((s) => {
      const ours = readingAge(s)
      const theirs = rs.fleschKincaidGrade(s) + 5
      return { s, ours, theirs, gap: Math.abs((ours ?? 0) - theirs) }
    })
    expect(gaps.filter((g) => g.ours === undefined || g.gap > 2)).toEqual([])
    // The set spans plain to hard, so agreement is not agreement on one value.
    expect(Math.max(...gaps.map((g) => g.theirs)) - Math.min(...gaps.map((g) => g.theirs))).toBeGreaterThan(10)
  })

  it('gives no reading age to a few words', () => {
    expect(readingAge('Internationalisation')).toBeUndefined()
  })
})

describe('sentences', () => {
  it('splits with Intl.Segmenter, so abbreviations and times do not end a sentence, and at line breaks', () => {
    expect(sentences('We meet at 10.30 on Tuesdays, e.g. at the hall. Come along!\nBring a friend').map((s) => s.text)).toEqual([
      'We meet at 10.30 on Tuesdays, e.g. at the hall.',
      'Come along!',
      'Bring a friend',
    ])
  })

  it('gives where each sentence starts', () => {
    const text = 'One two. Three four.\n  Five six.'
    for (const s of sentences(text)) expect(text.slice(s.index, s.index + s.text.length)).toBe(s.text)
  })
})
