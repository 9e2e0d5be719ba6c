import type { MessageValue } from '../../messages/types.js'
import { phrase } from '../../messages/common.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const PRACTICE = 'initiative.consentPractice'

export const consentValid = defineRule({
  meta: {
    id: 'consent-valid',
    principles: ['trust-transparency', 'safety', 'empowerment-voice-choice'],
    stage: 'actions',
    severity: 'error',
    source: 'Actions: Clear and transparent communication; Mutuality and Impact',
    quote:
      'People may have had a lot of experiences being let down by services... it really is very important that communication is good, and expectations are clear and co-defined. If people are giving up their stories they want results.',
    docs: docsFor('consent-valid'),
    description:
      'Checks that consent is asked for each use on its own, is never pre-ticked, can be taken back as easily as it was given, and that the exact words people saw are kept with each decision.',
    guidance:
      "Ask about each use of people's words and names on its own (quoting, naming, photos, sharing). Leave every box empty until the person chooses. Make taking consent back one step. Keep the exact words you showed with each decision.",
    path: PRACTICE,
    messages: {
      bundled: 'Consent is asked for several uses at once, so people cannot say yes to one and no to another.',
      'unsure-granular': 'whether each use is asked about on its own',
      'pre-ticked': 'Consent boxes are ticked before people choose. A pre-ticked box is not consent.',
      'unsure-pre-ticked': 'whether any box is ticked before people choose',
      'not-withdrawable': 'People cannot take their consent back.',
      'unsure-withdrawable': 'whether people can take consent back',
      'words-not-kept': 'The words people were shown are not kept, so no one can show what they agreed to.',
      'unsure-words-kept': 'whether the words people saw are kept',
      'record-without-words': 'This consent decision does not keep the exact words the person saw.',
      'practice-unsaid-records-kept': 'Consent decisions keep their words, but the plan does not say how consent is asked for.',
      'practice-unsaid': 'The plan does not say how consent is asked for.',
      unsure: 'The plan does not say {what}.',
      valid: 'Consent is asked for each use on its own, never pre-ticked, can be taken back, and the words shown are kept.',
    },
    examples: {
      pass: plan({
        initiative: { consentPractice: { granular: true, preTicked: false, withdrawable: true, noticeTextRecorded: true } },
        consents: [
          {
            id: 'c1',
            subject: 'm1',
            purposeId: 'quote-anonymously',
            status: 'given',
            noticeText: 'Can we quote your words without your name?',
            at: '2026-02-01T10:00:00Z',
          },
        ],
      }),
      fail: plan({ initiative: { consentPractice: { granular: false, preTicked: true, withdrawable: true, noticeTextRecorded: true } } }),
    },
  },
  check(snapshot) {
    const cp = snapshot.initiative.consentPractice
    const results: RuleResult[] = []
    const unknown: MessageValue[] = []
    if (cp) {
      if (cp.granular === false) results.push(fail('bundled', `${PRACTICE}.granular`))
      else if (cp.granular === undefined) unknown.push(phrase('unsure-granular'))
      if (cp.preTicked === true) results.push(fail('pre-ticked', `${PRACTICE}.preTicked`))
      else if (cp.preTicked === undefined) unknown.push(phrase('unsure-pre-ticked'))
      if (cp.withdrawable === false) results.push(fail('not-withdrawable', `${PRACTICE}.withdrawable`))
      else if (cp.withdrawable === undefined) unknown.push(phrase('unsure-withdrawable'))
      if (cp.noticeTextRecorded === false) results.push(fail('words-not-kept', `${PRACTICE}.noticeTextRecorded`))
      else if (cp.noticeTextRecorded === undefined) unknown.push(phrase('unsure-words-kept'))
    }
    snapshot.consents.forEach((record, i) => {
      if (!record.noticeText) results.push(fail('record-without-words', `consents[${i}].noticeText`))
    })
    if (results.length) return results
    if (!cp) {
      return snapshot.consents.length ? incomplete('practice-unsaid-records-kept', PRACTICE) : incomplete('practice-unsaid')
    }
    if (unknown.length) return incomplete('unsure', { what: { list: unknown, join: 'or' } })
    return pass('valid')
  },
})
