import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { assertCanDecide, currentState, latestRecord, STATUS_OF_DECISION } from '../../lifecycles/consent.js'
import { defaultNoticeText } from '../../purposes/default-purposes.js'
import {
  ConsentDecisionInputSchema,
  type ConsentDecision,
  type ConsentPurpose,
  type ConsentRecord,
} from '../../schemas/consent.js'
import type { StoreTx } from '../../store/store-port.js'
import { notFound, parseId, requireSelfOrStaff } from '../access.js'
import type { Actor } from '../actor.js'
import type { Coproduction, ConsentReceipt, CurrentConsent } from '../coproduction.js'
import type { Emit, ServiceContext } from '../service-context.js'
import { notErased } from './erased.js'

const EVENT_OF_DECISION = { give: 'consent.given', refuse: 'consent.refused', withdraw: 'consent.withdrawn' } as const

export interface DecisionToRecord {
  subject: string
  purpose: ConsentPurpose
  decision: ConsentDecision
  noticeText?: string | undefined
  method?: 'widget' | 'paper' | 'verbal' | undefined
  expiresAt?: string | undefined
  recordedBy: string
  initiativeId?: string | undefined
}

/** Append one decision, checking it is allowed from the subject's current state. Used by `decide` and by feedback. */
export async function recordDecision(s: ServiceContext, tx: StoreTx, emit: Emit, d: DecisionToRecord): Promise<ConsentRecord> {
  const history = await tx.consents.listBySubject(d.subject)
  assertCanDecide(currentState(history, d.purpose.id, s.nowDate()), d.decision)
  const record: ConsentRecord = {
    id: s.id('consent'),
    subject: d.subject,
    purposeId: d.purpose.id,
    purposeVersion: d.purpose.version,
    status: STATUS_OF_DECISION[d.decision],
    noticeText: d.noticeText ?? defaultNoticeText(d.purpose),
    method: d.method ?? 'widget',
    recordedBy: d.recordedBy,
    at: s.now(),
  }
  if (d.decision === 'give' && d.expiresAt !== undefined) record.expiresAt = d.expiresAt
  await tx.consents.append(record)
  await emit(EVENT_OF_DECISION[d.decision], { recordId: record.id, subject: record.subject, purposeId: record.purposeId }, d.initiativeId)
  return record
}

/** Consent of an erased person is not read any more: `erased`. Other subjects pass. */
async function refuseErased(tx: StoreTx, subject: string): Promise<void> {
  const member = await tx.members.get(subject)
  if (member) notErased(member, ['subject'])
}

/** The purpose, or `not-found` at `path`. */
export function purposeOrThrow(s: ServiceContext, purposeId: string, path: (string | number)[]): ConsentPurpose {
  const purpose = s.purpose(purposeId)
  if (!purpose) throw notFound('consent purpose', path)
  return purpose
}

/** The initiative a subject belongs to (a member, locked, or a piece of feedback); `not-found`, or `erased`. */
async function subjectInitiative(tx: StoreTx, subject: string): Promise<string> {
  const member = await tx.members.getForUpdate(subject)
  if (member) return notErased(member, ['subject']).initiativeId
  const feedback = await tx.feedback.get(subject)
  if (feedback) return feedback.initiativeId
  throw notFound('person or contribution', ['subject'])
}

export function currentConsents(s: ServiceContext, history: readonly ConsentRecord[]): CurrentConsent[] {
  const now = s.nowDate()
  return s.purposes.map((purpose) => {
    const record = latestRecord(history, purpose.id)
    const status = currentState(history, purpose.id, now)
    return record ? { purposeId: purpose.id, status, record } : { purposeId: purpose.id, status }
  })
}

const STATUS_WORDS: Record<CurrentConsent['status'], string> = {
  none: 'not asked yet',
  given: 'yes',
  refused: 'no',
  withdrawn: 'no (you took it back)',
  expired: 'no (it ran out)',
}

function receiptText(s: ServiceContext, subject: string, issuedAt: string, current: CurrentConsent[], history: ConsentRecord[]): string {
  const title = (id: string) => s.purpose(id)?.title ?? id
  const lines = [`Your choices about your information`, `For: ${subject}`, `Made on: ${issuedAt}`, '', 'What you said:']
  for (const c of current) lines.push(`- ${title(c.purposeId)} ${STATUS_WORDS[c.status]}`)
  lines.push('', 'Every choice, oldest first:')
  for (const r of history) lines.push(`- ${r.at}: ${title(r.purposeId)} ${r.status} (by ${r.method}). You were shown: "${r.noticeText}"`)
  if (history.length === 0) lines.push('- None yet.')
  lines.push('', 'You can change your mind at any time. Saying no is always fine.')
  return lines.join('\n')
}

async function readAs(s: ServiceContext, subject: unknown, ctx: Parameters<Coproduction['consent']['current']>[1]): Promise<{ subject: string; actor: Actor }> {
  const id = parseId(subject, 'subject')
  const actor = requireSelfOrStaff(await s.actorOf(ctx), id)
  return { subject: id, actor }
}

export function consentArea(s: ServiceContext): Coproduction['consent'] {
  const decide: Coproduction['consent']['decide'] = async (input, ctx) => {
    const data = parseOrThrow(ConsentDecisionInputSchema, input)
    if (data.expiresAt !== undefined && data.decision !== 'give')
      throw new CoproduceError('validation', 'Only a yes can have an end date', [{ path: ['expiresAt'], message: 'Only a yes can have an end date' }])
    const actor = requireSelfOrStaff(await s.actorOf(ctx), data.subject)
    const purpose = purposeOrThrow(s, data.purposeId, ['purposeId'])
    return s.run(async (tx, emit) => {
      const initiativeId = await subjectInitiative(tx, data.subject)
      return recordDecision(s, tx, emit, { ...data, purpose, recordedBy: actor.id, initiativeId })
    })
  }
  const shortcut = (decision: ConsentDecision) => (input: object, ctx: Parameters<typeof decide>[1]) =>
    decide({ ...(input as Omit<Parameters<typeof decide>[0], 'decision'>), decision }, ctx)

  return {
    purposes: () => s.purposes.map((p) => ({ ...p })),
    decide,
    give: shortcut('give'),
    refuse: shortcut('refuse'),
    withdraw: shortcut('withdraw'),

    async current(subject, ctx) {
      const { subject: id } = await readAs(s, subject, ctx)
      return s.run(async (tx) => {
        await refuseErased(tx, id)
        return currentConsents(s, await tx.consents.listBySubject(id))
      })
    },

    /** Stays readable by staff after erasure: the organisation must be able to show what was agreed, and when. */
    async history(subject, ctx) {
      const { subject: id } = await readAs(s, subject, ctx)
      return s.run((tx) => tx.consents.listBySubject(id))
    },

    async receipt(subject, ctx): Promise<ConsentReceipt> {
      const { subject: id } = await readAs(s, subject, ctx)
      const history = await s.run(async (tx) => {
        await refuseErased(tx, id)
        return tx.consents.listBySubject(id)
      })
      const issuedAt = s.now()
      const current = currentConsents(s, history)
      return { subject: id, issuedAt, current, history, text: receiptText(s, id, issuedAt, current, history) }
    },
  }
}
