import type { RuleResult } from '../types.js'

/**
 * Small helpers so rules read as sentences. Every result has the same fields in the same order (unset ones
 * undefined), so the engine reads results of one shape, whichever rule made them: it runs for every finding.
 */
const result = (outcome: RuleResult['outcome'], message: string, path: string | undefined): RuleResult => ({
  outcome,
  message,
  path,
  basis: undefined,
  places: undefined,
})
export const pass = (message: string, path?: string): RuleResult => result('pass', message, path)
export const fail = (message: string, path?: string): RuleResult => result('fail', message, path)
export const incomplete = (message: string, path?: string): RuleResult => result('incomplete', message, path)
export const inapplicable = (message: string, path?: string): RuleResult => result('inapplicable', message, path)

/** Where a rule's page lives in the repository. */
export const docsFor = (id: string): string => `docs/principles/${id}.md`

/** The same result, judged from records. */
export const fromRecord = (result: RuleResult): RuleResult => ({ ...result, basis: 'record' })

/** The same result, for these places. */
export const at = (result: RuleResult, places: string[]): RuleResult => (places.length ? { ...result, places } : result)
