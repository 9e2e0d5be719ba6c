import { LADDER_RUNGS, type InitiativeSnapshot, type LadderRung } from '@coproduce/core'
import { aimsAgreedWithLivedExperience } from '../facts/agreed-with.js'
import { assessPayPolicy } from '../facts/pay.js'
import type { LadderAssessment, LivingWage } from '../types.js'
import type { SnapshotIndex } from './snapshot-index.js'

interface Requirement {
  /** True when the plan shows it, false when it shows the opposite, undefined when it does not say. */
  test(snapshot: InitiativeSnapshot, index: SnapshotIndex, livingWage: LivingWage): boolean | undefined
  met: string
  missing: string
}

/** What each rung above `informing` needs, all of it, on top of the rungs below. */
const REQUIREMENTS: Record<Exclude<LadderRung, 'informing'>, Requirement[]> = {
  consultation: [
    {
      test: (s, ix) => ix.livedExperienceIds.size > 0 || s.feedback.length > 0 || s.sessions.length > 0,
      met: 'people with lived experience are asked for their views',
      missing: 'the plan does not show people with lived experience being asked for their views',
    },
  ],
  engagement: [
    {
      test: (s) => {
        const kinds = s.sessions.map((x) => x.conversation).filter((c) => c !== undefined)
        if (kinds.some((c) => c === 'two-way' || c === 'lived-experience-led')) return true
        return kinds.length ? false : undefined
      },
      met: 'sessions are two-way conversations',
      missing: 'the plan does not show any session as a two-way conversation',
    },
    {
      test: (s) => s.updates.length > 0 || s.initiative.communication?.updateEveryDays !== undefined,
      met: 'people hear back about what happened to their views',
      missing: 'the plan does not show people hearing back about their views',
    },
  ],
  'co-design': [
    {
      test: (s) => (s.initiative.problemFraming === undefined ? undefined : s.initiative.problemFraming === 'open'),
      met: 'the problem was left open for people to shape',
      missing: 'the plan does not show the problem left open for people to shape',
    },
    {
      test: (s) => (s.initiative.outcomes === undefined ? undefined : !s.initiative.outcomes.fixedInAdvance),
      met: 'the outcomes were not fixed in advance',
      missing: 'the plan does not show the outcomes left open',
    },
    {
      test: (s, ix) => aimsAgreedWithLivedExperience(s, ix),
      met: 'the aims were agreed with people with lived experience',
      missing: 'the plan does not show the aims agreed with people with lived experience',
    },
    {
      test: (s) => (s.initiative.scope === undefined ? undefined : s.initiative.scope.negotiable.length > 0),
      met: 'some of the work is open to change together',
      missing: 'the plan does not say what is open to change together',
    },
  ],
  'co-production': [
    {
      test: (s) => (s.initiative.powerReflection === undefined ? undefined : !!s.initiative.powerReflection.completedAt),
      met: 'staff have thought about their power before starting',
      missing: 'the plan does not show staff thinking about their power before starting',
    },
    {
      test: (s, _ix, wage) => {
        const v = assessPayPolicy(s.initiative.paymentPolicy, wage).verdict
        return v === 'unknown' ? undefined : v === 'fair'
      },
      met: 'people are paid fairly for their time',
      missing: 'the plan does not show people paid fairly for their time',
    },
    {
      test: (s) => {
        const a = s.initiative.agreements
        return a === undefined ? undefined : a.some((x) => x.decidedTogether)
      },
      met: 'the ground rules were decided together',
      missing: 'the plan does not show ground rules decided together',
    },
    {
      test: (s) => {
        const st = s.initiative.stages
        return st === undefined ? undefined : st.some((x) => x.buildsRelationships === true)
      },
      met: 'there is time to build relationships before problem solving',
      missing: 'the plan does not set aside time to build relationships before problem solving',
    },
  ],
}

const rank = (rung: LadderRung): number => LADDER_RUNGS.indexOf(rung)

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`

/**
 * Places the work on the ladder Informing < Consultation < Engagement < Co-design < Co-production by what it
 * actually does. A rung is reached only when the plan shows everything it needs: a fact the plan leaves out
 * is not counted.
 */
export function assessLadder(snapshot: InitiativeSnapshot, index: SnapshotIndex, livingWage: LivingWage): LadderAssessment {
  const claimed = snapshot.initiative.label ?? null
  let assessed: LadderRung = 'informing'
  let metAtAssessed: string[] = []
  let missingNext: string[] = []
  for (const rung of LADDER_RUNGS) {
    if (rung === 'informing') continue
    const results = REQUIREMENTS[rung].map((r) => ({ r, ok: r.test(snapshot, index, livingWage) === true }))
    const missing = results.filter((x) => !x.ok).map((x) => x.r.missing)
    if (missing.length) {
      missingNext = [`Not yet ${rung}: ${list(missing)}.`]
      break
    }
    assessed = rung
    metAtAssessed = results.map((x) => x.r.met)
  }

  const reasons: string[] = []
  if (claimed && rank(claimed) > rank(assessed))
    reasons.push(
      `This work is called ${claimed}, but what it does is ${assessed}. Calling work ${claimed} when it is not is tokenism: change the practice, or call it ${assessed}.`,
    )
  reasons.push(
    assessed === 'informing'
      ? 'It is informing: people are told about the work, but the plan does not show them shaping it.'
      : `It is ${assessed}: ${list(metAtAssessed)}.`,
  )
  reasons.push(...missingNext)
  return { claimed, assessed, reasons }
}
