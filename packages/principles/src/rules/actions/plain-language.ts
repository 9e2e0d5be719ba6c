import type { MessageValue } from '../../messages/types.js'
import { phrase } from '../../messages/common.js'
import { checkLanguage, type LanguageFlag } from '../../language/check-language.js'
import { participantTexts } from '../../language/participant-texts.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const describeFlag = (f: LanguageFlag, target: number): MessageValue =>
  f.kind === 'reading-level'
    ? phrase('reading-age', {
        age: f.age ?? target,
        target,
        hardest: f.text.length > 80 ? `${f.text.slice(0, 77)}...` : f.text,
      })
    : f.kind === 'acronym'
      ? phrase('acronym', { text: f.text })
      : phrase('try', { text: f.text, suggestion: f.suggestion })

/**
 * Language results are kept for texts seen before: plans are checked again and again, and mostly unchanged.
 * Keyed by reading age, then by the text itself (no joined key string, whose hash would be worked out anew each time).
 */
const cache = new Map<number, Map<string, LanguageFlag[]>>()
function flagsFor(text: string, readingAge: number): LanguageFlag[] {
  let byText = cache.get(readingAge)
  if (!byText) {
    byText = new Map()
    cache.set(readingAge, byText)
  }
  let flags = byText.get(text)
  if (!flags) {
    flags = checkLanguage(text, { readingAge })
    if (byText.size > 5_000) byText.clear()
    byText.set(text, flags)
  }
  return flags
}

export const plainLanguage = defineRule({
  meta: {
    id: 'plain-language',
    principles: ['trust-transparency', 'empowerment-voice-choice', 'cultural-historical-gender'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Clear and transparent communication (Language)',
    quote:
      "Don't talk about 'hard to reach' people, often it is academics and service providers who are hard to reach. Labels can be shaming. If you use jargon and complicated language people will feel disempowered and they might not come back.",
    docs: docsFor('plain-language'),
    description:
      'Checks every text people taking part will read (the purpose, aims, scope, outcomes, stages, ground rules, risk decisions, session titles and notes, decision questions and options, and updates) for shaming labels, jargon, short forms not written out, and a reading age above 9.',
    guidance:
      'Use the plainer words suggested. Write short sentences with everyday words. Write a short form out in full the first time. Do not wait for people to tell you they did not understand: they may just not come back.',
    path: 'initiative.purpose',
    messages: {
      'reading-age':
        'This text needs a reading age of about {age}. Aim for {target} or under, so everyone can follow it (hardest part: "{hardest}")',
      acronym: '"{text}" is not written out',
      try: '"{text}": try "{suggestion}"',
      flags: '{flags}.',
      'too-few-words': 'The plan has too few words yet to check.',
      plain: 'The words people will read are plain ({count} pieces of text checked).',
    },
    examples: {
      pass: plan({ initiative: { purpose: 'We want to hear from people who use the drop-in. What works? What would you change?' } }),
      fail: plan({ initiative: { purpose: 'Engage hard to reach service users to co-design the pathway with the VRU.' } }),
    },
  },
  check(snapshot, ctx) {
    const texts = participantTexts(snapshot)
    const results: RuleResult[] = []
    for (const { path, text } of texts) {
      const flags = flagsFor(text, ctx.readingAge)
      if (flags.length)
        results.push(fail('flags', { flags: { list: flags.map((f) => describeFlag(f, ctx.readingAge)), join: 'parts' } }, path))
    }
    if (results.length) return results
    if (texts.length <= 2 && snapshot.initiative.purpose.split(/\s+/).length < 4) return incomplete('too-few-words')
    return pass('plain', { count: texts.length })
  },
})
