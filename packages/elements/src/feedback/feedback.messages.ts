import { defineMessages } from '../shared/i18n.js'

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
  send: 'Send',
  errorRating: 'Choose how your experience was',
  errorText: 'Write a few words',
  errorEmpty: 'Choose an answer or write a few words',
  errorTooLong: 'Use {max} characters or fewer',
  errorOffline: 'You seem to be offline, so we could not send it. Your words are still here. Try again when you are back online.',
}

/** The English words of the parts loaded on demand, which bring them. */
type PartWords = typeof import('./feedback-creative.js').words &
  typeof import('./feedback-after-send.js').words &
  typeof import('./feedback-consent.js').words

/** Questions about the other default purposes: in English they are the service's own words (from the server). */
type OtherQuestions = Record<
  'consent.store-contribution' | 'consent.quote-with-name' | 'consent.credit-by-name' | 'consent.share-with-partners',
  string
>

export type FeedbackMessages = {
  [K in keyof typeof en | keyof PartWords | keyof OtherQuestions]: string
}

/**
 * The English words of the picture and recording part, and of what shows after Send (the thank-you, "saved, we
 * will send it later", the server's problems), live in those parts (`feedback-creative.ts`,
 * `feedback-after-send.ts`): they load only when needed and add their words here when they do. Welsh and Urdu
 * have every word in their own files, which load on demand anyway.
 */
export const feedbackMessages = defineMessages<FeedbackMessages>({
  en: en as FeedbackMessages,
  cy: () => import('./feedback.messages.cy.js'),
  ur: () => import('./feedback.messages.ur.js'),
})
