import { LADDER_RUNGS, type InitiativeSnapshot, type LadderRung } from '@coproduce/core'
import { decisionById, hasAttendance, hasBegun, howDecided, isHeld, livedExperienceWhoCame } from '../facts/evidence.js'
import { assessPayPolicy } from '../facts/pay.js'
import { paidFairlyOnRecord } from '../facts/paid.js'
import { buildsRelationships, RELATIONSHIP_DAYS, stageDays } from '../facts/stages.js'
import { daysAvailable, TIGHT_DAYS } from '../facts/timing.js'
import { isProfessionalPlace } from '../facts/venue.js'
import type { Basis, LadderAssessment, LivingWage } from '../types.js'
import type { SnapshotIndex } from './snapshot-index.js'
import { phrase } from '../messages/common.js'
import { englishPhrase } from '../messages/english.js'
import type { MessageKey } from '../report-schema.js'
import type { MessageRef, MessageValue } from '../messages/types.js'

/** What a requirement sees. */
export interface LadderInput {
  s: InitiativeSnapshot
  ix: SnapshotIndex
  wage: LivingWage
  now: Date
  /** The work has begun: from here on, records are needed where they can exist. */
  begun: boolean
}

/** A fact: shown (true), contradicted (false) or not known (undefined), and what it rests on. */
export interface Fact {
  ok: boolean | undefined
  basis: Basis
  /** When `ok` is false: what contradicts it, in plain words (a `ladder/why-…` phrase, or a shared one). */
  why?: MessageValue
}

const yes = (basis: Basis = 'statement'): Fact => ({ ok: true, basis })
/** A fact contradicted: `why` is the id of a `ladder/why-…` phrase, or a phrase with its data. */
const no = (why: string | MessageValue, basis: Basis = 'statement'): Fact => ({
  ok: false,
  basis,
  why: typeof why === 'string' ? phrase(`ladder/why-${why}`) : why,
})
const unknown: Fact = { ok: undefined, basis: 'none' }

interface Requirement {
  check(input: LadderInput): Fact
  /** Ids of `ladder/…` phrases: what is shown, what is planned before the work begins, what is missing. */
  met: string
  planned?: string
  missing: string
}

/** Aims: the decision on record first, then the members named in `agreedWith` (only members with lived experience count). */
export function aimsFact({ s, ix }: LadderInput): Fact {
  const aims = s.initiative.aims
  if (!aims) return unknown
  const decision = decisionById(s, aims.decisionId)
  if (decision) {
    const how = howDecided(decision, ix)
    if (how === 'together') return yes('record')
    if (how === 'staff-only') return no('aims-staff-alone', 'record')
    if (how === 'without-lived-experience') return no('aims-without-lived-experience', 'record')
  }
  if (aims.agreedWith.some((who) => ix.livedExperienceIds.has(who))) return yes()
  if (aims.agreedWith.some((who) => ix.membersById.has(who))) return no('aims-only-others')
  return unknown
}

/** Ground rules: decisions on record first, then what the plan ticks. */
export function groundRulesFact({ s, ix }: LadderInput): Fact {
  const agreements = s.initiative.agreements
  const onRecord = [
    ...(agreements ?? []).map((a) => decisionById(s, a.decisionId)),
    ...s.decisions.filter((d) => d.kind === 'ground-rules'),
  ].filter((d) => d !== undefined)
  if (onRecord.length) {
    if (onRecord.some((d) => howDecided(d, ix) === 'together')) return yes('record')
    if (onRecord.some((d) => d.outcome)) return no('ground-rules-without', 'record')
  }
  if (!agreements || agreements.length === 0) return unknown
  if (agreements.some((a) => a.decidedTogether)) return yes()
  return no('ground-rules-staff')
}

