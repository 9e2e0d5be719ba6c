import type { InitiativeSnapshot, InitiativeSnapshotInput } from '@coproduce/core'
import type { SnapshotIndex } from './engine/snapshot-index.js'

export * from './vocabulary.js'
export * from './report-schema.js'
import type { Basis, Outcome, Principle, Severity, Stage } from './vocabulary.js'
import type { LadderAssessment } from './report-schema.js'
import type { MessageData, MessageValue, Template } from './messages/types.js'

/** What a rule's check returns: one result or several (for example one per session). */
export interface RuleResult {
  outcome: Outcome
  /** Defaults to the rule's `meta.path`, or `initiative`. */
  path?: string
  /**
   * The id of a message in the rule's `meta.messages`: the report writes it in the language asked for, with
   * `data` in its placeholders. Built-in rules always give one.
   */
  messageId?: string
  /** What fills the message's `{name}` placeholders. */
  data?: MessageData
  /** The finding in English words, for a rule that has no `meta.messages`. */
  message?: string
  /** Defaults to `none` for `incomplete` and `statement` otherwise. */
  basis?: Basis
  /**
   * The places it applies to, in words a caseworker knows: the plan's own words (a session's title in quotes, a
   * venue's name) as strings, and shared phrases (`sessionName`: "session 3", "the session on 4 May 2026") as
   * message values, so the report names them in its language.
   */
  places?: MessageValue[]
}

export interface LivingWage {
  hourlyRate: number
  currency: string
}

/** What a rule can use besides the snapshot. Built once per evaluation. */
export interface RuleContext {
  /** The moment of the evaluation (the snapshot's `asOf`, else `options.now`, else the clock). */
  now: Date
  livingWage: LivingWage
  /** Target reading age for the language check. */
  readingAge: number
  /** Lookups built once per evaluation, shared by every rule. */
  index: SnapshotIndex
  /** Where the work sits on the ladder, from what it does. */
  ladder: LadderAssessment
}

export interface RuleExamples {
  /** A snapshot the rule passes. */
  pass: InitiativeSnapshotInput
  /** A snapshot the rule fails. */
  fail: InitiativeSnapshotInput
}

// A type alias (not an interface) so a rule fits core's `PluginRule` in `definePlugin({ rules })`.
export type RuleMeta = {
  /** Lower case words joined by dashes, e.g. `neutral-venue`. */
  id: string
  principles: Principle[]
  stage: Stage
  /** Severity under the `recommended` preset. */
  severity: Severity
  /** The section of the briefing the rule comes from, e.g. `Interactions: Co-production environments`. */
  source: string
  /** Words from that section, quoted in the rule's page. */
  quote: string
  /** Where the rule's page lives. */
  docs: string
  /** What the rule checks, in plain words. */
  description: string
  /** How to fix a failure, in plain words: what people do, never a field of the plan file. */
  guidance: string
  /**
   * Where a plan file says it, for the people who write plan files (`problemFraming: open`). Shown on the rule's
   * docs page and by the CLI, never in the report that staff read.
   */
  inPlanFile?: string
  /**
   * The rule's findings in English, by message id: `{name}` marks a placeholder filled from the result's
   * `data`. Welsh and Urdu are keyed `ruleId/messageId` in the catalogues.
   */
  messages?: Record<string, Template>
  /** The main field the rule reads, used as the default path of its findings. */
  path?: string
  examples: RuleExamples
}

export interface Rule {
  meta: RuleMeta
  check(snapshot: InitiativeSnapshot, ctx: RuleContext): RuleResult | RuleResult[]
}

/** Declare a rule. Identity function with types. */
export function defineRule(rule: Rule): Rule {
  return rule
}
