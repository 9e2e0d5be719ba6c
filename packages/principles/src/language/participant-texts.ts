import type { InitiativeSnapshot } from '@coproduce/core'

export interface TextToRead {
  /** Where the text is in the plan, e.g. `sessions[2].title`. */
  path: string
  text: string
}

/**
 * Every text a person taking part reads: the title and purpose, aims, scope, outcomes, stages, ground rules,
 * risk decisions, the group-change plan, the voucher reason, session titles and notes, decision questions,
 * options and outcomes, and update text ("you said", "we did", reasons and timeline notes).
 */
export function participantTexts(snapshot: InitiativeSnapshot): TextToRead[] {
  const i = snapshot.initiative
  const out: TextToRead[] = [
    { path: 'initiative.title', text: i.title },
    { path: 'initiative.purpose', text: i.purpose },
  ]
  const add = (path: string, text: string | undefined) => {
    if (text) out.push({ path, text })
  }
  add('initiative.aims.text', i.aims?.text)
  add('initiative.outcomes.description', i.outcomes?.description)
  i.scope?.negotiable.forEach((text, n) => add(`initiative.scope.negotiable[${n}]`, text))
  i.scope?.nonNegotiable.forEach((text, n) => add(`initiative.scope.nonNegotiable[${n}]`, text))
  i.stages?.forEach((s, n) => add(`initiative.stages[${n}].description`, s.description))
  i.agreements?.forEach((a, n) => add(`initiative.agreements[${n}].text`, a.text))
  i.riskDecisions?.forEach((r, n) => {
    add(`initiative.riskDecisions[${n}].topic`, r.topic)
    add(`initiative.riskDecisions[${n}].decision`, r.decision)
  })
  add('initiative.groupChangePlan', i.groupChangePlan)
  add('initiative.paymentPolicy.voucherReason', i.paymentPolicy?.voucherReason)
  snapshot.sessions.forEach((s, n) => {
    add(`sessions[${n}].title`, s.title)
    add(`sessions[${n}].notes`, s.notes)
  })
  snapshot.decisions.forEach((d, n) => {
    add(`decisions[${n}].question`, d.question)
    d.options?.forEach((o, k) => add(`decisions[${n}].options[${k}].text`, o.text))
    add(`decisions[${n}].outcome.text`, d.outcome?.text)
  })
  snapshot.updates.forEach((u, n) => {
    add(`updates[${n}].youSaid`, u.youSaid)
    add(`updates[${n}].weDid`, u.weDid)
    add(`updates[${n}].reason`, u.reason)
    u.timeline?.forEach((t, k) => add(`updates[${n}].timeline[${k}].note`, t.note))
  })
  return out
}
