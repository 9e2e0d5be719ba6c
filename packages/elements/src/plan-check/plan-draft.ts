import type { Initiative, InitiativePatch } from '../shared/types.js'

/** The plan as typed in `<cp-plan-check>`: strings and ticks. */
export interface PlanDraft {
  purpose: string
  problemFraming: '' | 'open' | 'fixed'
  negotiable: string
  nonNegotiable: string
  start: string
  end: string
  deadlineFixed: boolean
  outcomesFixed: boolean
  outcomesText: string
  aims: string
  methods: string
  livedExperienceLed: boolean
  existingGroupsConsidered: boolean
  payMethod: '' | 'cash' | 'voucher' | 'choice' | 'none'
  rate: string
  updateEveryDays: string
}

/** The ten parts of the plan, each the name of the initiative's field its findings are about. */
export const PARTS = [
  'purpose',
  'problemFraming',
  'scope',
  'timeline',
  'outcomes',
  'aims',
  'methods',
  'leadership',
  'paymentPolicy',
  'communication',
] as const
export type Part = (typeof PARTS)[number]

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
const DATE = /^\d{4}-\d{2}-\d{2}$/
const NUMBER = /^\s*\d+(\.\d+)?\s*$/

export function draftOf(i: Initiative): PlanDraft {
  return {
    purpose: i.purpose ?? '',
    problemFraming: i.problemFraming ?? '',
    negotiable: (i.scope?.negotiable ?? []).join('\n'),
    nonNegotiable: (i.scope?.nonNegotiable ?? []).join('\n'),
    start: i.timeline?.start ?? '',
    end: i.timeline?.end ?? '',
    deadlineFixed: !!i.timeline?.deadlineFixed,
    outcomesFixed: !!i.outcomes?.fixedInAdvance,
    outcomesText: i.outcomes?.description ?? '',
    aims: i.aims?.text ?? '',
    methods: (i.methods ?? []).join('\n'),
    livedExperienceLed: !!i.leadership?.livedExperienceLed,
    existingGroupsConsidered: !!i.leadership?.existingGroupsConsidered,
    payMethod: i.paymentPolicy?.method ?? '',
    rate: i.paymentPolicy?.hourlyRate === undefined ? '' : String(i.paymentPolicy.hourlyRate),
    updateEveryDays: i.communication?.updateEveryDays === undefined ? '' : String(i.communication.updateEveryDays),
  }
}

/** What is wrong with the draft, by field id, in the order of the form. */
export function problemsOf(d: PlanDraft): [keyof PlanDraft, 'needPurpose' | 'needDate' | 'needDates' | 'needRate' | 'needDays'][] {
  const out: [keyof PlanDraft, 'needPurpose' | 'needDate' | 'needDates' | 'needRate' | 'needDays'][] = []
  if (!d.purpose.trim()) out.push(['purpose', 'needPurpose'])
  if (d.start && !DATE.test(d.start)) out.push(['start', 'needDate'])
  if (d.end && !DATE.test(d.end)) out.push(['end', 'needDate'])
  else if (d.start && d.end && DATE.test(d.start) && d.end <= d.start) out.push(['end', 'needDates'])
  if (d.rate.trim() && !NUMBER.test(d.rate)) out.push(['rate', 'needRate'])
  const days = Number(d.updateEveryDays)
  if (d.updateEveryDays.trim() && (!/^\s*\d+\s*$/.test(d.updateEveryDays) || days < 1 || days > 366))
    out.push(['updateEveryDays', 'needDays'])
  return out
}

/**
 * The change to send: only the parts `touched` (or all, for saving), and only what reads well — a part still being
 * typed wrongly is left out, so the live check never fails on half-typed input.
 */
export function patchOf(d: PlanDraft, touched: ReadonlySet<Part>, current?: Initiative): InitiativePatch {
  const bad = new Set(problemsOf(d).map(([field]) => field))
  const patch: Record<string, unknown> = {}
  const want = (part: Part) => touched.has(part)
  if (want('purpose') && !bad.has('purpose')) patch.purpose = d.purpose.trim()
  if (want('problemFraming') && d.problemFraming) patch.problemFraming = d.problemFraming
  if (want('scope')) patch.scope = { negotiable: lines(d.negotiable), nonNegotiable: lines(d.nonNegotiable) }
  if (want('timeline') && !bad.has('start') && !bad.has('end'))
    patch.timeline = { ...(d.start ? { start: d.start } : {}), ...(d.end ? { end: d.end } : {}), deadlineFixed: d.deadlineFixed }
  if (want('outcomes'))
    patch.outcomes = {
      ...current?.outcomes,
      fixedInAdvance: d.outcomesFixed,
      ...(d.outcomesText.trim() ? { description: d.outcomesText.trim() } : {}),
    }
  if (want('aims') && d.aims.trim()) patch.aims = { ...current?.aims, text: d.aims.trim() }
  if (want('methods')) patch.methods = lines(d.methods)
  if (want('leadership'))
    patch.leadership = {
      ...current?.leadership,
      livedExperienceLed: d.livedExperienceLed,
      existingGroupsConsidered: d.existingGroupsConsidered,
    }
  if (want('paymentPolicy') && d.payMethod && !bad.has('rate'))
    patch.paymentPolicy = { ...current?.paymentPolicy, method: d.payMethod, ...(d.rate.trim() ? { hourlyRate: Number(d.rate) } : {}) }
  if (want('communication') && d.updateEveryDays.trim() && !bad.has('updateEveryDays'))
    patch.communication = { ...current?.communication, updateEveryDays: Number(d.updateEveryDays) }
  return patch as InitiativePatch
}

/** The part of the plan a finding is about, from its path (`initiative.paymentPolicy.hourlyRate` → `paymentPolicy`). */
export function partOf(path: string): Part | undefined {
  const field = /^initiative\.([A-Za-z]+)/.exec(path)?.[1]
  return (PARTS as readonly string[]).includes(field ?? '') ? (field as Part) : undefined
}
