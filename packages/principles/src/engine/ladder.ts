import { LADDER_RUNGS, type InitiativeSnapshot, type LadderRung } from '@coproduce/core'
import { decisionById, hasAttendance, hasBegun, howDecided, isHeld, livedExperienceWhoCame } from '../facts/evidence.js'
import { assessPayPolicy } from '../facts/pay.js'
import { paidFairlyOnRecord } from '../facts/paid.js'
import { buildsRelationships, RELATIONSHIP_DAYS, stageDays } from '../facts/stages.js'
import { daysAvailable, TIGHT_DAYS } from '../facts/timing.js'
import { isProfessionalPlace } from '../facts/venue.js'
import type { Basis, LadderAssessment, LivingWage } from '../types.js'
import type { SnapshotIndex } from './snapshot-index.js'

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
  /** When `ok` is false: what contradicts it, in plain words. */
  why?: string
}

const yes = (basis: Basis = 'statement'): Fact => ({ ok: true, basis })
const no = (why: string, basis: Basis = 'statement'): Fact => ({ ok: false, basis, why })
const unknown: Fact = { ok: undefined, basis: 'none' }

interface Requirement {
  check(input: LadderInput): Fact
  met: string
  /** What `met` says before the work begins, when only the plan shows it. */
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
    if (how === 'staff-only') return no('the decision on the aims was taken by staff alone', 'record')
    if (how === 'without-lived-experience') return no('no one with lived experience took part in the decision on the aims', 'record')
  }
  if (aims.agreedWith.some((who) => ix.livedExperienceIds.has(who))) return yes()
  if (aims.agreedWith.some((who) => ix.membersById.has(who)))
    return no('the aims were agreed only with members who do not have lived experience')
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
    if (onRecord.some((d) => d.outcome)) return no('the ground rules on record were decided without people with lived experience', 'record')
  }
  if (!agreements || agreements.length === 0) return unknown
  if (agreements.some((a) => a.decidedTogether)) return yes()
  return no('the ground rules were set by staff')
}

const REQUIREMENTS: Record<Exclude<LadderRung, 'informing'>, Requirement[]> = {
  consultation: [
    {
      check: ({ s, ix }) => {
        if (s.feedback.length) return yes('record')
        if (ix.livedExperienceIds.size) return yes()
        return s.members.length ? no('no one in the group has lived experience') : unknown
      },
      met: 'people with lived experience are asked for their views',
      missing: 'the plan does not show people with lived experience being asked for their views',
    },
  ],
  engagement: [
    {
      check: ({ s, ix, now, begun }) => {
        const held = s.sessions.filter((x) => isHeld(x, now) && hasAttendance(x))
        if (held.length) {
          if (held.some((x) => livedExperienceWhoCame(x, ix).length)) return yes('record')
          return no('no one with lived experience came to any session on record', 'record')
        }
        if (begun) return unknown
        return ix.livedExperienceIds.size && s.sessions.length ? yes() : unknown
      },
      met: 'people with lived experience take part in the sessions',
      planned: 'people with lived experience are planned to take part in the sessions',
      missing: 'nothing shows people with lived experience coming to sessions',
    },
    {
      check: ({ s }) => {
        const kinds = s.sessions.map((x) => x.conversation).filter((c) => c !== undefined)
        if (kinds.some((c) => c === 'two-way' || c === 'lived-experience-led')) return yes()
        return kinds.length ? no('every session is led by staff') : unknown
      },
      met: 'sessions are two-way conversations',
      missing: 'the plan does not show any session as a two-way conversation',
    },
    {
      check: ({ s }) => {
        if (s.updates.some((u) => u.publishedAt)) return yes('record')
        return s.updates.length || s.initiative.communication?.updateEveryDays !== undefined ? yes() : unknown
      },
      met: 'people hear back about what happened to their views',
      missing: 'the plan does not show people hearing back about their views',
    },
  ],
  'co-design': [
    {
      check: ({ s }) => {
        const f = s.initiative.problemFraming
        return f === undefined ? unknown : f === 'open' ? yes() : no('the work starts from a fixed solution')
      },
      met: 'the problem was left open for people to shape',
      missing: 'the plan does not show the problem left open for people to shape',
    },
    {
      check: ({ s }) => {
        const o = s.initiative.outcomes
        return o === undefined ? unknown : o.fixedInAdvance ? no('the outcomes were fixed in advance') : yes()
      },
      met: 'the outcomes were not fixed in advance',
      missing: 'the plan does not show the outcomes left open',
    },
    {
      check: aimsFact,
      met: 'the aims were agreed with people with lived experience',
      missing: 'the plan does not show the aims agreed with people with lived experience',
    },
    {
      check: ({ s }) => {
        const scope = s.initiative.scope
        if (scope === undefined) return unknown
        return scope.negotiable.length ? yes() : no('nothing is open to change together')
      },
      met: 'some of the work is open to change together',
      missing: 'the plan does not say what is open to change together',
    },
    {
      check: ({ s, ix, begun }) => {
        if (!begun) return yes()
        const decided = s.decisions.filter((d) => d.outcome)
        if (decided.some((d) => howDecided(d, ix) === 'together')) return yes('record')
        return decided.length ? no('every decision on record was taken without people with lived experience', 'record') : unknown
      },
      met: 'people with lived experience take part in decisions on record',
      planned: 'decisions are planned to be taken with people with lived experience',
      missing: 'there is no record of a decision people with lived experience took part in',
    },
  ],
  'co-production': [
    {
      check: ({ s }) => (s.initiative.powerReflection?.completedAt ? yes() : unknown),
      met: 'staff have thought about their power before starting',
      missing: 'the plan does not show staff thinking about their power before starting',
    },
    {
      check: ({ s, ix, wage }) => {
        const paid = paidFairlyOnRecord(s, ix, wage)
        if (paid !== undefined) return paid.fair ? yes('record') : no(paid.why, 'record')
        const v = assessPayPolicy(s.initiative.paymentPolicy, wage)
        return v.verdict === 'unknown' ? unknown : v.verdict === 'fair' ? yes() : no(v.problems[0]?.short ?? 'people are not paid fairly')
      },
      met: 'people are paid fairly for their time',
      missing: 'the plan does not show people paid fairly for their time',
    },
    {
      check: groundRulesFact,
      met: 'the ground rules were decided together',
      missing: 'the plan does not show ground rules decided together',
    },
    {
      check: ({ s }) => {
        const stages = s.initiative.stages
        if (!stages?.length) return unknown
        const first = stages[0]
        if (!first || !buildsRelationships(first)) return no('the work does not start with time to get to know each other')
        const days = stageDays(first)
        if (days !== undefined && days < RELATIONSHIP_DAYS)
          return no(`the time to get to know each other is only ${Math.round(days / 7)} weeks`)
        return yes()
      },
      met: 'there is time to build relationships before problem solving',
      missing: 'the plan does not set aside time to build relationships before problem solving',
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
        return decided.length ? no('no decision on record was made by people with lived experience', 'record') : unknown
      },
      met: 'people with lived experience decide, on record',
      planned: 'people with lived experience are planned to decide',
      missing: 'there is no record of people with lived experience deciding',
    },
  ],
}

