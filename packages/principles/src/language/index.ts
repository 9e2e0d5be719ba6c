export { checkLanguage, type LanguageFlag, type LanguageOptions } from './check-language.js'
export { readingAge, MIN_WORDS } from './reading-level.js'
export { WORD_LIST, LABELS, JARGON, KNOWN_ACRONYMS, type Term } from './word-list.js'
