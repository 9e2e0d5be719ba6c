import { LOCALES, localeOf, type Locale } from '@coproduce/principles'
import { z } from 'zod'
import { parseQuery } from './parse-query.js'
import type { RouteContext } from './route-spec.js'

export const LangSchema = z.enum(LOCALES, { error: 'Choose a language: en, cy or ur' })

/** The `lang` query parameter of the report routes, as the OpenAPI document describes it. */
export const LANG_QUERY = {
  name: 'lang',
  schema: LangSchema.optional(),
  description:
    'The language of the findings, guidance and ladder reasons: `en`, `cy` (Welsh) or `ur` (Urdu). Without it, the first of these in `Accept-Language`, else English.',
}

/** The language a report is asked for: `?lang=` first, then `Accept-Language`, else English. */
export function reportLocale(rc: Pick<RouteContext, 'query' | 'languages'>): Locale {
  const raw = rc.query('lang')
  if (raw !== undefined) return parseQuery(LangSchema, raw, 'lang')
  for (const tag of rc.languages()) {
    const locale = localeOf(tag)
    if (locale) return locale
  }
  return 'en'
}

/** Headers of a report answer: its language, and that it varies by `Accept-Language`. */
export const localeHeaders = (locale: Locale): Record<string, string> => ({ 'content-language': locale, vary: 'Accept-Language' })
