import type { Rule } from '../types.js'
import { CLI_MESSAGES } from './cli.js'
import { COMMON } from './common.js'
import { fill, value, writerFor } from './format.js'
import { LADDER_MESSAGES } from './ladder.js'
import type { MessageData, MessageValue, Template } from './types.js'

// Shared phrases, ladder reasons and the command line's words in one map, made once: looked up for every count, week and rung in a report.
const SHARED = new Map<string, Template>([...Object.entries(COMMON), ...Object.entries(LADDER_MESSAGES), ...Object.entries(CLI_MESSAGES)])
const english = writerFor('en', (id) => SHARED.get(id))

/** A rule's finding in English, from its `meta.messages`. */
export function englishMessage(rule: Rule, messageId: string | undefined, data: MessageData | undefined): string {
  const template = messageId === undefined ? undefined : rule.meta.messages?.[messageId]
  if (template === undefined) return `${rule.meta.id}: ${messageId ?? 'no message'}`
  return fill(english, template, data, (id) => rule.meta.messages?.[id])
}

/** A shared phrase, ladder reason or the command line's words in English. */
export function englishPhrase(id: string, data?: MessageData): string {
  const template = SHARED.get(id)
  return template === undefined ? id : fill(english, template, data)
}

/** A place (or any value) in English: the plan's own words as they are, a phrase written out. */
export const englishValue = (v: MessageValue): string => (typeof v === 'string' ? v : value(english, v))