const REQUIREMENTS: Record<Exclude<LadderRung, 'informing'>, Requirement[]> = {
  consultation: [
    {
      check: ({ s, ix }) => {
        if (s.feedback.length) return yes('record')
        if (ix.livedExperienceIds.size) return yes()
        return s.members.length ? no('no-lived-experience') : unknown
      },
      met: 'ladder/met-asked',
      missing: 'ladder/missing-asked',
    },
  ],
  engagement: [
    {
      check: ({ s, ix, now, begun }) => {
        const held = s.sessions.filter((x) => isHeld(x, now) && hasAttendance(x))
        if (held.length) {
          if (held.some((x) => livedExperienceWhoCame(x, ix).length)) return yes('record')
          return no('nobody-came', 'record')
        }
        if (begun) return unknown
        return ix.livedExperienceIds.size && s.sessions.length ? yes() : unknown
      },
      met: 'ladder/met-take-part',
      planned: 'ladder/planned-take-part',
      missing: 'ladder/missing-take-part',
    },
    {
      check: ({ s }) => {
        const kinds = s.sessions.map((x) => x.conversation).filter((c) => c !== undefined)
        if (kinds.some((c) => c === 'two-way' || c === 'lived-experience-led')) return yes()
        return kinds.length ? no('staff-led-sessions') : unknown
      },
      met: 'ladder/met-two-way',
      missing: 'ladder/missing-two-way',
    },
    {
      check: ({ s }) => {
        if (s.updates.some((u) => u.publishedAt)) return yes('record')
        return s.updates.length || s.initiative.communication?.updateEveryDays !== undefined ? yes() : unknown
      },
      met: 'ladder/met-hear-back',
      missing: 'ladder/missing-hear-back',
    },
  ],
  'co-design': [
    {
      check: ({ s }) => {
        const f = s.initiative.problemFraming
        return f === undefined ? unknown : f === 'open' ? yes() : no('fixed-solution')
      },
      met: 'ladder/met-open-problem',
      missing: 'ladder/missing-open-problem',
    },
    {
      check: ({ s }) => {
        const o = s.initiative.outcomes
        return o === undefined ? unknown : o.fixedInAdvance ? no('outcomes-fixed') : yes()
      },
      met: 'ladder/met-open-outcomes',
      missing: 'ladder/missing-open-outcomes',
    },
    {
      check: aimsFact,
      met: 'ladder/met-aims',
      missing: 'ladder/missing-aims',
    },
    {
      check: ({ s }) => {
        const scope = s.initiative.scope
        if (scope === undefined) return unknown
        return scope.negotiable.length ? yes() : no('nothing-open')
      },
      met: 'ladder/met-open-scope',
      missing: 'ladder/missing-open-scope',
    },
    {
      check: ({ s, ix, begun }) => {
        if (!begun) return yes()
        const decided = s.decisions.filter((d) => d.outcome)
        if (decided.some((d) => howDecided(d, ix) === 'together')) return yes('record')
        return decided.length ? no('decisions-without', 'record') : unknown
      },
      met: 'ladder/met-decisions',
      planned: 'ladder/planned-decisions',
      missing: 'ladder/missing-decisions',
    },
  ],
  'co-production': [
    {
      check: ({ s }) => (s.initiative.powerReflection?.completedAt ? yes() : unknown),
      met: 'ladder/met-power',
      missing: 'ladder/missing-power',
    },
    {
      check: ({ s, ix, wage }) => {
        const paid = paidFairlyOnRecord(s, ix, wage)
        if (paid !== undefined) return paid.fair ? yes('record') : no(paid.why, 'record')
        const v = assessPayPolicy(s.initiative.paymentPolicy, wage)
        return v.verdict === 'unknown' ? unknown : v.verdict === 'fair' ? yes() : no(v.problems[0]?.short ?? phrase('common/pay-unfair'))
      },
      met: 'ladder/met-paid',
      missing: 'ladder/missing-paid',
    },
    {
      check: groundRulesFact,
      met: 'ladder/met-ground-rules',
      missing: 'ladder/missing-ground-rules',
    },
    {
      check: ({ s }) => {
        const stages = s.initiative.stages
        if (!stages?.length) return unknown
        const first = stages[0]
        if (!first || !buildsRelationships(first)) return no('no-time-first')
        const days = stageDays(first)
        if (days !== undefined && days < RELATIONSHIP_DAYS)
          return no(phrase('ladder/why-short-relationships', { count: Math.round(days / 7) }))
        return yes()
      },
      met: 'ladder/met-relationships',
      missing: 'ladder/missing-relationships',
    },
    {
      check: ({ s, ix, begun }) => {
        if (!begun) return yes()
        const decided = s.decisions.filter((d) => d.outcome)
        if (
          decided.some(
            (d) => d.outcome?.method !== 'staff-only' && d.outcome?.decidedBy.some((id: string) => ix.livedExperienceIds.has(id)),
          )
        )
          return yes('record')
        return decided.length ? no('no-decision-by', 'record') : unknown
      },
      met: 'ladder/met-decide',
      planned: 'ladder/planned-decide',
      missing: 'ladder/missing-decide',
    },
  ],
}

/** Facts that hold the work at or below a rung whatever else it does. */
function caps({ s, ix, now }: LadderInput): { rung: LadderRung; why: MessageValue; basis: Basis }[] {
  const out: { rung: LadderRung; why: MessageValue; basis: Basis }[] = []
  if (s.members.length && ix.livedExperienceIds.size === 0)
    out.push({ rung: 'consultation', why: phrase('ladder/why-no-lived-experience'), basis: 'statement' })
  const held = s.sessions.filter((x) => isHeld(x, now) && hasAttendance(x))
  if (held.length && !held.some((x) => livedExperienceWhoCame(x, ix).length))
    out.push({ rung: 'consultation', why: phrase('ladder/why-nobody-came'), basis: 'record' })
  const days = daysAvailable(s, ix, now)
  if (s.initiative.timeline?.deadlineFixed === true && days !== undefined && days < TIGHT_DAYS)
    out.push({
      rung: 'engagement',
      why: phrase('ladder/why-fixed-deadline', { count: Math.max(0, Math.round(days / 7)) }),
      basis: 'statement',
    })
  const placed = s.sessions.filter((x) => x.venue && x.format !== 'online')
  if (placed.length && placed.every((x) => x.venue && isProfessionalPlace(x.venue)))
    out.push({ rung: 'engagement', why: phrase('ladder/why-professional-places'), basis: 'statement' })
  return out
}

