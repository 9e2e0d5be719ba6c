import type { Actor, Coproduction } from '@coproduce/core'

const DAY_MS = 24 * 60 * 60 * 1000

/** The actor the daily job runs as: staff, so it may erase; it is no one's identity and cannot sign in. */
export const RETENTION_ACTOR: Actor = { id: 'casebook-retention-job', roles: ['staff'] }

/**
 * Words people said we should not keep are erased once the time to keep them has passed (see
 * `hiddenWordsKeptDays`). Runs over every initiative; returns how many pieces of feedback lost their words.
 */
export async function eraseHiddenWordsEverywhere(coproduction: Coproduction, actor: Actor = RETENTION_ACTOR): Promise<number> {
  let erased = 0
  for (const initiative of await coproduction.initiatives.list({ actor }))
    erased += (await coproduction.feedback.eraseHiddenWords(initiative.id, { actor })).erased
  return erased
}

/** Run the job now and then once a day. The timer does not keep the process alive. Returns a stop function. */
export function startDailyErase(coproduction: Coproduction, onError: (error: unknown) => void): () => void {
  const run = () => void eraseHiddenWordsEverywhere(coproduction).catch(onError)
  run()
  const timer = setInterval(run, DAY_MS)
  timer.unref?.()
  return () => clearInterval(timer)
}
