import { bySubject, latestRecord, stateOf, type ConsentState } from '../../lifecycles/consent.js'
import type { ConsentRecord } from '../../schemas/consent.js'
import type { Feedback } from '../../schemas/feedback.js'
import type { Member } from '../../schemas/member.js'
import type { StoreTx } from '../../store/store-port.js'
import type { ServiceContext } from '../service-context.js'

/** Whose standing consent covers a piece of feedback: the member for named feedback, the feedback itself when anonymous. */
export const consentSubjectOf = (feedback: Feedback): string =>
  !feedback.anonymous && feedback.memberId !== undefined ? feedback.memberId : feedback.id

/** The states in which a person has said no to keeping their words: their earlier words are hidden from staff. */
export const WORDS_TAKEN_BACK: readonly ConsentState[] = ['refused', 'withdrawn']

const time = (iso: string): number => Date.parse(iso)

/**
 * Reads what may be shown, by consent, at one moment. Built per read, so a withdrawal takes effect on the very
 * next read. A yes given to an older version of a purpose's words counts as expired, so it allows nothing.
 */
export class ConsentView {
  private constructor(
    private readonly records: Map<string, ConsentRecord[]>,
    private readonly members: Map<string, Member>,
    private readonly now: Date,
    private readonly version: (purposeId: string) => number | undefined,
  ) {}

  static async load(
    tx: StoreTx,
    s: Pick<ServiceContext, 'nowDate' | 'purpose'>,
    feedback: readonly Feedback[],
    memberIds: readonly string[],
  ): Promise<ConsentView> {
    const ids = new Set<string>(memberIds)
    for (const f of feedback) if (!f.anonymous && f.memberId) ids.add(f.memberId)
    const members = new Map<string, Member>()
    for (const id of ids) {
      const member = await tx.members.get(id)
      if (member) members.set(id, member)
    }
    // Each contribution's own records (choices made with that feedback) and each person's standing records.
    const subjects = new Set<string>([...ids, ...feedback.map((f) => f.id)])
    const records = bySubject(await tx.consents.listBySubjects([...subjects]))
    return new ConsentView(records, members, s.nowDate(), (id) => s.purpose(id)?.version)
  }

  /** The subject's current state for a purpose. */
  state(subject: string, purposeId: string): ConsentState {
    return stateOf(latestRecord(this.records.get(subject) ?? [], purposeId), this.now, this.version(purposeId))
  }

  /** Whether `subject` said yes to `purposeId` now. Nothing an erased person agreed to counts any more. */
  given(subject: string, purposeId: string): boolean {
    if (this.members.get(subject)?.erasedAt) return false
    return this.state(subject, purposeId) === 'given'
  }

  /**
   * The state that covers one piece of feedback. The choice made with that contribution comes first; without
   * one, the person's standing choice decides. A later "no" or "take back" among the standing choices still
   * reaches every contribution at once: taking back is never harder than giving.
   */
  stateFor(feedback: Feedback, purposeId: string): ConsentState {
    const own = latestRecord(this.records.get(feedback.id) ?? [], purposeId)
    const memberId = !feedback.anonymous ? feedback.memberId : undefined
    const standing = memberId === undefined ? undefined : latestRecord(this.records.get(memberId) ?? [], purposeId)
    if (!own) return stateOf(standing, this.now, this.version(purposeId))
    if (standing && WORDS_TAKEN_BACK.includes(standing.status) && time(standing.at) > time(own.at)) return standing.status
    return stateOf(own, this.now, this.version(purposeId))
  }

  givenFor(feedback: Feedback, purposeId: string): boolean {
    if (feedback.memberId !== undefined && this.members.get(feedback.memberId)?.erasedAt) return false
    return this.stateFor(feedback, purposeId) === 'given'
  }

  /** True when the person said no to keeping what they told us (`store-contribution`): staff see no words or files. */
  wordsHidden(feedback: Feedback): boolean {
    return WORDS_TAKEN_BACK.includes(this.stateFor(feedback, 'store-contribution'))
  }

  /**
   * Since when the words of this feedback have been hidden: the time of the "no" that hides them (the later
   * one, if both the feedback's own choice and the standing choice say no). Undefined while they are not hidden.
   */
  hiddenSince(feedback: Feedback): string | undefined {
    if (!this.wordsHidden(feedback)) return undefined
    const own = latestRecord(this.records.get(feedback.id) ?? [], 'store-contribution')
    const memberId = !feedback.anonymous ? feedback.memberId : undefined
    const standing = memberId === undefined ? undefined : latestRecord(this.records.get(memberId) ?? [], 'store-contribution')
    const noes = [own, standing].filter((r) => r !== undefined && WORDS_TAKEN_BACK.includes(r.status)).map((r) => r!.at)
    return noes.sort().at(-1)
  }

  /** A member who still has their personal data. */
  liveMember(id: string | undefined): Member | undefined {
    const member = id === undefined ? undefined : this.members.get(id)
    return member && !member.erasedAt ? member : undefined
  }

  /** May these words be shown in public: without a name (`anonymous`) or with the person's name (`named`)? */
  mayQuote(feedback: Feedback, use: 'anonymous' | 'named'): boolean {
    if (this.wordsHidden(feedback)) return false
    const withName = this.givenFor(feedback, 'quote-with-name')
    return use === 'named' ? withName : withName || this.givenFor(feedback, 'quote-anonymously')
  }

  /** The words of a piece of feedback and, with `quote-with-name`, who said them; or undefined. */
  quote(feedback: Feedback): { text: string; by?: string } | undefined {
    if (feedback.text === undefined || !this.mayQuote(feedback, 'anonymous')) return undefined
    const member = this.mayQuote(feedback, 'named') && !feedback.anonymous ? this.liveMember(feedback.memberId) : undefined
    return member ? { text: feedback.text, by: member.displayName } : { text: feedback.text }
  }

  /** A name to thank, only while `credit-by-name` is given and the person has not been erased. */
  credit(memberId: string): { memberId: string; displayName: string } | undefined {
    const member = this.liveMember(memberId)
    if (!member || !this.given(memberId, 'credit-by-name')) return undefined
    return { memberId, displayName: member.displayName }
  }
}
