import type { RuleMeta, Severity } from '../types.js'

export interface Preset {
  name: string
  description: string
  /** The severity a rule gets under this preset. */
  severity(meta: Pick<RuleMeta, 'severity'>): Severity
}

export type PresetName = 'recommended' | 'strict'

/** `recommended`: each rule at its own severity. `strict`: every failure is an error. */
export const PRESETS: Record<PresetName, Preset> = {
  recommended: {
    name: 'recommended',
    description: 'Each rule at its own severity. Only the most harmful problems are errors.',
    severity: (meta) => meta.severity,
  },
  strict: {
    name: 'strict',
    description: 'Every failure is an error. Use it before calling work co-production in public.',
    severity: () => 'error',
  },
}
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[]
