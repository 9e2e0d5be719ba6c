import type { InitiativeSnapshot, InitiativeSnapshotInput, LadderRung } from '@coproduce/core'
import type { SnapshotIndex } from './engine/snapshot-index.js'

/** The five trauma-informed principles the briefing builds co-production on. */
export const PRINCIPLES = [
  'trust-transparency',
  'safety',
  'collaboration-mutuality',
  'empowerment-voice-choice',
  'cultural-historical-gender',
] as const
export type Principle = (typeof PRINCIPLES)[number]

/** Plain names for the principles, as the briefing writes them. */
export const PRINCIPLE_NAMES: Record<Principle, string> = {
  'trust-transparency': 'Trust and transparency',
  safety: 'Safety',
  'collaboration-mutuality': 'Collaboration and mutuality',
  'empowerment-voice-choice': 'Empowerment, voice and choice',
  'cultural-historical-gender': 'Cultural, historical and gender understanding',
}

/** Where a rule sits in the briefing: its three steps, plus "Why not to?". */
export const STAGES = ['foundations', 'interactions', 'actions', 'readiness'] as const
export type Stage = (typeof STAGES)[number]

export const OUTCOMES = ['pass', 'fail', 'incomplete', 'inapplicable'] as const
/** `incomplete`: the plan does not say enough to judge. A missing fact is never a `fail`. */
export type Outcome = (typeof OUTCOMES)[number]

export const SEVERITIES = ['error', 'warning', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]
export type SeveritySetting = Severity | 'off'

/**
 * What a finding is judged from: `record` (what happened: attendance, decisions, payments, updates),
 * `statement` (what the plan says will happen; a pass on a statement is "planned"), or `none` (the fact is
 * missing, so the finding is `incomplete`).
 */
export const BASES = ['record', 'statement', 'none'] as const
export type Basis = (typeof BASES)[number]

/** One thing the engine found. */
export interface Finding {
  ruleId: string
  outcome: Outcome
  severity: Severity
  principles: Principle[]
  stage: Stage
  /** Where in the plan, e.g. `initiative.paymentPolicy` or `sessions[2].venue`. For tools; people read `places`. */
  path: string
  message: string
  guidance: string
  /** The section of the briefing the rule comes from. */
  source: string
  /** What the finding is judged from. */
  basis: Basis
  /** The places it applies to, in words a caseworker knows (session titles, an update's "you said"). */
  places?: string[]
}

export interface PrincipleScore {
  /** 0-100: passes / (passes + fails). 0 when nothing could be judged yet. */
  score: number
  pass: number
  fail: number
  incomplete: number
}

export interface LadderAssessment {
  /** What the organisation calls the work (`initiative.label`), or null when it does not say. */
  claimed: LadderRung | null
  /** Where the work sits from what it actually does. */
  assessed: LadderRung
  /**
   * The highest rung nothing on record or in the plan rules out: facts that are missing could still lift the
   * work up to here. A label above it is contradicted (tokenism); a label between `assessed` and it only lacks facts.
   */
  possible: LadderRung
  /** What the assessment rests on: `record` once the work has begun and records exist. */
  basis: Basis
  /** Every fact holding the work below the next rung, and the label's mismatch, if any. */
  reasons: string[]
}

export interface Report {
  initiativeId: string
  title: string
  evaluatedAt: string
  preset: string
  findings: Finding[]
  principles: Record<Principle, PrincipleScore>
  summary: { errors: number; warnings: number; infos: number; passes: number; incomplete: number; inapplicable: number }
  ladder: LadderAssessment
}

/** What a rule's check returns: one result or several (for example one per session). */
export interface RuleResult {
  outcome: Outcome
  /** Defaults to the rule's `meta.path`, or `initiative`. */
  path?: string
  message: string
  /** Defaults to `none` for `incomplete` and `statement` otherwise. */
  basis?: Basis
  /** The places it applies to, in words a caseworker knows. */
  places?: string[]
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
  /** How to fix a failure, in plain words. */
  guidance: string
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
