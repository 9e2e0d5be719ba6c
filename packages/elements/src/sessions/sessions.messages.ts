import { defineMessages } from '../shared/i18n.js'

/**
 * Every string `<cp-sessions>` shows, in plain words, after the briefing: "attention should be paid to
 * accessibility, time, and childcare as well as how comfortable people will feel there". A host overrides any of
 * them through `.messages`.
 */
const en = {
  heading: 'Sessions',
  loading: 'Loading…',
  error: 'Sorry, we could not load this. Please try again.',
  offline: 'You seem to be offline. Try again when you are back online.',
  retry: 'Try again',
  none: 'No sessions planned yet.',
  plan: 'Plan a session',
  title: 'Name of the session (optional)',
  date: 'Date',
  time: 'Start time',
  duration: 'How long, in minutes',
  format: 'How people take part',
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'In person or online',
  venue: 'Where it is',
  venueKind: 'What kind of place it is',
  chooseKind: 'Choose a kind of place',
  community: 'A community place',
  neutral: 'A neutral place',
  professional: 'An office or meeting room',
  'service-premises': 'The service’s own building',
  access: 'What the place has to make it easy to use',
  accessHint: 'Tick everything the place has. People’s needs are checked against it.',
  'step-free': 'Step-free way in',
  'hearing-loop': 'Hearing loop',
  'quiet-room': 'Quiet room',
  'accessible-toilet': 'Accessible toilet',
  'large-print': 'Large print',
  interpreter: 'Interpreter',
  missing: 'Not covered for people in this group: {list}',
  allCovered: 'Everyone’s stated access needs are covered.',
  support: 'Support',
  childcare: 'We help with childcare',
  travel: 'We pay for travel',
  methods: 'Ways of working together (optional, one per line)',
  schoolRun:
    'This time clashes with the school run (8 to 9:30 in the morning, 2:45 to 4 in the afternoon). Parents may not be able to come.',
  workHours: 'This is during working hours on a weekday. People who work may not be able to come.',
  weekend: 'This is at the weekend. Check that this suits the group.',
  save: 'Plan session',
  saved: 'Session planned.',
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  needDate: 'Enter the date of the session',
  needTime: 'Enter the start time, like 18:30',
  needDuration: 'Enter how long the session is, in whole minutes from 1 to 1440',
  needVenue: 'Enter where the session is',
  needKind: 'Choose what kind of place it is',
  couldNotSave: 'The session could not be saved: {detail}',
  attendance: 'Record who came',
  attended: 'Came',
  saveAttendance: 'Save who came',
  attendanceSaved: 'Saved: {came} of {all} came.',
  notYet: 'You can record who came once the session has started.',
  cameCount: '{came} of {all} came',
  minutes: '{minutes} minutes',
  months: '',
}

export type SessionsMessages = { [K in keyof typeof en]: string }

export const sessionsMessages = defineMessages<SessionsMessages>({
  en,
  cy: () => import('./sessions.messages.cy.js'),
  ur: () => import('./sessions.messages.ur.js'),
})
