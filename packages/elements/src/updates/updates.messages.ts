/**
 * Every string <cp-updates> shows, in English, Welsh and Urdu. Hosts can replace any of them through the
 * element's `.messages` property. `{name}` marks a value filled in when the string is shown.
 * Wording follows the briefing ("Clear and transparent communication", "Mutuality and Impact"): plain words,
 * honest about what was not possible, and it credits people.
 */
import { defineMessages } from '../shared/i18n.js'

const en = {
  heading: 'You said, we did',
  newCount: '{count} new since your last visit',
  loading: 'Loading the updates…',
  empty: 'There are no updates yet. When we act on what people said, you will see it here.',
  emptyFilter: 'There are no updates with this status.',
  error: 'Sorry, we could not load the updates. This is not your fault. Please try again later.',
  offline: 'You seem to be offline. The updates will load when you are back online.',
  retry: 'Try again',
  filterLegend: 'Show',
  all: 'All',
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'not-possible': 'Not possible',
  youSaid: 'You said',
  weDid: 'We did',
  because: 'Why it is not possible: {reason}',
  progress: 'How far along',
  progressValue: '{value}% done',
  published: 'Shared on {date}',
  answers: 'This answers {count} pieces of feedback.',
  answersOne: 'This answers 1 piece of feedback.',
  quotes: 'What people said',
  yourWords: 'Your words',
  thanks: 'With thanks to',
  yours: 'You helped with this',
  isNew: 'New since your last visit',
  shown: 'Showing {shown} of {total} updates',
  showMore: 'Show more updates',
  notes: 'What changed',
  /** Month names for dates, separated by spaces; empty to use the browser's own. */
  months: '',
}

export type UpdatesMessages = { [K in keyof typeof en]: string }

/** English is built in; Welsh and Urdu are separate chunks, loaded the first time a widget needs them. */
export const updatesMessages = defineMessages<UpdatesMessages>({
  en,
  cy: () => import('./updates.messages.cy.js'),
  ur: () => import('./updates.messages.ur.js'),
})
