import type { Outcome, Principle, Severity, Stage } from '../shared/types.js'

/*
 * The report's words are keyed by the engine's own ids ('co-design', 'safety', 'foundations', 'pass', 'fail-error', …),
 * so no lookup tables are needed and a host overrides them by the same names.
 */

/** The ladder, lowest rung first. */
export const RUNGS = ['informing', 'consultation', 'engagement', 'co-design', 'co-production'] as const

/** The five trauma-informed principles, in the briefing's order. */
export const PRINCIPLES: readonly Principle[] = [
  'trust-transparency',
  'safety',
  'collaboration-mutuality',
  'empowerment-voice-choice',
  'cultural-historical-gender',
]

export const STAGES: readonly Stage[] = ['foundations', 'interactions', 'actions', 'readiness']

/** What a finding means for the reader, as a message key: "Must fix" (`fail-error`), "Done well" (`pass`), …; also the finding's `data-kind`. */
export const verdictKey = (outcome: Outcome, severity: Severity) => (outcome === 'fail' ? (`fail-${severity}` as const) : outcome)

const OUTCOME_RANK = ['fail', 'incomplete', 'pass', 'inapplicable']
const SEVERITY_RANK = ['error', 'warning', 'info']

/** Errors first: failures by severity, then what cannot be judged yet, then what is done well, then the rest. */
export const findingOrder = (a: { outcome: Outcome; severity: Severity }, b: { outcome: Outcome; severity: Severity }) =>
  OUTCOME_RANK.indexOf(a.outcome) - OUTCOME_RANK.indexOf(b.outcome) || SEVERITY_RANK.indexOf(a.severity) - SEVERITY_RANK.indexOf(b.severity)
