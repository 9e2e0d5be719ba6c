import { defineMessages } from '../shared/i18n.js'

/** Every string `<cp-feedback-inbox>` shows, in plain words. A host overrides any of them through `.messages`. */
const en = {
  title: 'What people told us',
  loading: 'Loading what people said…',
  empty: 'Nothing here yet. When people give feedback, it will show here.',
  noMatch: 'Nothing matches these filters.',
  error: 'Sorry, we could not load this. Please try again later.',
  offline: 'You seem to be offline. Try again when you are back online.',
  retry: 'Try again',
  filters: 'Show only',
  unanswered: 'Not answered yet',
  kind: 'Kind',
  rating: 'Rating',
  who: 'Who',
  from: 'Given from',
  to: 'Given until',
  any: 'Any',
  named: 'With a name',
  anonymous: 'Without a name',
  'kind.rating': 'Rating',
  'kind.story': 'Story',
  'kind.idea': 'Idea',
  'kind.creative': 'Something creative',
  'rating.very-good': 'Very good',
  'rating.good': 'Good',
  'rating.neither': 'Neither good nor poor',
  'rating.poor': 'Poor',
  'rating.very-poor': 'Very poor',
  'rating.dont-know': 'Don’t know',
  counts: '{total} in all, {unanswered} not answered yet',
  by: 'From {name}',
  noName: 'No name given',
  given: 'Given on {date}',
  'quote.with-name': 'Agreed to be quoted with their name',
  'quote.anonymously': 'Agreed to be quoted without their name',
  'quote.no': 'Has not agreed to be quoted',
  hidden: 'Words hidden: the person took back their yes.',
  removed: 'Removed at the person’s request.',
  files: '{count} file(s) attached',
  answeredBy: 'Answered by: {text}',
  notAnswered: 'Not answered yet',
  answer: 'Answer with an update',
  more: 'Show more',
  showing: 'Showing {shown} of {total}',
  months: '',
}

export type FeedbackInboxMessages = { [K in keyof typeof en]: string }

/** English is built in; Welsh and Urdu load on demand. */
export const feedbackInboxMessages = defineMessages<FeedbackInboxMessages>({
  en,
  cy: () => import('./feedback-inbox.messages.cy.js'),
  ur: () => import('./feedback-inbox.messages.ur.js'),
})