/** Facts that hold the work at or below a rung whatever else it does. */
function caps({ s, ix, now }: LadderInput): { rung: LadderRung; why: string; basis: Basis }[] {
  const out: { rung: LadderRung; why: string; basis: Basis }[] = []
  if (s.members.length && ix.livedExperienceIds.size === 0)
    out.push({ rung: 'consultation', why: 'no one in the group has lived experience', basis: 'statement' })
  const held = s.sessions.filter((x) => isHeld(x, now) && hasAttendance(x))
  if (held.length && !held.some((x) => livedExperienceWhoCame(x, ix).length))
    out.push({ rung: 'consultation', why: 'no one with lived experience came to any session on record', basis: 'record' })
  const days = daysAvailable(s, ix, now)
  if (s.initiative.timeline?.deadlineFixed === true && days !== undefined && days < TIGHT_DAYS)
    out.push({
      rung: 'engagement',
      why: `the deadline is fixed and the work has only ${Math.max(0, Math.round(days / 7))} weeks`,
      basis: 'statement',
    })
  const placed = s.sessions.filter((x) => x.venue && x.format !== 'online')
  if (placed.length && placed.every((x) => x.venue && isProfessionalPlace(x.venue)))
    out.push({ rung: 'engagement', why: 'every session meets in a professional place, such as a board room or office', basis: 'statement' })
  return out
}

const rank = (rung: LadderRung): number => LADDER_RUNGS.indexOf(rung)

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`

/**
 * Places the work on the ladder Informing < Consultation < Engagement < Co-design < Co-production by what it
 * does. Records win over statements once the work has begun. A rung is reached only when everything it needs
 * is shown; a fact that is missing holds the work below it but never counts against the label.
 * The criteria and the briefing passages behind them are in docs/principles/ladder.md.
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
  let metAtAssessed: string[] = []
  let holding: string[] = []
  let usedRecords = false
  const later: string[] = []
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
      metAtAssessed = requirements.map((q, i) => (facts[i]?.basis === 'statement' && q.planned ? q.planned : q.met))
      continue
    }
    if (!climbing) {
      requirements.forEach((q, i) => {
        const f = facts[i]
        if (f?.ok === false) later.push(`Not ${rung}: ${f.why ?? q.missing}.`)
      })
    }
    if (climbing) {
      holding = []
      for (const c of limits) if (rank(c.rung) < r) holding.push(`Not ${rung}: ${c.why}.`)
      requirements.forEach((q, i) => {
        const f = facts[i]
        if (f?.ok === false) holding.push(`Not ${rung}: ${f.why ?? q.missing}.`)
      })
      requirements.forEach((q, i) => {
        if (facts[i]?.ok === undefined) holding.push(`Not yet ${rung}: ${q.missing}.`)
      })
    }
    climbing = false
  }

  const reasons: string[] = []
  if (claimed && rank(claimed) > rank(possible))
    reasons.push(
      possible === assessed
        ? `This work is called ${claimed}, but what it does is ${assessed}. Calling work ${claimed} when it is not is tokenism: change the practice, or call it ${assessed}.`
        : `This work is called ${claimed}, but the plan and records rule that out: it can be ${possible} at most, and shows ${assessed} so far. Calling work ${claimed} when it is not is tokenism: change the practice, or call it what it is.`,
    )
  else if (claimed && rank(claimed) > rank(assessed))
    reasons.push(`This work is called ${claimed}. It could be, but the plan and records do not show enough yet to say so.`)
  reasons.push(
    assessed === 'informing'
      ? 'It is informing: people are told about the work, but the plan does not show them shaping it.'
      : `It is ${assessed}: ${list(metAtAssessed)}.`,
  )
  reasons.push(...holding)
  // Facts already ruling out a higher rung are listed too: they are what the label is measured against.
  for (const line of later) if (!reasons.includes(line)) reasons.push(line)
  // Caps further up still matter: they say what would hold the work back next.
  for (const c of limits) {
    const next = LADDER_RUNGS[rank(c.rung) + 1]
    const line = `Not ${next}: ${c.why}.`
    if (next && !reasons.includes(line)) reasons.push(line)
  }
  return { claimed, assessed, possible, basis: input.begun && usedRecords ? 'record' : input.begun ? 'none' : 'statement', reasons }
}
