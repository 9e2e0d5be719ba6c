import { defineMessages } from '../shared/i18n.js'

/**
 * Every string `<cp-consent>` shows. Plain words, reading age about 9. The purposes' own words (what, who sees
 * it, for how long) come from the server, exactly as the person agrees to them.
 */
const en = {
  heading: 'Your choices',
  intro: 'You decide how we use what you share. You can change your mind at any time.',
  what: 'What it means',
  who: 'Who sees it',
  howLong: 'How long we keep it',
  yes: 'Yes, I agree',
  no: 'No, I do not agree',
  withdraw: 'Take back my yes',
  statusNone: 'You have not said yet.',
  statusGiven: 'You said yes.',
  statusRefused: 'You said no.',
  statusWithdrawn: 'You took back your yes.',
  statusExpired: 'Your yes has run out.',
  receiptHeading: 'Your receipt',
  receiptIntro: 'Keep a copy of your choices. It shows every answer you gave, and when.',
  print: 'Print my receipt',
  download: 'Download my receipt',
  loading: 'Loading your choices…',
  errorTitle: 'There is a problem',
  errorLoad: 'We could not load your choices. Check your connection and try again.',
  errorOffline: 'You are offline, so your answer was not saved. Try again when you are back online.',
  errorForbidden: 'You can only see and change your own choices.',
  errorNotSetUp: 'This page is not set up yet. Please tell the person who gave you this link.',
  errorRequired: 'Answer yes or no',
  tryAgain: 'Try again',
  /** Month names for dates, separated by spaces; empty to use the browser's own. */
  months: '',
}

export type ConsentMessages = {
  [K in keyof typeof en | keyof typeof import('./consent-choices.js').words | keyof typeof import('./consent-more.js').words]: string
}

/**
 * The words used only once the person acts (saving, "saved", the receipt's file name) live in the part that does
 * it (`consent-choices.ts`), and those of the rarer screens in `consent-more.ts`; each part adds them here when it
 * loads. The words of earlier answers, which the receipt and the history both show, come with either. Welsh and
 * Urdu have every word in their own files.
 */
export const consentMessages = defineMessages<ConsentMessages>({
  en: en as ConsentMessages,
  cy: () => import('./consent.messages.cy.js'),
  ur: () => import('./consent.messages.ur.js'),
})
