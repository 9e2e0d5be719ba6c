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
  /** Month names for dates, separated by spaces; empty to use the browser's own. */
  months: '',
}

/** The words of the report's body (ladder, chart, findings), which loads with it (`report-body.words.ts`). */
type BodyWords = typeof import('./report-body.words.js').bodyWords

export type PrinciplesReportMessages = { [K in keyof typeof en | keyof BodyWords]: string }

/**
 * English is built in (the words of the report's body join it when the body loads); Welsh and Urdu are separate
 * chunks, loaded the first time a widget needs them, with every word.
 */
export const principlesReportMessages = defineMessages<PrinciplesReportMessages>({
  en: en as PrinciplesReportMessages,
  cy: () => import('./principles-report.messages.cy.js'),
  ur: () => import('./principles-report.messages.ur.js'),
})
