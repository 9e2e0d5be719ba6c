/**
 * The built-in rules' failure conditions, written for json-rules-engine, to compare its speed with
 * @coproduce/principles on the same snapshot in the same process. Each rule here fires when ours fails.
 * The snapshot is parsed with the same zod schema first, as `evaluate` does, and derived facts are computed
 * lazily by json-rules-engine's almanac (its usual way to compute values from a fact).
 */
import { InitiativeSnapshotSchema } from '@coproduce/core'
import { Engine } from 'json-rules-engine'

const DAY = 86_400_000
const t = (s) => (s ? Date.parse(s) : undefined)
const CREATIVE =
  /\b(photo|draw|art|collage|map|story|stories|walk|theatre|drama|music|song|poem|craft|game|film|video|cook|meal|garden|creative|peer research|paint)/i
const LADDER = ['informing', 'consultation', 'engagement', 'co-design', 'co-production']

const rule = (id, conditions) => ({ name: id, conditions, event: { type: 'fail', params: { ruleId: id } } })
const is = (fact, operator, value, path) => ({ fact, operator, value, ...(path ? { path } : {}) })

export function makeJsonRulesEngine({ checkLanguage, livingWage }) {
  const engine = new Engine([], { allowUndefinedFacts: true })
  const snap = (almanac) => almanac.factValue('snapshot')
  const fact = (name, fn) => engine.addFact(name, async (_params, almanac) => fn(await snap(almanac)))

  fact('powerReflectionLate', (s) => {
    const first = Math.min(...s.sessions.map((x) => t(x.startsAt) ?? Infinity))
    const done = t(s.initiative.powerReflection?.completedAt)
    return done === undefined ? first <= t(s.asOf ?? new Date().toISOString()) : done > first
  })
  fact('aimsAgreedOnlyByStaff', (s) => {
    const a = s.initiative.aims
    if (!a) return false
    const le = new Set(s.members.filter((m) => m.roles?.some((r) => r === 'lived-experience' || r === 'peer-researcher')).map((m) => m.id))
    const ids = new Set(s.members.map((m) => m.id))
    return !a.agreedWith.some((w) => le.has(w) || !ids.has(w))
  })
  fact('relationshipStageMissing', (s) => !!s.initiative.stages?.length && s.initiative.stages[0].buildsRelationships !== true)
  fact('daysAvailable', (s) => {
    const { start, end } = s.initiative.timeline ?? {}
    return end ? (t(end) - (t(start) ?? t(s.asOf))) / DAY : undefined
  })
  fact('leftShare', (s) => (s.members.length ? s.members.filter((m) => m.leftAt).length / s.members.length : 0))
  fact('leftWithoutPlan', (s) => !s.initiative.groupChangePlan && s.members.some((m) => m.leftAt))
  fact(
    'professionalVenues',
    (s) => s.sessions.filter((x) => x.venue && (x.venue.kind === 'professional' || x.venue.kind === 'service-premises')).length,
  )
  fact(
    'sessionsWithoutSupport',
    (s) => s.sessions.filter((x) => x.format !== 'online' && (x.childcare === false || x.travelSupport === false)).length,
  )
  fact('agreementsTogether', (s) => s.initiative.agreements?.filter((a) => a.decidedTogether).length)
  fact('riskNotTogether', (s) => (s.initiative.riskDecisions ?? []).filter((r) => !r.decidedTogether).length)
  fact('staffLedSessions', (s) => s.sessions.filter((x) => x.conversation === 'staff-led').length)
  fact('methodCount', (s) => (s.initiative.methods?.length ?? 0) + s.sessions.reduce((n, x) => n + (x.methods?.length ?? 0), 0))
  fact('nothingNegotiable', (s) => !!s.initiative.scope && s.initiative.scope.negotiable.length === 0)
  fact(
    'creativeMethods',
    async (s) => [...(s.initiative.methods ?? []), ...s.sessions.flatMap((x) => x.methods ?? [])].filter((m) => CREATIVE.test(m)).length,
  )
  fact('languageFlags', (s) => {
    const i = s.initiative
    const texts = [
      i.title,
      i.purpose,
      i.aims?.text,
      i.outcomes?.description,
      ...(i.scope?.negotiable ?? []),
      ...(i.scope?.nonNegotiable ?? []),
      ...(i.stages ?? []).map((x) => x.description),
      ...(i.agreements ?? []).map((a) => a.text),
      i.groupChangePlan,
      i.paymentPolicy?.voucherReason,
      ...s.updates.flatMap((u) => [u.weDid, u.reason]),
    ].filter(Boolean)
    return texts.reduce((n, text) => n + checkLanguage(text).length, 0)
  })
  fact('underpaid', (s) => {
    const p = s.initiative.paymentPolicy
    const policy =
      p &&
      (p.method === 'none' ||
        (p.method === 'voucher' && !p.voucherReason) ||
        (p.hourlyRate !== undefined && p.hourlyRate < livingWage.hourlyRate) ||
        p.benefitsAdviceOffered === false)
    return (
      !!policy ||
      s.payments.some((x) => (x.method === 'voucher' && !x.voucherReason) || (x.hours && x.amount / x.hours < livingWage.hourlyRate))
    )
  })
  fact('creditProblems', (s) => {
    const current = new Map()
    for (const c of s.consents) if (c.purposeId === 'credit-by-name') current.set(c.subject, c.status)
    const credited = s.updates.flatMap((u) => u.credits ?? [])
    return (
      credited.filter((m) => current.get(m) !== 'given').length +
      (credited.length === 0 && [...current.values()].includes('given') && s.updates.length ? 1 : 0)
    )
  })
  fact('lateFeedback', (s) => {
    const every = s.initiative.communication?.updateEveryDays
    if (!every) return 0
    const answered = new Map()
    for (const u of s.updates) {
      if (u.status === 'not-possible' && !u.reason) continue
      for (const f of u.linkedFeedback ?? []) answered.set(f, Math.min(answered.get(f) ?? Infinity, t(u.publishedAt) ?? Infinity))
    }
    const now = t(s.asOf) ?? Date.now()
    return s.feedback.filter((f) => f.createdAt && (Math.min(answered.get(f.id) ?? now, now) - t(f.createdAt)) / DAY > every).length
  })
  fact('consentProblems', (s) => {
    const c = s.initiative.consentPractice ?? {}
    return (
      [c.granular === false, c.preTicked === true, c.withdrawable === false, c.noticeTextRecorded === false].filter(Boolean).length +
      s.consents.filter((r) => !r.noticeText).length
    )
  })
  fact('ladderGap', (s) => {
    const i = s.initiative
    const le = s.members.some((m) => m.roles?.includes('lived-experience'))
    const p = i.paymentPolicy
    const rungs = [
      true,
      le || s.feedback.length > 0 || s.sessions.length > 0,
      s.sessions.some((x) => x.conversation === 'two-way' || x.conversation === 'lived-experience-led') &&
        (s.updates.length > 0 || !!i.communication?.updateEveryDays),
      i.problemFraming === 'open' && i.outcomes?.fixedInAdvance === false && !!i.aims?.agreedWith.length && !!i.scope?.negotiable.length,
      !!i.powerReflection?.completedAt &&
        !!p &&
        p.method !== 'none' &&
        (p.hourlyRate ?? 0) >= livingWage.hourlyRate &&
        !!i.agreements?.some((a) => a.decidedTogether) &&
        !!i.stages?.some((x) => x.buildsRelationships),
    ]
    let assessed = 0
    while (assessed + 1 < rungs.length && rungs[assessed + 1]) assessed++
    return i.label ? LADDER.indexOf(i.label) - assessed : 0
  })

  const rules = [
    rule('open-problem-framing', { all: [is('snapshot', 'equal', 'fixed', '$.initiative.problemFraming')] }),
    rule('power-reflection', { all: [is('powerReflectionLate', 'equal', true)] }),
    rule('aims-agreed-together', { all: [is('aimsAgreedOnlyByStaff', 'equal', true)] }),
    rule('time-for-relationships', { any: [is('relationshipStageMissing', 'equal', true), is('daysAvailable', 'lessThan', 84)] }),
    rule('plan-for-group-change', { any: [is('leftWithoutPlan', 'equal', true), is('leftShare', 'greaterThanInclusive', 0.5)] }),
    rule('lived-experience-led-options', {
      all: [
        is('snapshot', 'equal', false, '$.initiative.leadership.livedExperienceLed'),
        is('snapshot', 'equal', false, '$.initiative.leadership.existingGroupsConsidered'),
      ],
    }),
    rule('neutral-venue', { all: [is('professionalVenues', 'greaterThan', 0)] }),
    rule('access-and-childcare', { all: [is('sessionsWithoutSupport', 'greaterThan', 0)] }),
    rule('ground-rules-together', { all: [is('agreementsTogether', 'equal', 0)] }),
    rule('risk-decided-together', { all: [is('riskNotTogether', 'greaterThan', 0)] }),
    rule('two-way-sessions', { all: [is('staffLedSessions', 'greaterThan', 0)] }),
    rule('creative-methods', { all: [is('methodCount', 'greaterThan', 0), is('creativeMethods', 'equal', 0)] }),
    rule('scope-stated', { all: [is('nothingNegotiable', 'equal', true)] }),
    rule('expectations-clear', {
      all: [
        is('snapshot', 'equal', false, '$.initiative.outcomes.fixedInAdvance'),
        is('snapshot', 'equal', undefined, '$.initiative.outcomes.description'),
      ],
    }),
    rule('plain-language', { all: [is('languageFlags', 'greaterThan', 0)] }),
    rule('fair-payment', { all: [is('underpaid', 'equal', true)] }),
    rule('credit-contributors', { all: [is('creditProblems', 'greaterThan', 0)] }),
    rule('close-the-loop', { all: [is('lateFeedback', 'greaterThan', 0)] }),
    rule('consent-valid', { all: [is('consentProblems', 'greaterThan', 0)] }),
    rule('tokenism-risk', {
      all: [
        is('snapshot', 'equal', true, '$.initiative.outcomes.fixedInAdvance'),
        is('snapshot', 'equal', true, '$.initiative.timeline.deadlineFixed'),
        is('daysAvailable', 'lessThan', 84),
        is('underpaid', 'equal', true),
      ],
    }),
    rule('label-matches-practice', { all: [is('ladderGap', 'greaterThan', 0)] }),
  ]
  for (const r of rules) engine.addRule(r)

  return {
    rules: rules.length,
    async run(input) {
      const snapshot = InitiativeSnapshotSchema.parse(input)
      const { events } = await engine.run({ snapshot })
      return events.map((e) => e.params.ruleId)
    },
  }
}
