import { createContext, useContext } from 'hono/jsx'
import { cy } from './messages.cy.js'
import { en, type MessageKey } from './messages.en.js'

/** The languages Casebook speaks. The widgets follow the page's `<html lang>`. */
export const LANGUAGES = ['en', 'cy'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language's name in its own words, for the switch at the top of every page. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' }

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, cy }

/** The locale for dates and money: British English or Welsh. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' }

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value)

/** Words in `language`, with `{name}` filled from `values`. A value is put in as it is, never translated. */
export function translator(language: Language): Translate {
  const words = CATALOGUES[language]
  return (key, values) => {
    const template = words[key]
    return values ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : template
  }
}

/** The page's language, set once by `render()` so every component below can ask for it. */
export const LanguageContext = createContext<Language>('en')

/** In a component: the page's language and its words. */
export function useWords(): { language: Language; t: Translate } {
  const language = useContext(LanguageContext)
  return { language, t: translator(language) }
}
