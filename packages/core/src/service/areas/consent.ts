import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { dpvConsentRecords } from '../../consent/dpv-record.js'
import { receiptText } from '../../consent/receipt-text.js'
import { assertCanDecide, currentState, expiryOf, latestRecord, STATUS_OF_DECISION } from '../../lifecycles/consent.js'
import { defaultNoticeText } from '../../purposes/default-purposes.js'
import { ConsentDecisionInputSchema, type ConsentDecision, type ConsentPurpose, type ConsentRecord } from '../../schemas/consent.js'
import type { StoreTx } from '../../store/store-port.js'
import { notFound, parseId, requireSelfOrStaff, requireStaff } from '../access.js'
import { isStaff, type Actor } from '../actor.js'
import type { Coproduction } from '../coproduction.js'
import type { ConsentReceipt, CurrentConsent } from '../../schemas/results.js'
import type { Emit, ServiceContext } from '../service-context.js'
import { notErased } from './erased.js'
import { purposesOfInitiative, purposesOfSubject } from './organisation-purposes.js'

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
  assertCanDecide(currentState(history, d.purpose.id, s.nowDate(), d.purpose.version), d.decision)
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
  return purposeFrom(s.purposes, purposeId, path)
}

/** The purpose among `purposes` (those that apply to the subject), or `not-found` at `path`. */
function purposeFrom(purposes: readonly ConsentPurpose[], purposeId: string, path: (string | number)[]): ConsentPurpose {
  const purpose = purposes.find((p) => p.id === purposeId)
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

/** One entry for each purpose that applies to the subject (`purposes`), with its state now. */
export function currentConsents(
  s: ServiceContext,
  purposes: readonly ConsentPurpose[],
  history: readonly ConsentRecord[],
): CurrentConsent[] {
  const now = s.nowDate()
  return purposes.map((purpose) => {
    const record = latestRecord(history, purpose.id)
    const status = currentState(history, purpose.id, now, purpose.version)
    return record ? { purposeId: purpose.id, status, record } : { purposeId: purpose.id, status }
  })
}

/** The receipt: the person's name (when the subject is a member), each current choice with its title, and plain words. */
async function buildReceipt(s: ServiceContext, tx: StoreTx, subject: string): Promise<ConsentReceipt> {
  const history = await tx.consents.listBySubject(subject)
  const member = await tx.members.get(subject)
  const displayName = member && !member.erasedAt ? member.displayName : undefined
  const issuedAt = s.now()
  const now = s.nowDate()
  const purposes = await purposesOfSubject(s, tx, subject)
  const purpose = (id: string) => purposes.find((p) => p.id === id)
  const title = (id: string) => purpose(id)?.title ?? id
  const current = currentConsents(s, purposes, history).map((c) => ({ ...c, title: title(c.purposeId) }))
  const text = receiptText({
    ...(displayName !== undefined ? { displayName } : {}),
    issuedAt,
    subject,
    current: current.map((c) => {
      const expiry = expiryOf(c.record, now, purpose(c.purposeId)?.version)
      return { ...c, ...(expiry ? { expiry } : {}) }
    }),
    history: history.map((record) => ({ title: title(record.purposeId), record })),
  })
  return { subject, ...(displayName !== undefined ? { displayName } : {}), issuedAt, current, history, text }
}

/**
 * Paper and phone consent are written down by staff, with the words read out to the person.
 * A member choosing on screen never claims `paper` or `verbal`.
 */
function checkMethod(actor: Actor, method: string | undefined, noticeText: string | undefined): void {
  if (method !== 'paper' && method !== 'verbal') return
  if (!isStaff(actor)) throw new CoproduceError('forbidden', 'Only staff can write down a choice made on paper or by phone')
  if (noticeText === undefined) {
    const message = 'Write the words the person read or heard'
    throw new CoproduceError('validation', 'Some answers need checking', [{ path: ['noticeText'], message }])
  }
}

async function readAs(
  s: ServiceContext,
  subject: unknown,
  ctx: Parameters<Coproduction['consent']['current']>[1],
): Promise<{ subject: string; actor: Actor }> {
  const id = parseId(subject, 'subject')
  const actor = requireSelfOrStaff(await s.actorOf(ctx), id)
  return { subject: id, actor }
}

export function consentArea(s: ServiceContext): Coproduction['consent'] {
  const decide: Coproduction['consent']['decide'] = async (input, ctx) => {
    const data = parseOrThrow(ConsentDecisionInputSchema, input)
    if (data.expiresAt !== undefined && data.decision !== 'give')
      throw new CoproduceError('validation', 'Only a yes can have an end date', [
        { path: ['expiresAt'], message: 'Only a yes can have an end date' },
      ])
    const actor = requireSelfOrStaff(await s.actorOf(ctx), data.subject)
    checkMethod(actor, data.method, data.noticeText)
    return s.run(ctx, async (tx, emit) => {
      const initiativeId = await subjectInitiative(tx, data.subject)
      // Everyone's purposes, and the ones the subject's organisation added: not another organisation's.
      const purpose = purposeFrom(await purposesOfInitiative(s, tx, initiativeId), data.purposeId, ['purposeId'])
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
      return s.run(ctx, async (tx) => {
        await refuseErased(tx, id)
        return currentConsents(s, await purposesOfSubject(s, tx, id), await tx.consents.listBySubject(id))
      })
    },

    async purposesFor(subject, ctx) {
      const { subject: id } = await readAs(s, subject, ctx)
      return s.run(ctx, async (tx) => {
        await refuseErased(tx, id)
        return purposesOfSubject(s, tx, id)
      })
    },

    /** Stays readable by staff after erasure: the organisation must be able to show what was agreed, and when. */
    async history(subject, ctx) {
      const { subject: id } = await readAs(s, subject, ctx)
      return s.run(ctx, (tx) => tx.consents.listBySubject(id))
    },

    async receipt(subject, ctx): Promise<ConsentReceipt> {
      const { subject: id } = await readAs(s, subject, ctx)
      return s.run(ctx, async (tx) => {
        await refuseErased(tx, id)
        return buildReceipt(s, tx, id)
      })
    },

    async record(subject, ctx) {
      const id = parseId(subject, 'subject')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        const purposes = await purposesOfInitiative(s, tx, await subjectInitiative(tx, id))
        return dpvConsentRecords(id, await tx.consents.listBySubject(id), (purposeId) => purposes.find((p) => p.id === purposeId), s.now())
      })
    },
  }
}
