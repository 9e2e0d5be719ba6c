import type { TemplateResult } from 'lit'
import { adoptCss, cssText } from '../shared/adopt-css.js'
import type { Lit } from '../shared/error-summary.js'
import type { CoproduceClient } from '../shared/client.js'
import type { Translate } from '../shared/i18n.js'
import type { ConsentPurpose } from '../shared/types.js'

/**
 * The "How may we use your words?" questions of `<cp-feedback>`, in their own module: they need the purposes from
 * the server (what each means, who sees it, how long it is kept), and load with them.
 *
 * Each purpose is shown in full before its answer, and exactly those words are sent as `noticeText`. An answer
 * applies to this piece of feedback only, unless the person ticks "Use this answer for everything I send" (then
 * `scope: 'everything'`, and it becomes their standing choice). Nothing is pre-selected but the person's own
 * standing choice, which shows as their answer from the start (and follows it when it changes on the page).
 *
 * It imports no Lit and nothing the widget imports: the widget hands it Lit's `html` and `nothing`.
 */

const css = cssText`
  .consent-question {
    margin-block-end: 1rem;
  }
  .consent-question legend {
    font-weight: 700;
  }
  .about dt {
    font-weight: 700;
  }
  .about dd {
    margin: 0 0 0.5rem;
  }
`
/** Add this part's styles to the widget (once). */
export const adoptStyles = (root: ShadowRoot | null) => adoptCss(root, css)

/** This part's English words (added to the widget's catalogue when it loads; Welsh and Urdu are in theirs). */
export const words = {
  consentIntro: 'How may we use your words?',
  consentHint: 'You can say no, or not answer. We will still read what you send.',
  'consent.quote-anonymously': 'Can we share your words without your name?',
  consentWhat: 'What it means',
  consentWho: 'Who sees it',
  consentHowLong: 'How long we keep it',
  yes: 'Yes',
  no: 'No',
  everything: 'Use this answer for everything I send',
  everythingHint: 'If you do not tick this, your answer is only for what you send now.',
}
/** The words this part speaks: its own. */
type Words = Record<keyof typeof words, string>

/** One question about how words may be used, as sent with the feedback. */
export interface InlineConsent {
  purposeId: string
  decision: 'give' | 'refuse'
  noticeText: string
  scope?: 'everything'
}

/** The widget's state this part reads and sets. */
export interface ConsentHost {
  member: string | undefined
  _purposes: ConsentPurpose[] | undefined
  _answers: Record<string, 'give' | 'refuse'>
  _everything: boolean
  _anonymous: boolean
}

/** The question for a purpose: our own words (in the reader's language), else the service's title. */
function question(purpose: ConsentPurpose, t: Translate<Words>): string {
  const key = `consent.${purpose.id}` as keyof Words & string
  const ours = t(key)
  return ours !== key ? ours : purpose.title
}

/** The purposes asked about, in the order the host gave. */
function asked(host: ConsentHost, ids: string[]): ConsentPurpose[] {
  return ids.map((id) => host._purposes?.find((p) => p.id === id)).filter((p): p is ConsentPurpose => !!p)
}

/** Exactly the words the person is shown for a purpose. */
const shown = (p: ConsentPurpose, t: Translate<Words>) => [question(p, t), p.description, p.audience, p.retention.description]

/** The answers given, each with the words shown (and `scope: 'everything'` when the person ticked it). */
export function consents(host: ConsentHost, ids: string[], t: Translate<Words>): InlineConsent[] {
  return asked(host, ids)
    .filter((p) => host._answers[p.id])
    .map((p) => ({
      purposeId: p.id,
      decision: host._answers[p.id]!,
      noticeText: shown(p, t).join('\n'),
      // Only with their name: sent without it, a choice can only cover this feedback.
      ...(host._everything && host.member && !host._anonymous ? { scope: 'everything' as const } : {}),
    }))
}

