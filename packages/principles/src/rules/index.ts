import type { Rule } from '../types.js'
import { creditInOutputs } from './actions/credit-in-outputs.js'
import { embeddingStage } from './actions/embedding-stage.js'
import { experimentSmall } from './actions/experiment-small.js'
import { expectationsDefinedTogether } from './actions/expectations-defined-together.js'
import { explorationStage } from './actions/exploration-stage.js'
import { regularUpdates } from './actions/regular-updates.js'
import { timesAroundLives } from './foundations/times-around-lives.js'
import { accessNeedsMatched } from './interactions/access-needs-matched.js'
import { environmentChosenTogether } from './interactions/environment-chosen-together.js'
import { externalFacilitator } from './interactions/external-facilitator.js'
import { genderSpecificSpace } from './interactions/gender-specific-space.js'
import { interpretersBooked } from './interactions/interpreters-booked.js'
import { peopleTurnUp } from './interactions/people-turn-up.js'
import { researchEthics } from './interactions/research-ethics.js'
import { supportAfterSharing } from './interactions/support-after-sharing.js'
import { designedIn } from './readiness/designed-in.js'
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
  timesAroundLives,
  neutralVenue,
  accessAndChildcare,
  groundRulesTogether,
  riskDecidedTogether,
  twoWaySessions,
  environmentChosenTogether,
  accessNeedsMatched,
  peopleTurnUp,
  externalFacilitator,
  researchEthics,
  supportAfterSharing,
  interpretersBooked,
  genderSpecificSpace,
  creativeMethods,
  scopeStated,
  expectationsClear,
  expectationsDefinedTogether,
  plainLanguage,
  fairPayment,
  creditContributors,
  closeTheLoop,
  regularUpdates,
  creditInOutputs,
  explorationStage,
  experimentSmall,
  embeddingStage,
  consentValid,
  designedIn,
  tokenismRisk,
  labelMatchesPractice,
]
