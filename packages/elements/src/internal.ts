/**
 * `@coproduce/elements/internal`: what the widgets are built from, for widgets built on it (a host's own, or new
 * ones in this package). It registers no widget. Not part of the stable API: these names may change in a minor
 * release. Hosts that only place widgets need `@coproduce/elements` (the widgets, the client and their types).
 * Internal state and hooks named with `_` (`_phase`, `_fetch`, `_reloadOn`) are shortened in the published build,
 * so a widget outside this package can use only the names without it.
 */
export { CpElement } from './shared/cp-element.js'
export { CpFormElement } from './shared/form-element.js'
export { define } from './shared/define.js'
export { baseStyles, formStyles } from './shared/styles.js'
export { emit, EVENTS, type CpEventName, type WidgetEvents } from './shared/events.js'
export { errorSummary, focusErrorSummary, inlineError, errorId, type ErrorItem } from './shared/error-summary.js'
export {
  defineMessages,
  dirFor,
  format,
  formatDate,
  loadWords,
  LOCALES,
  normaliseLang,
  partLoader,
  resolveLang,
  translator,
  wordsFor,
  type Catalogue,
  type Lang,
  type Messages,
  type Params,
  type Translate,
  type Translation,
  type TranslationLoader,
} from './shared/i18n.js'
export {
  agreementCall,
  answerCall,
  consentPurposesCall,
  consentsCall,
  decideCall,
  decisionCall,
  deviceKey,
  feedbackCall,
  httpCall,
  involvementCall,
  isClientError,
  isOfflineError,
  optionCall,
  receiptCall,
  reportCall,
  updatesCall,
  viewCall,
  type HttpCall,
} from './shared/client.js'
