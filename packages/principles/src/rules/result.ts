import type { MessageData, MessageValue } from '../messages/types.js'
import type { RuleResult } from '../types.js'

/**
 * Small helpers so rules read as sentences: the id of a message in the rule's `meta.messages`, the facts that
 * fill its placeholders, and the path, e.g. `fail('professional', { venue: venue.name }, 'sessions')` or
 * `incomplete('no-sessions', 'sessions')`. Every result has the same fields in the same order (unset ones
 * undefined), so the engine reads results of one shape, whichever rule made them: it runs for every finding.
 */
const result = (outcome: RuleResult['outcome'], messageId: string, data?: MessageData | string, path?: string): RuleResult =>
  typeof data === 'string'
    ? { outcome, message: undefined, messageId, data: undefined, path: data, basis: undefined, places: undefined }
    : { outcome, message: undefined, messageId, data, path, basis: undefined, places: undefined }

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
export const at = (result: RuleResult, places: MessageValue[]): RuleResult => (places.length ? { ...result, places } : result)
