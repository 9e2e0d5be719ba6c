import type { CallContext, Coproduction, Decision, Initiative } from '@coproduce/core'
import { DEMO_INITIATIVE_ID, DEMO_MEMBER_IDS } from './ids.js'

type At = <T>(when: Date, work: () => Promise<T>) => Promise<T>

/** The decisions the demo group took together, so the principles report can cite them as records. */
export interface DemoDecisions {
  groundRules: Decision
  aims: Decision
  risk: Decision
  open: Decision
}

/**
 * Decisions on record: the ground rules (each member agreed), the aims (decided by consensus with members who
 * have lived experience), the peer-research risk decision, and one still open. Then the initiative's aims,
 * agreements and risk decision point at them.
 */
export async function seedDecisions(
  cp: Coproduction,
  at: At,
  daysAgo: (days: number, hour?: number) => Date,
  asStaff: CallContext,
): Promise<DemoDecisions> {
  const m = DEMO_MEMBER_IDS
  const as = (memberId: string): CallContext => ({ actor: { id: memberId, roles: ['member'] } })
  const open = (days: number, input: Omit<Parameters<Coproduction['decisions']['open']>[0], 'initiativeId'>) =>
    at(daysAgo(days), () => cp.decisions.open({ ...input, initiativeId: DEMO_INITIATIVE_ID }, asStaff))
  const propose = async (days: number, decisionId: string, memberId: string, text: string) =>
    (await at(daysAgo(days, 11), () => cp.decisions.propose(decisionId, { text }, as(memberId)))).decision.options.at(-1)!.id
  const view = (days: number, decisionId: string, memberId: string, input: { optionId?: string; text?: string }) =>
    at(daysAgo(days, 12), () => cp.decisions.giveView(decisionId, memberId, input, as(memberId)))
  const decide = (days: number, decisionId: string, input: Parameters<Coproduction['decisions']['decide']>[1]) =>
    at(daysAgo(days, 13), () => cp.decisions.decide(decisionId, input, asStaff))

  // The ground rules: written together at the first meetings, then each person said whether they agree.
  const rules = await open(166, { kind: 'ground-rules', question: 'Can we all live with these ground rules?' })
  for (const [days, memberId] of [
    [164, m.amira],
    [164, m.dave],
    [158, m.joy],
    [118, m.tom],
  ] as const)
    await at(daysAgo(days, 12), () => cp.decisions.respondToAgreement(rules.id, memberId, { response: 'agree' }, as(memberId)))
  const groundRules = await decide(158, rules.id, {
    text: 'Our ground rules: everyone speaks for themselves, no jargon, and what is said in the room stays in the room.',
    optionId: 'agree',
    method: 'consensus',
    decidedBy: [m.amira, m.dave, m.joy],
  })

  // The aims: members put the options on the table and the group agreed them together.
  const aimsOpened = await open(156, { kind: 'aims', question: 'What should the Commission try to change first?' })
  const letters = await propose(155, aimsOpened.id, m.amira, 'Clear letters that say what they want from you')
  const once = await propose(155, aimsOpened.id, m.dave, 'One place to tell your story, once')
  await propose(154, aimsOpened.id, m.joy, 'Help that comes to where people are')
  await view(153, aimsOpened.id, m.amira, { optionId: letters, text: 'Letters are where it starts to feel like a fight.' })
  await view(153, aimsOpened.id, m.dave, { optionId: once, text: 'Telling it five times wears you down.' })
  await view(152, aimsOpened.id, m.joy, { text: 'All three. They belong together.' })
  const aims = await decide(150, aimsOpened.id, {
    text: 'Getting help should not feel like a fight: clear letters, one place to tell your story, and help that comes to where people are.',
    method: 'consensus',
    decidedBy: [m.amira, m.dave, m.joy],
  })

  // The risk decision for peer research at people's homes.
  const riskOpened = await open(104, { kind: 'risk', question: 'How do peer researchers keep safe when they visit people at home?' })
  const pairs = await propose(103, riskOpened.id, m.joy, 'Go in pairs and text the group when we arrive and leave')
  await view(102, riskOpened.id, m.joy, { optionId: pairs })
  await view(102, riskOpened.id, m.amira, { optionId: pairs, text: 'Pairs feel safer than a policy written for us.' })
  const risk = await decide(100, riskOpened.id, {
    text: 'Peer researchers go in pairs and text the group when they arrive and leave.',
    optionId: pairs,
    method: 'consensus',
    decidedBy: [m.joy, m.amira],
  })

  // Still open: what the next stage should try.
  const next = await open(10, {
    kind: 'priority',
    question: 'Where should we try the “tell us once” form first?',
    options: [{ text: 'The food bank on Tuesdays' }],
  })
  await propose(9, next.id, m.amira, 'The library, because people already go there')
  const openDecision = (await view(8, next.id, m.dave, { text: 'Somewhere with step-free access, please.' })).decision

  const initiative: Initiative = await cp.initiatives.get(DEMO_INITIATIVE_ID, asStaff)
  await cp.initiatives.update(
    DEMO_INITIATIVE_ID,
    {
      ...(initiative.aims ? { aims: { ...initiative.aims, decisionId: aims.id } } : {}),
      agreements: (initiative.agreements ?? []).map((a) => ({ ...a, decisionId: groundRules.id })),
      riskDecisions: (initiative.riskDecisions ?? []).map((r, i) => (i === 0 ? { ...r, decisionId: risk.id } : r)),
    },
    asStaff,
  )
  return { groundRules, aims, risk, open: openDecision }
}
