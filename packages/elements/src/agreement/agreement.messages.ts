import { defineMessages } from '../shared/i18n.js'

/**
 * Every string `<cp-agreement>` shows, in plain words (reading age about 9), after the briefing: "deciding
 * together the rules and parameters of your work together". A host overrides any of them through `.messages`.
 */
const en = {
  heading: 'Our ground rules',
  intro: 'We make these rules together. They help everyone feel safe and heard.',
  loading: 'Loading the ground rules…',
  empty: 'There are no ground rules yet. We will write them together.',
  error: 'Sorry, we could not load the ground rules. It is not your fault. Please try again later.',
  offline: 'You seem to be offline. The ground rules will load when you are back online.',
  retry: 'Try again',
  stillOpen: 'We are still agreeing these rules.',
  counts: 'Agree: {agreed}. Not agreed yet: {notYet}.',
  mineAgree: 'You said: I agree.',
  mineNotYet: 'You said: I do not agree yet.',
  question: 'What do you think of these rules?',
  agree: 'I agree',
  'not-yet': 'I do not agree yet',
  'suggest-change': 'I want to suggest a change',
  more: 'Anything to add? (optional)',
  change: 'What would you change?',
  send: 'Send my answer',
  sending: 'Sending…',
  thanks: 'Thank you. Your answer is saved.',
  changes: 'Changes people suggested',
  by: 'Suggested by {name}',
  open: 'Being decided',
  decided: 'Decided',
  revisited: 'Being looked at again',
  waiting: 'Who has not agreed yet',
  everyone: 'Everyone has agreed.',
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errorChoose: 'Choose an answer',
  errorChange: 'Say what you would change',
  errorTooLong: 'Use {max} characters or fewer',
  errorOffline: 'You seem to be offline, so we could not send it. Your words are still here. Try again when you are back online.',
  errorServer: 'Something went wrong on our side. Your words are not lost. Try again in a few minutes.',
  errorForbidden: 'You cannot answer here. Ask the person who gave you this link.',
}

export type AgreementMessages = { [K in keyof typeof en]: string }

export const agreementMessages = defineMessages<AgreementMessages>({
  en,
  cy: () => import('./agreement.messages.cy.js'),
  ur: () => import('./agreement.messages.ur.js'),
})
