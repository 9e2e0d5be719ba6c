import type { LadderRung, Outcome, Principle, Severity, Stage } from '../shared/types.js'
import type { PrinciplesReportMessages } from './principles-report.messages.js'

type Key = keyof PrinciplesReportMessages

/** The ladder, lowest rung first. */
export const RUNGS = ['informing', 'consultation', 'engagement', 'co-design', 'co-production'] as const satisfies readonly LadderRung[]

export const RUNG_KEYS = {
  informing: 'rungInforming',
  consultation: 'rungConsultation',
  engagement: 'rungEngagement',
  'co-design': 'rungCoDesign',
  'co-production': 'rungCoProduction',
} as const satisfies Record<LadderRung, Key>

/** The five trauma-informed principles, in the briefing's order. */
export const PRINCIPLE_KEYS = {
  'trust-transparency': 'trustTransparency',
  safety: 'safety',
  'collaboration-mutuality': 'collaborationMutuality',
  'empowerment-voice-choice': 'empowermentVoiceChoice',
  'cultural-historical-gender': 'culturalHistoricalGender',
} as const satisfies Record<Principle, Key>

export const PRINCIPLES = Object.keys(PRINCIPLE_KEYS) as Principle[]

export const STAGE_KEYS = {
  foundations: 'stageFoundations',
  interactions: 'stageInteractions',
  actions: 'stageActions',
  readiness: 'stageReadiness',
} as const satisfies Record<Stage, Key>

export const STAGES = Object.keys(STAGE_KEYS) as Stage[]

/** What a finding means for the reader, in words: "Must fix", "Done well", … */
export function verdictKey(outcome: Outcome, severity: Severity): Key {
  if (outcome === 'pass') return 'doneWell'
  if (outcome === 'inapplicable') return 'doesNotApply'
  if (outcome === 'incomplete') return 'cannotJudge'
  return severity === 'error' ? 'mustFix' : severity === 'warning' ? 'shouldFix' : 'worthALook'
}

const OUTCOME_RANK: Record<Outcome, number> = { fail: 0, incomplete: 1, pass: 2, inapplicable: 3 }
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Errors first: failures by severity, then what cannot be judged yet, then what is done well, then the rest. */
export const findingOrder = (a: { outcome: Outcome; severity: Severity }, b: { outcome: Outcome; severity: Severity }) =>
  OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
