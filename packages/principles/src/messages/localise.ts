import type { Report } from '../report-schema.js'
import { fill, value, writerFor } from './format.js'
import { CATALOGUES } from './catalogues/index.js'
import { englishPhrase } from './english.js'
import type { Locale, MessageData, Template } from './types.js'

/** The template for a key (`ruleId/messageId`, `ruleId/guidance`, `common/…`, `ladder/…`) in a language, if it has one. */
export function templateFor(locale: Exclude<Locale, 'en'>, key: string): Template | undefined {
  return CATALOGUES[locale][key]
}

/** A sentence that starts with a placeholder ("dydy Sam ddim…") still starts with a capital. */
const capitalise = (text: string, locale: string): string => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)

/**
 * The report in another language: every finding whose rule has a message in that language, its guidance, and the
 * ladder's reasons. The plan's own words (titles, names, dates) stay as they are. Text a catalogue does not have
 * (a plugin rule's) stays in English. The report given is not changed.
 */
export function localiseReport(report: Report, locale: Locale): Report {
  if (locale === 'en') return report
  const catalogue = CATALOGUES[locale]
  const w = writerFor(locale, (id) => catalogue[id])
  const findings = report.findings.map((f) => {
    const message = f.messageId === undefined ? undefined : catalogue[`${f.ruleId}/${f.messageId}`]
    const guidance = catalogue[`${f.ruleId}/guidance`]
    const local = (id: string) => catalogue[`${f.ruleId}/${id}`]
    // Places by message value: the plan's own words stay, phrases ("session 3") are written in the language.
    const places = f.placeMessages?.map((v) => value(w, v, local))
    if (message === undefined && guidance === undefined && places === undefined) return f
    return {
      ...f,
      ...(places !== undefined ? { places } : {}),
      ...(message !== undefined
        ? {
            message: capitalise(fill(w, message, f.data, local), locale),
          }
        : {}),
      ...(guidance !== undefined ? { guidance: fill(w, guidance, undefined) } : {}),
    }
  })
  const keyed = report.ladder.reasonMessages
  const reasons = keyed
    ? keyed.map((r, i) => {
        const t = catalogue[r.messageId]
        return t === undefined ? (report.ladder.reasons[i] ?? '') : capitalise(fill(w, t, r.data), locale)
      })
    : report.ladder.reasons
  return { ...report, lang: locale, findings, ladder: { ...report.ladder, reasons } }
}

/**
 * A shared phrase (`common/…`, `ladder/…`, `cli/…`) written in a language: the words around a report. A phrase
 * the language's catalogue does not have stays in English.
 */
export function phraseIn(locale: Locale, id: string, data?: MessageData): string {
  if (locale === 'en') return englishPhrase(id, data)
  const catalogue = CATALOGUES[locale]
  const template = catalogue[id]
  return template === undefined
    ? englishPhrase(id, data)
    : fill(
        writerFor(locale, (key) => catalogue[key]),
        template,
        data,
      )
}
