import type { Catalogue, Lang, Messages } from '../shared/i18n.js'

export interface LazyCatalogue<M extends Messages> {
  /** The words so far: a language not loaded yet reads as English. */
  readonly catalogue: Catalogue<M>
  ready(lang: Lang): boolean
  /** Load a language once; if its chunk cannot be fetched (offline), English stays. */
  load(lang: Lang): Promise<void>
}

/**
 * English built in, other languages fetched on first use, so an English page never downloads Welsh or Urdu and
 * each widget stays small. A widget shows nothing (busy) for the moment a language is loading, never the
 * wrong language.
 */
export function lazyCatalogue<M extends Messages>(
  en: M,
  loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ [K in keyof M]: string }>>,
): LazyCatalogue<M> {
  const catalogue = { en, cy: en, ur: en } as Catalogue<M>
  const done = new Set<Lang>(['en'])
  const pending = new Map<Lang, Promise<void>>()
  return {
    catalogue,
    ready: (lang) => done.has(lang),
    load(lang) {
      if (done.has(lang)) return Promise.resolve()
      let loading = pending.get(lang)
      if (!loading) {
        loading = loaders[lang as Exclude<Lang, 'en'>]()
          .then((words) => {
            catalogue[lang as Exclude<Lang, 'en'>] = words
          })
          .catch(() => {
            // Offline or blocked: English is better than nothing.
          })
          .finally(() => done.add(lang))
        pending.set(lang, loading)
      }
      return loading
    },
  }
}
