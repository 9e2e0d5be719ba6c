import { DEFAULT_STAGES, type Stage } from '../schemas/initiative.js'

/** A fresh copy of the default stages (engagement, exploration, experimentation, embedding). */
export const defaultStages = (): Stage[] => DEFAULT_STAGES.map((stage) => ({ ...stage }))

/**
 * The stage an initiative is in at `now`: the last stage whose `start` has passed, or the first stage when
 * none has dates yet. Returns undefined when there are no stages.
 */
export function currentStage(stages: readonly Stage[], now: Date): Stage | undefined {
  let current: Stage | undefined
  for (const stage of stages) {
    if (stage.start !== undefined && Date.parse(stage.start) <= now.getTime()) current = stage
  }
  return current ?? stages[0]
}

/** True when the first stage is for building relationships before any problem solving. */
export const startsWithRelationships = (stages: readonly Stage[]): boolean => stages[0]?.buildsRelationships === true
