import type { Rule } from '../types.js'
import { closeTheLoop } from './actions/close-the-loop.js'
import { consentValid } from './actions/consent-valid.js'
import { creativeMethods } from './actions/creative-methods.js'
import { creditContributors } from './actions/credit-contributors.js'
import { expectationsClear } from './actions/expectations-clear.js'
import { fairPayment } from './actions/fair-payment.js'
import { plainLanguage } from './actions/plain-language.js'
import { scopeStated } from './actions/scope-stated.js'
import { aimsAgreedTogether } from './foundations/aims-agreed-together.js'
import { livedExperienceLedOptions } from './foundations/lived-experience-led-options.js'
import { openProblemFraming } from './foundations/open-problem-framing.js'
import { planForGroupChange } from './foundations/plan-for-group-change.js'
import { powerReflection } from './foundations/power-reflection.js'
import { timeForRelationships } from './foundations/time-for-relationships.js'
import { accessAndChildcare } from './interactions/access-and-childcare.js'
import { groundRulesTogether } from './interactions/ground-rules-together.js'
import { neutralVenue } from './interactions/neutral-venue.js'
import { riskDecidedTogether } from './interactions/risk-decided-together.js'
import { twoWaySessions } from './interactions/two-way-sessions.js'
import { labelMatchesPractice } from './readiness/label-matches-practice.js'
import { tokenismRisk } from './readiness/tokenism-risk.js'

/** The built-in rules, in the briefing's order: foundations, interactions, actions, then readiness ("Why not to?"). */
export const builtinRules: readonly Rule[] = [
  openProblemFraming,
  powerReflection,
  aimsAgreedTogether,
  timeForRelationships,
  planForGroupChange,
  livedExperienceLedOptions,
  neutralVenue,
  accessAndChildcare,
  groundRulesTogether,
  riskDecidedTogether,
  twoWaySessions,
  creativeMethods,
  scopeStated,
  expectationsClear,
  plainLanguage,
  fairPayment,
  creditContributors,
  closeTheLoop,
  consentValid,
  tokenismRisk,
  labelMatchesPractice,
]
