import { defineMessages } from '../shared/i18n.js'

/**
 * Every string `<cp-decision>` shows, in plain words (reading age about 9), after the briefing: "Design the aims
 * together", "deciding together the rules". A host overrides any of them through `.messages`.
 */
const en = {
  loading: 'Loading the question…',
  empty: 'There is nothing to decide here yet.',
  error: 'Sorry, we could not load this. It is not your fault. Please try again later.',
  offline: 'You seem to be offline. This will load when you are back online.',
  retry: 'Try again',
  open: 'We are deciding this together. Tell us what you think.',
  revisited: 'We are looking at this again. You can change your view.',
  decided: 'This has been decided.',
  options: 'The choices',
  by: 'Suggested by {name}',
  byYou: 'You suggested this',
  count: '{count} chose this',
  viewCount: 'Views given so far: {count}.',
  hidden: 'You will see what others chose once it is decided.',
  views: 'What people said',
  yourView: 'Your view: {option}',
  yourWords: 'Your words: {text}',
  change: 'You can change your view until it is decided.',
  choose: 'Which do you choose?',
  reason: 'Why? (optional)',
  reasonHint: 'A few words help others understand.',
  send: 'Share my view',
  sending: 'Sending…',
  propose: 'Suggest another choice',
  proposeHint: 'Is something missing? Add it, and others can choose it too.',
  proposeSend: 'Add my choice',
  outcome: 'What was decided',
  how: 'How it was decided',
  who: 'Who decided',
  'method.consensus': 'Everyone agreed',
  'method.vote': 'A vote',
  'method.delegated': 'The group asked {names} to decide',
  'method.staff-only': 'Staff decided',
  decidedOn: 'Decided on {date}',
  errorChoose: 'Choose one of the choices, or write why',
  errorPropose: 'Write your choice',
  errorTooLong: 'Use {max} characters or fewer',
  errorOffline: 'You seem to be offline, so we could not send it. Your words are still here. Try again when you are back online.',
  and: 'and',
  months: '',
}

type PartWords = typeof import('./decision-send.js').words

export type DecisionMessages = { [K in keyof typeof en | keyof PartWords]: string }

/** English is built in (what shows after Send lives in the part that sends); Welsh and Urdu load on demand. */
export const decisionMessages = defineMessages<DecisionMessages>({
  en: en as DecisionMessages,
  cy: () => import('./decision.messages.cy.js'),
  ur: () => import('./decision.messages.ur.js'),
})
