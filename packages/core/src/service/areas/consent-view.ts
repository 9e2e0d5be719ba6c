import { bySubject, isGiven } from '../../lifecycles/consent.js'
import type { ConsentRecord } from '../../schemas/consent.js'
import type { Feedback } from '../../schemas/feedback.js'
import type { Member } from '../../schemas/member.js'
import type { StoreTx } from '../../store/store-port.js'

/** Whose consent covers a piece of feedback: the member for named feedback, the feedback itself when anonymous. */
export const consentSubjectOf = (feedback: Feedback): string =>
  !feedback.anonymous && feedback.memberId !== undefined ? feedback.memberId : feedback.id

/**
 * Reads what may be shown in public, by consent, at one moment. Built per read, so a withdrawal
 * takes effect on the very next read.
 */
export class ConsentView {
  private constructor(
    private readonly records: Map<string, ConsentRecord[]>,
    private readonly members: Map<string, Member>,
    private readonly now: Date,
  ) {}

  static async load(tx: StoreTx, feedback: readonly Feedback[], memberIds: readonly string[], now: Date): Promise<ConsentView> {
    const ids = new Set<string>(memberIds)
    for (const f of feedback) if (!f.anonymous && f.memberId) ids.add(f.memberId)
    const members = new Map<string, Member>()
    for (const id of ids) {
      const member = await tx.members.get(id)
      if (member) members.set(id, member)
    }
    const subjects = new Set<string>([...ids, ...feedback.map(consentSubjectOf)])
    const records = bySubject(await tx.consents.listBySubjects([...subjects]))
    return new ConsentView(records, members, now)
  }

  /** Whether `subject` said yes to `purposeId` now. Nothing an erased person agreed to counts any more. */
  given(subject: string, purposeId: string): boolean {
    if (this.members.get(subject)?.erasedAt) return false
    return isGiven(this.records.get(subject) ?? [], purposeId, this.now)
  }

  /** A member who still has their personal data. */
  liveMember(id: string | undefined): Member | undefined {
    const member = id === undefined ? undefined : this.members.get(id)
    return member && !member.erasedAt ? member : undefined
  }

  /** The words of a piece of feedback and, with `quote-with-name`, who said them; or undefined. */
  quote(feedback: Feedback): { text: string; by?: string } | undefined {
    if (feedback.text === undefined) return undefined
    const subject = consentSubjectOf(feedback)
    const withName = this.given(subject, 'quote-with-name')
    if (!withName && !this.given(subject, 'quote-anonymously')) return undefined
    const member = withName && !feedback.anonymous ? this.liveMember(feedback.memberId) : undefined
    return member ? { text: feedback.text, by: member.displayName } : { text: feedback.text }
  }

  /** A name to thank, only while `credit-by-name` is given and the person has not been erased. */
  credit(memberId: string): { memberId: string; displayName: string } | undefined {
    const member = this.liveMember(memberId)
    if (!member || !this.given(memberId, 'credit-by-name')) return undefined
    return { memberId, displayName: member.displayName }
  }
}
