import type { Rule } from '../types.js'
import { aimsAgreedTogether } from './foundations/aims-agreed-together.js'
import { livedExperienceLedOptions } from './foundations/lived-experience-led-options.js'
import { openProblemFraming } from './foundations/open-problem-framing.js'
import { planForGroupChange } from './foundations/plan-for-group-change.js'
import { powerReflection } from './foundations/power-reflection.js'
import { timeForRelationships } from './foundations/time-for-relationships.js'

/** The built-in rules, in the briefing's order: foundations, interactions, actions, then readiness. */
export const builtinRules: readonly Rule[] = [
  openProblemFraming,
  powerReflection,
  aimsAgreedTogether,
  timeForRelationships,
  planForGroupChange,
  livedExperienceLedOptions,
]
