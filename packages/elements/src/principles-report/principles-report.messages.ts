/**
 * Every string <cp-principles-report> shows, in English, Welsh and Urdu. Hosts can replace any of them
 * through the element's `.messages` property. `{name}` marks a value filled in when the string is shown.
 * This widget speaks to staff, but in the same plain words: it names tokenism kindly and clearly.
 */
import { defineMessages } from '../shared/i18n.js'

const en = {
  heading: 'Co-production check: {title}',
  headingPlain: 'Co-production check',
  checkedOn: 'Checked on {date}, with the {preset} rules.',
  loading: 'Loading the check…',
  error: 'Sorry, we could not load the check. Please try again later.',
  offline: 'You seem to be offline. The check will load when you are back online.',
  forbidden: 'Only staff can see this check. If you think you should, ask the person who runs this work.',
  retry: 'Try again',
  empty: 'Choose an initiative to see its check.',
  summary: '{errors} to fix, {warnings} to look at, {passes} done well, {incomplete} we cannot judge yet.',
  ladderHeading: 'Where this work is on the ladder',
  ladderIntro: 'The ladder goes from telling people what will happen (lowest) to doing the work together (highest).',
  informing: 'Informing',
  consultation: 'Consultation',
  engagement: 'Engagement',
  'co-design': 'Co-design',
  'co-production': 'Co-production',
  claimedMark: 'You call it this',
  assessedMark: 'What you do fits here',
  tokenism:
    'You call this work {claimed}, but what you do now fits {assessed}. Calling work co-production when people do not share the power is tokenism. It can let people down and do harm. The steps below can help close the gap.',
  matches: 'What you do fits what you call it: {assessed}.',
  above: 'What you do fits {assessed}, which is more than you claim ({claimed}). Well done, and say so.',
  noClaim: 'What you do now fits {assessed}. You have not said what you call this work.',
  reasons: 'Why we placed it here',
  chartHeading: 'How well each principle is met',
  chartDesc: 'A bar for each principle, from 0 (not met yet) to 100 (fully met).',
  colPrinciple: 'Principle',
  colScore: 'Score out of 100',
  colFail: 'To fix',
  'trust-transparency': 'Trust and being open',
  safety: 'Safety',
  'collaboration-mutuality': 'Working together',
  'empowerment-voice-choice': 'Voice and choice',
  'cultural-historical-gender': 'Understanding culture, history and gender',
  findingsHeading: 'What we found',
  foundations: 'Foundations',
  interactions: 'Interactions',
  actions: 'Actions',
  readiness: 'Readiness',
  stageCount: '{count} findings',
  stageCountOne: '1 finding',
  noFindings: 'Nothing to show at this stage.',
  'fail-error': 'Must fix',
  'fail-warning': 'Should fix',
  'fail-info': 'Worth a look',
  incomplete: 'Not enough to judge',
  pass: 'Done well',
  inapplicable: 'Does not apply',
  whatToDo: 'What to do',
  where: 'Where',
  from: 'From the briefing',
  principlesLabel: 'Principles',
  /** Month names for dates, separated by spaces; empty to use the browser's own. */
  months: '',
}

export type PrinciplesReportMessages = { [K in keyof typeof en]: string }

/** English is built in; Welsh and Urdu are separate chunks, loaded the first time a widget needs them. */
export const principlesReportMessages = defineMessages<PrinciplesReportMessages>({
  en,
  cy: () => import('./principles-report.messages.cy.js'),
  ur: () => import('./principles-report.messages.ur.js'),
})
