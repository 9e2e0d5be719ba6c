// The words a report is made of: principles, stages, outcomes, severities and bases.

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
