import { defineMessages } from '../shared/i18n.js'

/**
 * Every string `<cp-my-involvement>` shows, in plain words (reading age about 9), after the briefing: "credit
 * contributors", "share the learning and impact". A host overrides any of them through `.messages`.
 */
const en = {
  heading: 'Your part in this work',
  loading: 'Loading…',
  empty: 'There is nothing to show yet.',
  error: 'Sorry, we could not load this. It is not your fault. Please try again later.',
  offline: 'You seem to be offline. This will load when you are back online.',
  retry: 'Try again',
  none: 'Nothing here yet.',
  sessions: 'Sessions coming up',
  minutes: '{minutes} minutes',
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'In person or online',
  access: 'Getting in: {list}',
  childcareYes: 'We can help with childcare.',
  childcareNo: 'No help with childcare at this one.',
  travelYes: 'We pay for your travel.',
  travelNo: 'No travel money for this one.',
  payments: 'Payments',
  paid: '{amount} paid on {date}',
  cash: 'cash',
  voucher: 'voucher',
  due: 'We still owe you {amount} for the session on {date}.',
  dueHours: 'We still owe you for {hours} hours at the session on {date}.',
  said: 'What you said, and what changed',
  rated: 'You gave a rating.',
  changed: 'What changed:',
  notYet: 'Nothing has changed because of this yet. We will tell you when it does.',
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'not-possible': 'Not possible',
  credited: 'Where we thanked you',
  named: 'Your name is shown.',
  notNamed: 'Your name is not shown. You can change this in your choices.',
  decisions: 'Decisions you took part in',
  view: 'Your view:',
  proposed: 'You suggested:',
  decider: 'You helped decide.',
  outcome: 'Decided:',
  stillOpen: 'Not decided yet.',
  'method.consensus': 'Everyone agreed',
  'method.vote': 'A vote',
  'method.delegated': 'The group asked some people to decide',
  'method.staff-only': 'Staff decided',
  choices: 'See or change your choices about your words and your name',
  months: '',
}

export type MyInvolvementMessages = { [K in keyof typeof en]: string }

export const myInvolvementMessages = defineMessages<MyInvolvementMessages>({
  en,
  cy: () => import('./my-involvement.messages.cy.js'),
  ur: () => import('./my-involvement.messages.ur.js'),
})
