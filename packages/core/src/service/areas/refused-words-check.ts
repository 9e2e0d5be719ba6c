import { copiesWords } from '../../consent/refused-words.js'
import { CoproduceError, type FieldIssue } from '../../errors/coproduce-error.js'
import type { Feedback } from '../../schemas/feedback.js'
import type { Update } from '../../schemas/update.js'
import type { StoreTx } from '../../store/store-port.js'
import type { ServiceContext } from '../service-context.js'
import { ConsentView } from './consent-view.js'

/** The words of an update that anyone may read, each with where it sits in the input. */
function publicTexts(update: Update): { path: (string | number)[]; text: string }[] {
  const texts: { path: (string | number)[]; text: string }[] = [
    { path: ['youSaid'], text: update.youSaid },
    { path: ['weDid'], text: update.weDid },
  ]
  if (update.reason !== undefined) texts.push({ path: ['reason'], text: update.reason })
  for (const entry of update.timeline) if (entry.note !== undefined) texts.push({ path: ['note'], text: entry.note })
  return texts
}

/**
 * The feedback whose words the update copies without the person's yes. Words may appear without a name with
 * `quote-anonymously` (or `quote-with-name`); when the update credits the person, only with `quote-with-name`.
 * Linked feedback and every other piece of feedback in the same initiative are checked.
 */
export async function refusedWordsIn(
  s: ServiceContext,
  tx: StoreTx,
  update: Update,
): Promise<{ feedbackIds: string[]; issues: FieldIssue[] }> {
  const all = new Map<string, Feedback>()
  for (const f of await tx.feedback.listByInitiative(update.initiativeId)) all.set(f.id, f)
  for (const id of update.linkedFeedback) {
    const f = all.has(id) ? undefined : await tx.feedback.get(id)
    if (f) all.set(id, f)
  }
  const withWords = [...all.values()].filter((f) => f.text !== undefined)
  return refusedWordsSeen(await ConsentView.load(tx, s, withWords, []), withWords, update)
}

/** As `refusedWordsIn`, with the feedback and the consent view already loaded (for reads of many updates). */
export function refusedWordsSeen(
  view: ConsentView,
  feedback: readonly Feedback[],
  update: Update,
): { feedbackIds: string[]; issues: FieldIssue[] } {
  const credited = new Set(update.credits)
  const texts = publicTexts(update)
  const feedbackIds: string[] = []
  const issues: FieldIssue[] = []
  for (const f of feedback) {
    if (f.text === undefined) continue
    const use = !f.anonymous && f.memberId !== undefined && credited.has(f.memberId) ? 'named' : 'anonymous'
    if (view.mayQuote(f, use)) continue
    const copied = texts.filter((t) => copiesWords(t.text, f.text!))
    if (copied.length === 0) continue
    feedbackIds.push(f.id)
    for (const t of copied)
      if (!issues.some((i) => i.path.join('.') === t.path.join('.')))
        issues.push({
          path: t.path,
          message: 'These are someone’s own words, and they have not said yes to sharing them. Say it in your own words.',
        })
  }
  return { feedbackIds, issues }
}

/** Shown in public in place of words a person took back after the update was published. */
export const WORDS_TAKEN_OUT = 'Some words were taken out here, because the person who said them took back their yes.'

/**
 * The public read of an update whose words copy someone who has since taken back their yes: those words are
 * replaced (a note is left out), the moment they take it back. Staff still see the update as written, to reword it.
 */
export function withoutTakenBackWords<
  T extends { youSaid: string; weDid: string; reason?: string | undefined; timeline: Update['timeline'] },
>(view: ConsentView, feedback: readonly Feedback[], update: Update, read: T): T {
  const { reason: _reason, ...rest } = update
  const refused = (text: string) =>
    refusedWordsSeen(view, feedback, { ...rest, youSaid: text, weDid: '', timeline: [] }).feedbackIds.length > 0
  const out: T = { ...read }
  if (refused(read.youSaid)) out.youSaid = WORDS_TAKEN_OUT
  if (refused(read.weDid)) out.weDid = WORDS_TAKEN_OUT
  if (read.reason !== undefined && refused(read.reason)) out.reason = WORDS_TAKEN_OUT
  out.timeline = read.timeline.map((entry) => {
    if (entry.note === undefined || !refused(entry.note)) return entry
    const { note: _note, ...kept } = entry
    return kept
  })
  return out
}

/** Throw `consent-required`, naming the feedback, when the update copies words the person has not agreed to share. */
export async function assertNoRefusedWords(s: ServiceContext, tx: StoreTx, update: Update): Promise<void> {
  const { feedbackIds, issues } = await refusedWordsIn(s, tx, update)
  if (feedbackIds.length === 0) return
  throw new CoproduceError(
    'consent-required',
    'This update uses someone’s own words, and they have not said yes to sharing them. Say it in your own words, or ask them first.',
    issues,
    { feedbackIds },
  )
}
