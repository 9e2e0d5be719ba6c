import { CoproduceError } from '../../errors/coproduce-error.js'
import { currentState } from '../../lifecycles/consent.js'
import type { Feedback, InlineConsentScope } from '../../schemas/feedback.js'
import type { StoreTx } from '../../store/store-port.js'
import type { ServiceContext } from '../service-context.js'
import { ConsentView, WORDS_TAKEN_BACK } from './consent-view.js'

/** What feedback's inline consents look like once parsed. */
interface InlineChoice {
  purposeId: string
  decision: 'give' | 'refuse'
  scope?: InlineConsentScope | undefined
}

/** A choice made without a name can only cover that one piece of feedback. */
export function checkInlineScopes(consents: readonly InlineChoice[], anonymous: boolean): void {
  if (!anonymous) return
  const issues = consents.flatMap((c, i) =>
    c.scope === 'everything'
      ? [{ path: ['consents', i, 'scope'], message: 'Without your name, a choice can only cover this feedback' }]
      : [],
  )
  if (issues.length) throw new CoproduceError('validation', 'Some answers need checking', issues)
}

/**
 * Whose record a choice made with feedback becomes: the new feedback's own (`this`, the default), or the
 * member's standing choice (`everything`, named feedback only).
 */
export const inlineConsentSubject = (choice: InlineChoice, memberId: string | undefined, feedbackId: string): string =>
  choice.scope === 'everything' && memberId !== undefined ? memberId : feedbackId

/**
 * A person who took back their yes to `store-contribution` (or said no to it) gives no more named feedback
 * until they say yes again, here or in their choices. Anonymous feedback is still welcome.
 */
export async function assertMayKeepNamedFeedback(
  s: ServiceContext,
  tx: StoreTx,
  memberId: string,
  consents: readonly InlineChoice[],
): Promise<void> {
  const purpose = s.purpose('store-contribution')
  if (!purpose) return
  if (consents.some((c) => c.purposeId === purpose.id && c.decision === 'give')) return
  const state = currentState(await tx.consents.listBySubject(memberId), purpose.id, s.nowDate(), purpose.version)
  if (WORDS_TAKEN_BACK.includes(state))
    throw new CoproduceError(
      'consent-required',
      'You said we should not keep what you tell us. Say yes to that first, or send this without your name.',
      [{ path: ['consents'], message: 'Say yes to “Can we keep what you tell us?” first' }],
    )
}

/** The staff read of feedback: words and attachments left out where the person took back their yes to keeping them. */
export async function withWordsHidden(s: ServiceContext, tx: StoreTx, feedback: Feedback[]): Promise<Feedback[]> {
  const view = await ConsentView.load(tx, s, feedback, [])
  return feedback.map((f) => {
    if (!view.wordsHidden(f)) return f
    const { text: _text, attachments: _attachments, ...rest } = f
    return { ...rest, wordsHidden: true }
  })
}
