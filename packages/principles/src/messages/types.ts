/**
 * Findings, ladder reasons and guidance are messages: an id, and the facts that fill the template's `{name}`
 * placeholders. The English is in each rule's `meta.messages`; Welsh and Urdu are in `catalogues/`.
 */

/**
 * What fills a placeholder:
 * - a string is the plan's own words (a session title, a name, a date): inserted as it is, never translated;
 * - a number is formatted for the language;
 * - `{ id, data }` is a shared phrase (`common/session`, `ladder/rung-co-design`), or, with no slash in the id,
 *   another message of the same rule (a part of a sentence);
 * - `{ list }` is several values joined the way the language joins them ("a, b and c");
 * - `{ date }` is a day (an ISO date or time), written the language's way ("4 May 2026", "4 Mai 2026").
 */
export type MessageValue = string | number | MessageRef | MessageList | MessageDate

export interface MessageDate {
  date: string
}

export interface MessageRef {
  id: string
  data?: MessageData
}

export interface MessageList {
  list: MessageValue[]
  /** `and` (default), `or` (English: "a, or b, or c"), `semicolons` for items that have commas in them ("a; b; and c" in English), `parts` ("a; b; c"), `sentences`, or `commas` (no "and"). */
  join?: 'and' | 'or' | 'semicolons' | 'parts' | 'sentences' | 'commas'
}

export type MessageData = { [name: string]: MessageValue }

/**
 * A template: words with `{name}` placeholders, or one template per plural form (`one`, `two`, `few`, `many`,
 * `zero`, `other`) chosen by the number in the `count` placeholder, as `Intl.PluralRules` chooses.
 */
export type Template = string | Partial<Record<Intl.LDMLPluralRule, string>>

/** The languages the engine writes in. */
export const LOCALES = ['en', 'cy', 'ur'] as const
export type Locale = (typeof LOCALES)[number]

/** The language asked for, or undefined when it is not one of ours: `cy-GB` is Welsh. */
export function localeOf(tag: string | undefined | null): Locale | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0]
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined
}
