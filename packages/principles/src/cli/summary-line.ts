import { phraseIn } from '../messages/localise.js'
import type { Locale } from '../messages/types.js'
import type { Report } from '../types.js'

/** "2 errors, 16 warnings, …": the summary's counts in the language, without a full stop. */
export function summaryLine(report: Report, lang: Locale): string {
  const s = report.summary
  const counts = {
    errors: s.errors,
    warnings: s.warnings,
    infos: s.infos,
    passes: s.passes,
    incomplete: s.incomplete,
    inapplicable: s.inapplicable,
  }
  return Object.entries(counts)
    .map(([key, count]) => phraseIn(lang, `cli/${key}`, { count }))
    .join(lang === 'ur' ? '، ' : ', ')
}
