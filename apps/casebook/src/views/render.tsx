import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { languageOf } from '../i18n/language.js'
import { LanguageContext } from '../i18n/translate.js'

/** Sends a server-rendered page with its doctype, in the language chosen for this request. */
export async function render(c: Context, page: unknown, status: ContentfulStatusCode = 200): Promise<Response> {
  const body = await (<LanguageContext.Provider value={languageOf(c)}>{page as Child}</LanguageContext.Provider>).toString()
  return c.html(`<!doctype html>${body}`, status)
}
