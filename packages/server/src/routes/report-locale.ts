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

/** The first language of ours in an `Accept-Language` header, by its weights ("cy-GB;q=0.9, en;q=0.8"). */
export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined
  const asked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q === undefined ? 1 : Number(q.slice(2))
      return { locale: localeOf(tag), weight: Number.isNaN(weight) ? 0 : weight, i }
    })
    .filter((x) => x.locale !== undefined && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
  return asked[0]?.locale
}

/** The language a report is asked for: `?lang=` first, then `Accept-Language`, else English. */
export function reportLocale(rc: Pick<RouteContext, 'query' | 'header'>): Locale {
  const raw = rc.query('lang')
  if (raw !== undefined) return parseQuery(LangSchema, raw, 'lang')
  return fromAcceptLanguage(rc.header('accept-language')) ?? 'en'
}

/** Headers of a report answer: its language, and that it varies by `Accept-Language`. */
export const localeHeaders = (locale: Locale): Record<string, string> => ({ 'content-language': locale, vary: 'Accept-Language' })
