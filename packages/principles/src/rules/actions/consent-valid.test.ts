import { RuleTester } from '../../testing/index.js'
import { consentValid } from './consent-valid.js'

const good = { granular: true, preTicked: false, withdrawable: true, noticeTextRecorded: true }
const record = (extra: object = {}) => ({
  id: 'c1',
  subject: 'm1',
  purposeId: 'quote-anonymously',
  status: 'given' as const,
  at: '2026-02-01T10:00:00Z',
  ...extra,
})

new RuleTester().run(consentValid, {
  valid: [
    { name: 'good practice', snapshot: { initiative: { consentPractice: good } } },
    {
      name: 'good practice and records with words',
      snapshot: { initiative: { consentPractice: good }, consents: [record({ noticeText: 'Can we quote you?' })] },
    },
  ],
  invalid: [
    {
      name: 'pre-ticked',
      snapshot: { initiative: { consentPractice: { ...good, preTicked: true } } },
      path: 'initiative.consentPractice.preTicked',
    },
    {
      name: 'bundled',
      snapshot: { initiative: { consentPractice: { ...good, granular: false } } },
      path: 'initiative.consentPractice.granular',
    },
    {
      name: 'cannot be withdrawn',
      snapshot: { initiative: { consentPractice: { ...good, withdrawable: false } } },
      path: 'initiative.consentPractice.withdrawable',
    },
    {
      name: 'words not kept',
      snapshot: { initiative: { consentPractice: { ...good, noticeTextRecorded: false } } },
      path: 'initiative.consentPractice.noticeTextRecorded',
    },
    {
      name: 'a record without words',
      snapshot: { initiative: { consentPractice: good }, consents: [record()] },
      path: 'consents[0].noticeText',
    },
  ],
  incomplete: [
    { name: 'nothing said', snapshot: {} },
    {
      name: 'half said',
      snapshot: { initiative: { consentPractice: { granular: true, preTicked: false } } },
      message: 'take consent back',
    },
    {
      name: 'records but no practice',
      snapshot: { consents: [record({ noticeText: 'Can we quote you?' })] },
      path: 'initiative.consentPractice',
    },
  ],
})
