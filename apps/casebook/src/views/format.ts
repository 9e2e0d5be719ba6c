import { LOCALES, type Language } from '../i18n/translate.js'

const TIME_ZONE = 'Europe/London'

/** One set of formats per language, made once. */
const formats = (language: Language) => {
  const locale = LOCALES[language]
  return {
    date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
    month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    shortMonth: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
  }
}
const FORMATS = { en: formats('en'), cy: formats('cy') }

/** "3 May 2026", "3 Mai 2026" */
export const formatDate = (iso: string | undefined, language: Language = 'en'): string =>
  iso ? FORMATS[language].date.format(new Date(iso)) : ''

/** "2026-05" to "May 2026" */
export const formatMonth = (month: string, language: Language = 'en'): string =>
  FORMATS[language].month.format(new Date(`${month}-01T00:00:00Z`))

/** "2026-05" to "May" */
export const formatShortMonth = (month: string, language: Language = 'en'): string =>
  FORMATS[language].shortMonth.format(new Date(`${month}-01T00:00:00Z`))

const englishList = new Intl.ListFormat('en-GB')

/**
 * "a, b and c"; in Welsh "a, b a c", or "ac" before a vowel ("bwyd ac arian"). Intl's Welsh writes "a(c)", as it
 * cannot know the next word.
 */
export function formatList(items: string[], language: Language = 'en'): string {
  if (language === 'en') return englishList.format(items)
  if (items.length < 2) return items.join('')
  const last = items[items.length - 1]!
  return `${items.slice(0, -1).join(', ')} ${/^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'ac' : 'a'} ${last}`
}

/** "£40.35" */
export const formatMoney = (amount: number, currency = 'GBP', language: Language = 'en'): string =>
  new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).format(amount)