/** Show the person's standing choices as their answers (given: yes; refused or taken back: no); an answer already chosen here stays. */
export function follow(host: ConsentHost, current: { purposeId: string; status: string }[]): void {
  const answers = { ...host._answers }
  for (const { purposeId, status } of current)
    if (status === 'given' || status === 'refused' || status === 'withdrawn') answers[purposeId] ??= status === 'given' ? 'give' : 'refuse'
  host._answers = answers
}

/** Fetch the person's standing choices and show them (not signed in, offline, or a client without `getConsents`: none). */
export async function standing(host: ConsentHost, api: Pick<CoproduceClient, 'getConsents'>): Promise<void> {
  const member = host.member
  const mine = member && (await api.getConsents?.(member).catch(() => undefined))
  if (mine && member === host.member) follow(host, mine.current)
}

/** The forms showing questions: each follows a standing choice changed elsewhere on the page. */
const hosts = new Set<ConsentHost & HTMLElement>()
document.addEventListener('cp-consent-change', (event) => {
  const r = (event as CustomEvent<{ subject?: string; purposeId: string; status: string }>).detail
  for (const host of hosts)
    if (!host.isConnected) hosts.delete(host)
    // A choice made in `<cp-consent>` (or another form) for this person: this form's answer follows it.
    else if (host.member && r?.subject === host.member && !event.composedPath().includes(host))
      host._answers = { ...host._answers, [r.purposeId]: r.status === 'given' ? 'give' : 'refuse' }
})

/** The questions: each purpose in full, then yes or no; then "use this answer for everything" for a signed-in person. */
export function renderConsent(
  host: ConsentHost & HTMLElement,
  ids: string[],
  t: Translate<Words>,
  { html, nothing }: Lit,
): TemplateResult | typeof nothing {
  const purposes = asked(host, ids)
  if (purposes.length === 0) return nothing
  hosts.add(host)
  adoptStyles(host.shadowRoot)
  const set = (answers: ConsentHost['_answers']) => (host._answers = answers)
  return html`<div class="field">
    <h3>${t('consentIntro')}</h3>
    <p class="hint" id="consent-hint">${t('consentHint')}</p>
    ${purposes.map((p, i) => {
      const [q, what, who, howLong] = shown(p, t)
      // The service's words are in the language it says (`lang`); the question is ours unless we have none for it.
      const lang = p.lang ?? nothing
      return html`<fieldset class="consent-question" aria-describedby="consent-hint consent-${i}-about">
        <legend lang=${q === p.title ? lang : nothing}>${q}</legend>
        <dl class="about" id="consent-${i}-about">
          <dt>${t('consentWhat')}</dt>
          <dd dir="auto" lang=${lang}>${what}</dd>
          <dt>${t('consentWho')}</dt>
          <dd dir="auto" lang=${lang}>${who}</dd>
          <dt>${t('consentHowLong')}</dt>
          <dd dir="auto" lang=${lang}>${howLong}</dd>
        </dl>
        <div class="choices-inline">
          ${(['give', 'refuse'] as const).map(
            (decision) => html`<div class="choice">
              <input type="radio" name="consent-${i}" id="consent-${i}-${decision}" .checked=${host._answers[p.id] === decision}
                @change=${() => set({ ...host._answers, [p.id]: decision })} />
              <label for="consent-${i}-${decision}">${decision === 'give' ? t('yes') : t('no')}</label>
            </div>`,
          )}
        </div>
      </fieldset>`
    })}
    ${
      host.member
        ? html`<div class="choice">
          <input type="checkbox" id="consent-everything" .checked=${host._everything} aria-describedby="consent-everything-hint"
            @change=${(e: Event) => (host._everything = (e.target as HTMLInputElement).checked)} />
          <div>
            <label for="consent-everything">${t('everything')}</label>
            <p class="hint" id="consent-everything-hint">${t('everythingHint')}</p>
          </div>
        </div>`
        : nothing
    }
  </div>`
}
