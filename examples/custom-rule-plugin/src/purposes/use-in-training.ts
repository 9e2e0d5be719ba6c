import type { ConsentPurpose } from '@coproduce/core'

/** A consent purpose the Acme Housing CRM adds beside the defaults. */
export const useInTraining: ConsentPurpose = {
  id: 'use-in-training',
  title: 'Can we use your story to train our staff, without your name?',
  description:
    'We would like to read out what you told us in training for our housing staff, so they understand what it is like. We will not say your name.',
  audience: 'Acme Housing staff in training sessions.',
  dataCategories: ['your words'],
  retention: { description: 'Until you say stop, or for 2 years at most.', days: 730 },
  thirdParties: [],
  version: 1,
}
