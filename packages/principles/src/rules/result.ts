import type { RuleResult } from '../types.js'

/** Small helpers so rules read as sentences. */
export const pass = (message: string, path?: string): RuleResult => ({ outcome: 'pass', message, ...(path ? { path } : {}) })
export const fail = (message: string, path?: string): RuleResult => ({ outcome: 'fail', message, ...(path ? { path } : {}) })
export const incomplete = (message: string, path?: string): RuleResult => ({
  outcome: 'incomplete',
  message,
  ...(path ? { path } : {}),
})
export const inapplicable = (message: string, path?: string): RuleResult => ({
  outcome: 'inapplicable',
  message,
  ...(path ? { path } : {}),
})

/** Where a rule's page lives in the repository. */
export const docsFor = (id: string): string => `docs/principles/${id}.md`

/** The same result, judged from records. */
export const fromRecord = (result: RuleResult): RuleResult => ({ ...result, basis: 'record' })

/** The same result, for these places. */
export const at = (result: RuleResult, places: string[]): RuleResult => (places.length ? { ...result, places } : result)
