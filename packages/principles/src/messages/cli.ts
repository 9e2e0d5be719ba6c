import { PRINCIPLE_NAMES, PRINCIPLES } from '../vocabulary.js'
import type { Template } from './types.js'

/**
 * The command line's own words around a report, in English: group titles, labels, the summary and table
 * headings. Keyed `cli/…`; Welsh and Urdu have the same keys. Rung names are the ladder's (`ladder/rung-…`).
 */
export const CLI_MESSAGES: Record<string, Template> = {
  'cli/group-errors': 'Errors ({count})',
  'cli/group-warnings': 'Warnings ({count})',
  'cli/group-infos': 'To think about ({count})',
  'cli/group-incomplete': 'Not enough to judge yet ({count})',
  'cli/ladder-called': 'Ladder: called {claimed}, does {assessed}',
  'cli/ladder-called-below': 'Ladder: called {claimed}, does {assessed} (below what it is called)',
  'cli/ladder-does': 'Ladder: does {assessed}',
  'cli/how-to-fix': 'How to fix: {guidance}',
  'cli/in-plan-file': 'In the plan file: {where}',
  'cli/errors': { one: '{count} error', other: '{count} errors' },
  'cli/warnings': { one: '{count} warning', other: '{count} warnings' },
  'cli/infos': '{count} to think about',
  'cli/passes': '{count} passed',
  'cli/incomplete': '{count} not enough to judge',
  'cli/inapplicable': { one: '{count} does not apply', other: '{count} do not apply' },
  'cli/principles': 'Principles: {scores}',
  'cli/plan': 'Plan: {file}',
  'cli/checked': 'Checked {when} with the {preset} preset.',
  'cli/ladder-heading': 'Where this sits on the ladder',
  'cli/called-does': 'Called: {claimed}. Does: {assessed}.',
  'cli/not-said': 'not said',
  'cli/summary-heading': 'Summary',
  'cli/principle': 'Principle',
  'cli/score': 'Score',
  'cli/passed': 'Passed',
  'cli/failed': 'Failed',
  'cli/not-enough': 'Not enough to judge',
  'cli/findings-heading': 'Findings',
  'cli/outcome': 'Outcome',
  'cli/severity': 'Severity',
  'cli/rule': 'Rule',
  'cli/where': 'Where',
  'cli/what-we-found': 'What we found',
  'cli/fix': 'How to fix',
  'cli/outcome-fail': 'Fails',
  'cli/outcome-pass': 'Passes',
  'cli/outcome-incomplete': 'Not enough to judge',
  'cli/outcome-inapplicable': 'Does not apply',
  'cli/severity-error': 'error',
  'cli/severity-warning': 'warning',
  'cli/severity-info': 'info',
  // The principles' plain names, as the briefing writes them (Welsh and Urdu as the report widget writes them).
  ...Object.fromEntries(PRINCIPLES.map((p) => [`cli/principle-${p}`, PRINCIPLE_NAMES[p]])),
}
