import type { MessageData, MessageValue, Template } from './types.js'

/** Finds a shared phrase (`common/…`, `ladder/…`) in the language being written. */
export type Lookup = (id: string) => Template | undefined

interface Writer {
  locale: string
  lookup: Lookup
  plural?: Intl.PluralRules
  number?: Intl.NumberFormat
  and?: Intl.ListFormat
  or?: Intl.ListFormat
  date?: Intl.DateTimeFormat
}

// Intl objects are slow to make: one of each per language, made the first time it is needed.
const writers = new Map<string, Writer>()

/** The writer for a language with its catalogue: made once. */
export function writerFor(locale: string, lookup: Lookup): Writer {
  let w = writers.get(locale)
  if (!w) {
    w = { locale, lookup }
    writers.set(locale, w)
  }
  return w
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }

const pluralOf = (w: Writer, n: number): Intl.LDMLPluralRule => {
  // English has two forms: no need to ask ICU on every count.
  if (w.locale === 'en') return n === 1 ? 'one' : 'other'
  w.plural ??= new Intl.PluralRules(w.locale)
  return w.plural.select(n)
}

/** One value written in the writer's language: the plan's words as they are, a phrase, a list or a day written out. */
export function value(w: Writer, v: MessageValue | undefined, local?: Lookup): string {
  if (v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') {
    // English keeps the digits as the engine always wrote them.
    if (w.locale === 'en') return String(v)
    w.number ??= new Intl.NumberFormat(w.locale, { maximumFractionDigits: 2 })
    return w.number.format(v)
  }
  // A day, written the language's way: "4 May 2026", "4 Mai 2026", "4 مئی 2026".
  if ('date' in v) {
    w.date ??= new Intl.DateTimeFormat(w.locale === 'en' ? 'en-GB' : w.locale, DAY)
    const at = Date.parse(v.date)
    return Number.isNaN(at) ? v.date : w.date.format(at)
  }
  if ('list' in v) {
    const items = v.list.map((x) => value(w, x, local))
    if (v.join === 'sentences') return items.join(' ')
    if (v.join === 'parts') return items.join(w.locale === 'ur' ? '؛ ' : '; ')
    if (v.join === 'commas') return items.join(w.locale === 'ur' ? '، ' : ', ')
    if (v.join === 'semicolons') {
      if (items.length <= 1) return items[0] ?? ''
      const last = w.lookup('common/semicolons-and')
      const joined = items.slice(0, -1).join(w.locale === 'ur' ? '؛ ' : '; ')
      return last === undefined
        ? `${joined}; ${items[items.length - 1]}`
        : fill(w, last, { head: joined, last: items[items.length - 1] as string }, local)
    }
    // Welsh joins the last item with "a", or "ac" before a vowel ("neu" for or); ICU's Welsh writes "a(c)".
    if (w.locale === 'cy' && items.length > 1) {
      const last = items[items.length - 1] as string
      const and = v.join === 'or' ? 'neu' : /^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'ac' : 'a'
      return `${items.slice(0, -1).join(', ')} ${and} ${last}`
    }
    // English (as en-GB writes it, with no comma before the last "and"), without asking ICU on every list.
    if (w.locale === 'en')
      return v.join === 'or'
        ? items.join(', or ') // each choice is its own clause: "whether a, or whether b"
        : items.length <= 1
          ? (items[0] ?? '')
          : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
    if (v.join === 'or') {
      w.or ??= new Intl.ListFormat(w.locale === 'en' ? 'en-GB' : w.locale, { type: 'disjunction' })
      return w.or.format(items)
    }
    w.and ??= new Intl.ListFormat(w.locale === 'en' ? 'en-GB' : w.locale, { type: 'conjunction' })
    return w.and.format(items)
  }
  // `common/…` and `ladder/…` are shared; an id without a slash is another message of the same rule.
  const template = v.id.includes('/') ? w.lookup(v.id) : local?.(v.id)
  return template === undefined ? v.id : fill(w, template, v.data, local)
}

/** Splits a template once: text, name, text, name, … (names at odd places). */
const compiled = new Map<string, string[]>()
function parts(template: string): string[] {
  let p = compiled.get(template)
  if (!p) {
    p = template.split(/\{(\w+)\}/)
    compiled.set(template, p)
  }
  return p
}

/** Chooses the plural form for `data.count` (else `other`). */
export function choose(w: Writer, template: Template, data: MessageData | undefined): string {
  if (typeof template === 'string') return template
  const n = data?.count
  const form = typeof n === 'number' ? pluralOf(w, n) : 'other'
  return template[form] ?? template.other ?? ''
}

/** The template with its placeholders filled, in the writer's language; `local` finds the rule's own messages. */
export function fill(w: Writer, template: Template, data: MessageData | undefined, local?: Lookup): string {
  const p = parts(choose(w, template, data))
  if (p.length === 1) return p[0] as string
  let out = p[0] as string
  for (let i = 1; i < p.length; i += 2) out += value(w, data?.[p[i] as string], local) + (p[i + 1] as string)
  return out
}

/** The placeholder names of a template (every plural form), for the completeness test. */
export function placeholders(template: Template): string[] {
  const forms = typeof template === 'string' ? [template] : Object.values(template)
  const names = new Set<string>()
  for (const t of forms) for (const m of (t ?? '').matchAll(/\{(\w+)\}/g)) names.add(m[1] as string)
  return [...names].sort()
}
