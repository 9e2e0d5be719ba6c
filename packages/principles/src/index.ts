export * from './types.js'
export {
  evaluate,
  evaluateParsed,
  parseSnapshot,
  allRules,
  DEFAULT_LIVING_WAGE,
  DEFAULT_READING_AGE,
  type EvaluateOptions,
} from './engine/evaluate.js'
export { PRESETS, PRESET_NAMES, type Preset, type PresetName } from './engine/presets.js'
export { assessLadder } from './engine/ladder.js'
export { buildIndex, type SnapshotIndex } from './engine/snapshot-index.js'
export { builtinRules } from './rules/index.js'
export { plan, type PlanInput } from './rules/example.js'
export { checkLanguage, readingAge, WORD_LIST, LABELS, JARGON, KNOWN_ACRONYMS } from './language/index.js'
export type { LanguageFlag, LanguageOptions, Term } from './language/index.js'
export { renderRuleDocs, renderRulePage, renderIndexPage } from './docs/render-rule-docs.js'
export { localiseReport } from './messages/localise.js'
export {
  LOCALES,
  localeOf,
  type Locale,
  type MessageData,
  type MessageList,
  type MessageRef,
  type MessageValue,
  type Template,
} from './messages/types.js'
