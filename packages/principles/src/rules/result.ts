import type { MessageData } from '../messages/types.js'
import type { Outcome, RuleResult } from '../types.js'

/**
 * Small helpers so rules read as sentences: the id of a message in the rule's `meta.messages`, the facts that
 * fill its placeholders, and the path, e.g. `fail('professional', { venue: venue.name }, 'sessions')` or
 * `incomplete('no-sessions', 'sessions')`.
 */
function result(outcome: Outcome, messageId: string, data?: MessageData | string, path?: string): RuleResult {
  const r: RuleResult = { outcome, messageId }
  if (typeof data === 'string') r.path = data
  else {
    if (data) r.data = data
    if (path) r.path = path
  }
  return r
}

export const pass = (messageId: string, data?: MessageData | string, path?: string): RuleResult => result('pass', messageId, data, path)
export const fail = (messageId: string, data?: MessageData | string, path?: string): RuleResult => result('fail', messageId, data, path)
export const incomplete = (messageId: string, data?: MessageData | string, path?: string): RuleResult =>
  result('incomplete', messageId, data, path)
export const inapplicable = (messageId: string, data?: MessageData | string, path?: string): RuleResult =>
  result('inapplicable', messageId, data, path)

/** Where a rule's page lives in the repository. */
export const docsFor = (id: string): string => `docs/principles/${id}.md`

/** The same result, judged from records. */
export const fromRecord = (result: RuleResult): RuleResult => ({ ...result, basis: 'record' })

/** The same result, for these places. */
export const at = (result: RuleResult, places: string[]): RuleResult => (places.length ? { ...result, places } : result)
