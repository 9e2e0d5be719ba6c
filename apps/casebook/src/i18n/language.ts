import type { Context, MiddlewareHandler } from 'hono'
import { setCookie } from 'hono/cookie'
import { languageDetector } from 'hono/language'
import { LANGUAGES, isLanguage, translator, type Language, type Translate } from './translate.js'

/** The cookie that keeps a person's choice of language from one page to the next. */
export const LANGUAGE_COOKIE = 'casebook-lang'

const detect = languageDetector({
  supportedLanguages: [...LANGUAGES],
  fallbackLanguage: 'en',
  order: ['querystring', 'cookie', 'header'],
  lookupQueryString: 'lang',
  lookupCookie: LANGUAGE_COOKIE,
  // Only a choice made with `?lang=` is kept (below): what the browser asks for is read afresh each time.
  caches: false,
})

/**
 * Which language each page is in: `?lang=cy` (kept in a cookie, so the next pages stay in it), else the cookie,
 * else the browser's `Accept-Language`, else English. Hono's language detector does the reading.
 */
export function chooseLanguage(options: { secure: (c: Context) => boolean }): MiddlewareHandler {
  return (c, next) => {
    const asked = c.req.query('lang')
    if (isLanguage(asked))
      // A choice of language is not a secret, but it is nobody else's business either.
      setCookie(c, LANGUAGE_COOKIE, asked, {
        path: '/',
        sameSite: 'Lax',
        httpOnly: true,
        secure: options.secure(c),
        maxAge: 365 * 24 * 60 * 60,
      })
    return detect(c, next)
  }
}

/** The language the detector chose for this request. */
export function languageOf(c: Context): Language {
  const language: unknown = c.get('language' as never)
  return isLanguage(language) ? language : 'en'
}

/** In a route: this request's words. */
export const wordsOf = (c: Context): Translate => translator(languageOf(c))
