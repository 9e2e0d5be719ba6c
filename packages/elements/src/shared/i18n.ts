/**
 * A small typed message catalogue. Each widget keeps its own `x.messages.ts` made with `defineMessages`, and a
 * host may override any string through the widget's `.messages` property.
 *
 * Messages are plain strings. `{name}` marks a value filled in when the message is used, so a host override is
 * a plain string too.
 */

export const LANGS = ['en', 'cy', 'ur'] as const
export type Lang = (typeof LANGS)[number]

export type Messages = Record<string, string>

/** One language's words for a catalogue: every key, no more. */
export type Translation<M extends Messages> = { [K in keyof M]: string }

/** A language kept in its own module, loaded only when a page needs it: `() => import('./x.messages.cy.js')`. */
export type TranslationLoader<M extends Messages> = () => Promise<{ default: Translation<M> }>

/**
 * English in the widget's own module (it is also the fallback); other languages either inline or, to keep the
 * widget small, as loaders. A missing translation is a type error.
 */
export type Catalogue<M extends Messages> = { en: M } & Record<Exclude<Lang, 'en'>, Translation<M> | TranslationLoader<M>>

export function defineMessages<const M extends Messages>(catalogue: Catalogue<M>): Catalogue<{ [K in keyof M]: string }> {
  return catalogue as Catalogue<{ [K in keyof M]: string }>
}

/** Words being fetched, by loader: asked for twice, fetched once. */
const loading = new WeakMap<object, Promise<unknown>>()

/** The words for `lang` if they are here already (English always is), else undefined. */
export function wordsFor<M extends Messages>(catalogue: Catalogue<M>, lang: Lang): Translation<M> | undefined {
  const entry = catalogue[lang]
  return typeof entry === 'function' ? undefined : (entry as Translation<M>)
}

/** Load a language's words (once per catalogue and language): once here, they replace the loader in the catalogue. */
export function loadWords<M extends Messages>(catalogue: Catalogue<M>, lang: Lang): Promise<Translation<M>> {
  const loader = catalogue[lang]
  if (typeof loader !== 'function') return Promise.resolve(loader as Translation<M>)
  let pending = loading.get(loader) as Promise<Translation<M>> | undefined
  if (!pending) {
    pending = loader().then(
      (module) => ((catalogue as Record<Lang, unknown>)[lang] = module.default),
      (error: unknown) => {
        loading.delete(loader) // not loaded (offline, blocked): a later render tries again
        throw error
      },
    )
    loading.set(loader, pending)
  }
  return pending
}

/**
 * A part of a widget kept in its own module and loaded on demand, once (`import('./x.js')`): its English `words`
 * join the widget's catalogue when it arrives (Welsh and Urdu have them in their own files). A load that fails
 * (offline, blocked) is tried again on the next call.
 */
export function partLoader<P extends { words: Messages }>(catalogue: { en: Messages }, load: () => Promise<P>): () => Promise<P> {
  let pending: Promise<P> | undefined
  return () =>
    (pending ??= load().then(
      (part) => {
        Object.assign(catalogue.en, part.words)
        return part
      },
      (error: unknown) => {
        pending = undefined
        throw error
      },
    ))
}

/** Turn any language tag into one we have words for: `cy-GB` becomes `cy`; anything unknown becomes `en`. */
export function normaliseLang(tag: string | null | undefined): Lang {
  const primary = `${tag}`.trim().toLowerCase().split(/[-_]/)[0]!
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'en'
}

/**
 * The element's own `lang`, else the closest ancestor with `lang` (crossing shadow roots to their hosts), else `en`.
 */
export function resolveLang(element: Element): Lang {
  // No `instanceof Element`/`ShadowRoot`: on the server (Lit SSR) those globals do not exist.
  let node: Node | null = element
  while (node) {
    // An empty `lang` says nothing: look further up.
    const value = (node as Element).getAttribute?.('lang')
    if (value) return normaliseLang(value)
    node = node.parentNode ?? (node as ShadowRoot).host ?? null
  }
  return 'en'
}

/** Urdu is written right to left. */
export function dirFor(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ur' ? 'rtl' : 'ltr'
}

export type Params = Record<string, string | number>

/** Fill `{name}` places in a message. Unknown places are left as they are. */
export function format(template: string, params?: Params): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? `${params[name]}` : whole))
}

export type Translate<M extends Messages> = (key: keyof M & string, params?: Params) => string

/** The words for one language, with the host's overrides on top. */
export function translator<M extends Messages>(
  catalogue: Catalogue<M>,
  lang: Lang,
  overrides?: Partial<Record<keyof M, string>> | null,
): Translate<M> {
  const words = (wordsFor(catalogue, lang) ?? catalogue.en) as Record<string, string>
  const fallback = catalogue.en as Record<string, string>
  return (key, params) => {
    const override = overrides?.[key]
    const template = typeof override === 'string' ? override : (words[key] ?? fallback[key] ?? key)
    return format(template, params)
  }
}

/** The locale for dates and numbers: British English, Welsh, Urdu. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', cy: 'cy-GB', ur: 'ur' }

/** Date formatters are slow to make: one per language, shared by every widget on the page. */
const dateFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {}

/**
 * Dates in the reader's language, e.g. "3 May 2026". `months` is the month names, separated by spaces, where the
 * widget's words give them (Welsh does: Chromium ships without Welsh date words), e.g. "3 Mai 2026"; else the
 * browser's own words are used.
 */
export function formatDate(iso: string, lang: Lang, months = ''): string {
  const date = new Date(iso)
  if (isNaN(+date)) return iso
  const names = months.split(' ')
  if (names.length === 12) return `${date.getDate()} ${names[date.getMonth()]} ${date.getFullYear()}`
  return (dateFormats[lang] ??= new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' })).format(date)
}
