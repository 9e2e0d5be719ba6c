import type { InitiativeSnapshot } from '@coproduce/core'

export interface TextToRead {
  /** Where the text is in the plan, e.g. `sessions[2].title`. */
  path: string
  text: string
}

/**
 * The path of the `n`th (and `k`th) item of a list, e.g. `sessions[2].title`: made once and kept, because every
 * evaluation asks for the same paths again. Only the first few thousand items of a list are kept.
 */
function place(prefix: string, suffix: string): (n: number) => string {
  const made: string[] = []
  return (n) => made[n] ?? (n < 5_000 ? (made[n] = `${prefix}[${n}]${suffix}`) : `${prefix}[${n}]${suffix}`)
}
function place2(prefix: string, middle: string, suffix: string): (n: number, k: number) => string {
  const made: ((k: number) => string)[] = []
  return (n, k) => (made[n] ??= place(`${prefix}[${n}]${middle}`, suffix))(k)
}

const NEGOTIABLE = place('initiative.scope.negotiable', '')
const NON_NEGOTIABLE = place('initiative.scope.nonNegotiable', '')
const STAGE = place('initiative.stages', '.description')
const AGREEMENT = place('initiative.agreements', '.text')
const RISK_TOPIC = place('initiative.riskDecisions', '.topic')
const RISK_DECISION = place('initiative.riskDecisions', '.decision')
const SESSION_TITLE = place('sessions', '.title')
const SESSION_NOTES = place('sessions', '.notes')
const QUESTION = place('decisions', '.question')
const OPTION = place2('decisions', '.options', '.text')
const OUTCOME = place('decisions', '.outcome.text')
const YOU_SAID = place('updates', '.youSaid')
const WE_DID = place('updates', '.weDid')
const REASON = place('updates', '.reason')
const NOTE = place2('updates', '.timeline', '.note')

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
  i.scope?.negotiable.forEach((text, n) => add(NEGOTIABLE(n), text))
  i.scope?.nonNegotiable.forEach((text, n) => add(NON_NEGOTIABLE(n), text))
  i.stages?.forEach((s, n) => add(STAGE(n), s.description))
  i.agreements?.forEach((a, n) => add(AGREEMENT(n), a.text))
  i.riskDecisions?.forEach((r, n) => {
    add(RISK_TOPIC(n), r.topic)
    add(RISK_DECISION(n), r.decision)
  })
  add('initiative.groupChangePlan', i.groupChangePlan)
  add('initiative.paymentPolicy.voucherReason', i.paymentPolicy?.voucherReason)
  snapshot.sessions.forEach((s, n) => {
    add(SESSION_TITLE(n), s.title)
    add(SESSION_NOTES(n), s.notes)
  })
  snapshot.decisions.forEach((d, n) => {
    add(QUESTION(n), d.question)
    d.options?.forEach((o, k) => add(OPTION(n, k), o.text))
    add(OUTCOME(n), d.outcome?.text)
  })
  snapshot.updates.forEach((u, n) => {
    add(YOU_SAID(n), u.youSaid)
    add(WE_DID(n), u.weDid)
    add(REASON(n), u.reason)
    u.timeline?.forEach((t, k) => add(NOTE(n, k), t.note))
  })
  return out
}
