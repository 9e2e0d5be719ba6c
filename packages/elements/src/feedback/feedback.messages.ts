import { defineMessages } from '../shared/i18n.js'
import type { creativeWords } from './feedback-creative.js'
import type { queuedWords } from './feedback-queued.js'

/**
 * Every string `<cp-feedback>` shows. Plain words, reading age about 9. A host overrides any of them through the
 * `.messages` property, e.g. `el.messages = { heading: 'How was today?' }`.
 */
const en = {
  heading: 'Tell us what you think',
  intro: 'It helps us make things better. It takes about 2 minutes.',
  ratingLegend: 'Overall, how was your experience of our service?',
  'rating.very-good': 'Very good',
  'rating.good': 'Good',
  'rating.neither': 'Neither good nor poor',
  'rating.poor': 'Poor',
  'rating.very-poor': 'Very poor',
  'rating.dont-know': "Don't know",
  optional: '(optional)',
  textLabel: 'What would you like to tell us?',
  storyLabel: 'Tell us your story',
  storyHint: 'Say it in your own way. There is no right or wrong answer.',
  personalHint: "Please don't include personal details, like your address, your phone number or other people's names.",
  anonymousLabel: 'Send this without my name',
  anonymousHint: 'We will not keep your name with what you say.',
  consentIntro: 'How may we use your words?',
  consentHint: 'You can say no, or not answer. We will still read what you send.',
  'consent.store-contribution': 'Can we keep what you tell us?',
  'consent.quote-anonymously': 'Can we share your words without your name?',
  'consent.quote-with-name': 'Can we share your words with your name?',
  'consent.credit-by-name': 'Can we thank you by name?',
  'consent.share-with-partners': 'Can we share what you said with partners?',
  yes: 'Yes',
  no: 'No',
  send: 'Send',
  sending: 'Sending…',
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errorRating: 'Choose how your experience was',
  errorText: 'Write a few words',
  errorEmpty: 'Choose an answer or write a few words',
  errorTooLong: 'Use {max} characters or fewer',
  errorUpload: 'We could not add your file. Try again, or send without it.',
  errorServer: 'Something went wrong on our side. Your words are not lost. Try again in a few minutes.',
  errorOffline: 'You seem to be offline, so we could not send it. Your words are still here. Try again when you are back online.',
  errorForbidden: 'You cannot send feedback here. Ask the person who gave you this link.',
  errorNotSetUp: 'This form is not set up yet, so it cannot send. Please tell the person who gave you this link.',
  thanksHeading: 'Thank you',
  thanksBody: 'We have your feedback. The people who run this work will read it.',
  thanksNextDays: 'We will tell you what we did about it within {days} days, in our updates.',
  thanksNextOneDay: 'We will tell you what we did about it within 1 day, in our updates.',
  thanksNext: 'We will tell you what we did about it in our updates.',
  thanksAnonymous: 'We did not keep your name.',
  sendMore: 'Send more feedback',
  sentAfterQueue: 'Sent. Thank you.',
}

export type FeedbackMessages = { [K in keyof typeof en | keyof typeof creativeWords | keyof typeof queuedWords]: string }

/**
 * The English words of the picture and recording part and of the "saved, we will send it later" screen live in
 * those parts (`feedback-creative.ts`, `feedback-queued.ts`), which load only when needed and add their words
 * here (`addWords`) when they do. Welsh and Urdu have every word in their own files, which load on demand anyway.
 */
export const feedbackMessages = defineMessages<FeedbackMessages>({
  en: en as FeedbackMessages,
  cy: () => import('./feedback.messages.cy.js'),
  ur: () => import('./feedback.messages.ur.js'),
})
