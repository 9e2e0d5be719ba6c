/**
 * A strict consumer of every package's public API, typechecked by tests/consumer/run.mjs with
 * `skipLibCheck: false` under node16, nodenext and bundler resolution. Wrong code must not compile: the
 * `@ts-expect-error` lines fail the check if the types ever become loose.
 */
import {
  createCoproduction,
  memoryStore,
  InitiativeSnapshotSchema,
  type Actor,
  type Coproduction,
  type Feedback,
  type InitiativeSnapshot,
} from '@coproduce/core'
import { evaluate, type Report } from '@coproduce/principles'
import { pgliteStore, postgresStore } from '@coproduce/postgres'
import { createHandler, toNodeListener } from '@coproduce/server'
import type { CpFeedback } from '@coproduce/elements'

const actor: Actor = { id: 'staff-1', roles: ['staff'] }
const coproduction: Coproduction = createCoproduction({ store: memoryStore() })
export const stores = [pgliteStore(), postgresStore] as const

export async function useTheService(): Promise<Feedback> {
  await coproduction.initiatives.create({ id: 'drop-in-hours', title: 'Drop-in hours', purpose: 'Decide together.' }, { actor })
  return coproduction.feedback.submit(
    { initiativeId: 'drop-in-hours', kind: 'idea', text: 'Open on Saturdays', anonymous: true },
    { actor: null },
  )
}

export const handler: (request: Request) => Promise<Response> = createHandler({ coproduction, authenticate: () => actor })
export const listener = toNodeListener(handler)

export function readAPlan(json: unknown): Report {
  const snapshot: InitiativeSnapshot = InitiativeSnapshotSchema.parse(json)
  // Snapshot lists hold real records, not `any`:
  // @ts-expect-error a member's displayName is a string
  const wrong: number | undefined = snapshot.members[0]?.displayName
  void wrong
  return evaluate(snapshot)
}

export function useTheWidgets(): void {
  // The tag map knows each widget's class.
  const feedback: CpFeedback | null = document.querySelector('cp-feedback')
  feedback?.setAttribute('initiative', 'drop-in-hours')
  const made = document.createElement('cp-feedback')
  made.initiative = 'drop-in-hours'
  // Events are typed: detail is the stored feedback.
  made.addEventListener('cp-submit', (event) => {
    const id: string = event.detail.id
    console.log(id)
  })
}
