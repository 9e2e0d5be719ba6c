import type { Actor, Coproduction } from '@coproduce/core'

const DAY_MS = 24 * 60 * 60 * 1000

/** The daily job lists the organisations as a platform operator (which reads no personal data)… */
const OPERATOR: Actor = { id: 'casebook-retention-job', roles: ['operator'] }
/** …then works in each one as its staff. It is no one's identity and cannot sign in. */
const staffOf = (organisationId: string): Actor => ({ id: 'casebook-retention-job', roles: ['staff'], organisationId })

/**
 * Words people said we should not keep are erased once the time to keep them has passed (see
 * `hiddenWordsKeptDays`). Runs over every initiative of every organisation; returns how many pieces of feedback
 * lost their words.
 */
export async function eraseHiddenWordsEverywhere(coproduction: Coproduction): Promise<number> {
  let erased = 0
  for (const organisation of await coproduction.organisations.list({ actor: OPERATOR })) {
    const actor = staffOf(organisation.id)
    for (const initiative of await coproduction.initiatives.list({ actor }))
      erased += (await coproduction.feedback.eraseHiddenWords(initiative.id, { actor })).erased
  }
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
