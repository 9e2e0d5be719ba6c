import type { InitiativeSnapshot } from '@coproduce/core'
import { DEFAULT_STAGES } from '@coproduce/core'
import { daysBetween, toTime } from '../engine/snapshot-index.js'

type Stage = NonNullable<InitiativeSnapshot['initiative']['stages']>[number]

/**
 * A stage is for building relationships when it says so, or when it is one of core's default stages that does
 * (the Poverty Truth Commission's "engagement") and it does not say otherwise.
 */
export function buildsRelationships(stage: Stage): boolean {
  if (stage.buildsRelationships !== undefined) return stage.buildsRelationships
  const known = DEFAULT_STAGES.find((d) => d.name.toLowerCase() === stage.name.trim().toLowerCase())
  return known?.buildsRelationships === true
}

/** Days from a stage's start to its end, when both are known. */
export function stageDays(stage: Stage): number | undefined {
  const start = toTime(stage.start)
  const end = toTime(stage.end)
  return start !== undefined && end !== undefined ? daysBetween(start, end) : undefined
}

/** The PTC spends 3 to 4 months getting to know each other; less than 6 weeks is too short to build trust. */
export const RELATIONSHIP_DAYS = 42

/** Does a stage's name or description match these words? */
export const stageMatches = (stage: Stage, words: RegExp): boolean => words.test(`${stage.name} ${stage.description ?? ''}`)
