import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import { adoptCss, cssText } from '../shared/adopt-css.js'
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
 * Once it is here the widget makes one `ConsentQuestions` controller, which keeps the purposes, the answers and
 * "for everything" as its own state.
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

/** The question for a purpose: our own words (in the reader's language), else the service's title. */
function question(purpose: ConsentPurpose, t: Translate<Words>): string {
  const key = `consent.${purpose.id}` as const
  const ours = t(key as keyof Words)
  return ours !== key ? ours : purpose.title
}

/** Exactly the words the person is shown for a purpose. */
const shown = (p: ConsentPurpose, t: Translate<Words>) => [question(p, t), p.description, p.audience, p.retention.description]

/** What the controller needs of its widget: to be a Lit host, in the page, and whose feedback this is. */
type Host = ReactiveControllerHost & HTMLElement & { member: string | undefined }

/** A change of a standing choice, as `cp-consent-change` carries it. */
type Change = CustomEvent<{ subject?: string; purposeId: string; status: string } | undefined>

/** The questions about how a person's words may be used, their answers, and whether those are for everything. */
export class ConsentQuestions implements ReactiveController {
  /** Every purpose the service has (what each means, who sees it, how long it is kept). */
  purposes: ConsentPurpose[] = []
  /** The answers given (or the person's standing choices, shown as their answers), by purpose id. */
  answers: Record<string, 'give' | 'refuse'> = {}
  /** The answers are for everything this person sends, not just this feedback. */
  everything = false

  constructor(private readonly host: Host) {
    host.addController(this)
  }

  hostConnected(): void {
    adoptStyles(this.host.shadowRoot)
    document.addEventListener('cp-consent-change', this.#onChange)
  }

  hostDisconnected(): void {
    document.removeEventListener('cp-consent-change', this.#onChange)
  }

  /** A choice made elsewhere on the page (`<cp-consent>`, another form) for this person: the answer here follows it. */
  #onChange = (event: Event) => {
    const r = (event as Change).detail
    const member = this.host.member
    if (member && r?.subject === member && !event.composedPath().includes(this.host))
      this.#set({ answers: { ...this.answers, [r.purposeId]: r.status === 'given' ? 'give' : 'refuse' } })
  }

  #set(changes: Partial<Pick<ConsentQuestions, 'purposes' | 'answers' | 'everything'>>): void {
    Object.assign(this, changes)
    this.host.requestUpdate()
  }

  /** Ask about these purposes (the service's list). */
  ask(purposes: ConsentPurpose[]): void {
    this.#set({ purposes })
  }

  /** No answers, not for everything (the form is emptied). */
  clear(): void {
    this.#set({ answers: {}, everything: false })
  }

  /** The purposes asked about, in the order the host gave. */
  #asked(ids: string[]): ConsentPurpose[] {
    return ids.map((id) => this.purposes.find((p) => p.id === id)).filter((p): p is ConsentPurpose => !!p)
  }

  /**
   * The answers given, each with the words shown, for these purposes; `scope: 'everything'` when the person ticked
   * it and sends with their name (sent without it, a choice can only cover this feedback).
   */
  consents(ids: string[], t: Translate<Words>, anonymous: boolean): InlineConsent[] {
    return this.#asked(ids)
      .filter((p) => this.answers[p.id])
      .map((p) => ({
        purposeId: p.id,
        decision: this.answers[p.id]!,
        noticeText: shown(p, t).join('\n'),
        ...(this.everything && this.host.member && !anonymous ? { scope: 'everything' as const } : {}),
      }))
  }

  /** Show the person's standing choices as their answers (given: yes; refused or taken back: no); an answer already chosen here stays. */
  follow(current: { purposeId: string; status: string }[]): void {
    const answers = { ...this.answers }
    for (const { purposeId, status } of current)
      if (status === 'given' || status === 'refused' || status === 'withdrawn')
        answers[purposeId] ??= status === 'given' ? 'give' : 'refuse'
    this.#set({ answers })
  }

  /** Fetch the person's standing choices and show them (not signed in, offline, or a client without `getConsents`: none). */
  async standing(api: Pick<CoproduceClient, 'getConsents'>): Promise<this> {
    const member = this.host.member
    const mine = member && (await api.getConsents?.(member).catch(() => undefined))
    if (mine && member === this.host.member) this.follow(mine.current)
    return this
  }

  /** The questions: each purpose in full, then yes or no; then "use this answer for everything" for a signed-in person. */
  render(ids: string[], t: Translate<Words>): TemplateResult | typeof nothing {
    const purposes = this.#asked(ids)
    if (purposes.length === 0) return nothing
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
              <input type="radio" name="consent-${i}" id="consent-${i}-${decision}" .checked=${this.answers[p.id] === decision}
                @change=${() => this.#set({ answers: { ...this.answers, [p.id]: decision } })} />
              <label for="consent-${i}-${decision}">${decision === 'give' ? t('yes') : t('no')}</label>
            </div>`,
          )}
        </div>
      </fieldset>`
    })}
    ${
      this.host.member
        ? html`<div class="choice">
          <input type="checkbox" id="consent-everything" .checked=${this.everything} aria-describedby="consent-everything-hint"
            @change=${(e: Event) => this.#set({ everything: (e.target as HTMLInputElement).checked })} />
          <div>
            <label for="consent-everything">${t('everything')}</label>
            <p class="hint" id="consent-everything-hint">${t('everythingHint')}</p>
          </div>
        </div>`
        : nothing
    }
  </div>`
  }
}