const rank = (rung: LadderRung): number => LADDER_RUNGS.indexOf(rung)

const rungName = (rung: LadderRung): MessageRef => phrase(`ladder/rung-${rung}`)

/** "Not co-design: the outcomes were fixed in advance." */
const notRung = (rung: LadderRung, why: MessageValue, yet = false): MessageKey => ({
  messageId: yet ? 'ladder/not-yet' : 'ladder/not',
  data: { rung: rungName(rung), why },
})

/**
 * Places the work on the ladder Informing < Consultation < Engagement < Co-design < Co-production by what it
 * does. Records win over statements once the work has begun. A rung is reached only when everything it needs
 * is shown; a fact that is missing holds the work below it but never counts against the label.
 * The criteria and the briefing passages behind them are in docs/principles/ladder.md.
 * Each reason is kept by message id and data (`reasonMessages`), so the report can be written in any language.
 */
export function assessLadder(
  snapshot: InitiativeSnapshot,
  index: SnapshotIndex,
  livingWage: LivingWage,
  now: Date = new Date(),
): LadderAssessment {
  const input: LadderInput = { s: snapshot, ix: index, wage: livingWage, now, begun: hasBegun(snapshot, now) }
  const claimed = snapshot.initiative.label ?? null
  const limits = caps(input)
  const ceiling = limits.reduce<LadderRung>((low, c) => (rank(c.rung) < rank(low) ? c.rung : low), 'co-production')

  let assessed: LadderRung = 'informing'
  let possible: LadderRung = 'informing'
  let climbing = true
  let open = true
  let metAtAssessed: MessageRef[] = []
  let holding: MessageKey[] = []
  let usedRecords = false
  const later: MessageKey[] = []
  const ceilingRank = rank(ceiling)
  // Plain loops: the ladder is assessed on every evaluation.
  for (let r = 1; r < LADDER_RUNGS.length; r++) {
    const rung = LADDER_RUNGS[r] as Exclude<LadderRung, 'informing'>
    const requirements = REQUIREMENTS[rung]
    const facts: Fact[] = []
    let allShown = true
    let anyAgainst = false
    for (const requirement of requirements) {
      const f = requirement.check(input)
      facts.push(f)
      if (f.basis === 'record') usedRecords = true
      if (f.ok !== true) allShown = false
      if (f.ok === false) anyAgainst = true
    }
    const above = r > ceilingRank
    if (open && !above && !anyAgainst) possible = rung
    else open = false
    if (climbing && !above && allShown) {
      assessed = rung
      metAtAssessed = requirements.map((q, i) => phrase(facts[i]?.basis === 'statement' && q.planned ? q.planned : q.met))
      continue
    }
    if (!climbing) {
      requirements.forEach((q, i) => {
        const f = facts[i]
        if (f?.ok === false) later.push(notRung(rung, f.why ?? phrase(q.missing)))
      })
    }
    if (climbing) {
      holding = []
      for (const c of limits) if (rank(c.rung) < r) holding.push(notRung(rung, c.why))
      requirements.forEach((q, i) => {
        const f = facts[i]
        if (f?.ok === false) holding.push(notRung(rung, f.why ?? phrase(q.missing)))
      })
      requirements.forEach((q, i) => {
        if (facts[i]?.ok === undefined) holding.push(notRung(rung, phrase(q.missing), true))
      })
    }
    climbing = false
  }

  const keyed: MessageKey[] = []
  const reasons: string[] = []
  const add = (key: MessageKey, again = false): void => {
    const line = englishPhrase(key.messageId, key.data)
    if (!again && reasons.includes(line)) return
    reasons.push(line)
    keyed.push(key)
  }
  if (claimed && rank(claimed) > rank(possible))
    add(
      possible === assessed
        ? { messageId: 'ladder/called-but-is', data: { claimed: rungName(claimed), assessed: rungName(assessed) } }
        : {
            messageId: 'ladder/called-but-ruled-out',
            data: { claimed: rungName(claimed), possible: rungName(possible), assessed: rungName(assessed) },
          },
    )
  else if (claimed && rank(claimed) > rank(assessed)) add({ messageId: 'ladder/called-could-be', data: { claimed: rungName(claimed) } })
  add(
    assessed === 'informing'
      ? { messageId: 'ladder/is-informing' }
      : { messageId: 'ladder/is', data: { assessed: rungName(assessed), met: { list: metAtAssessed, join: 'semicolons' } } },
  )
  for (const key of holding) add(key, true)
  // Facts already ruling out a higher rung are listed too: they are what the label is measured against.
  for (const key of later) add(key)
  // Caps further up still matter: they say what would hold the work back next.
  for (const c of limits) {
    const next = LADDER_RUNGS[rank(c.rung) + 1]
    if (next) add(notRung(next, c.why))
  }
  return {
    claimed,
    assessed,
    possible,
    basis: input.begun && usedRecords ? 'record' : input.begun ? 'none' : 'statement',
    reasons,
    reasonMessages: keyed,
  }
}
