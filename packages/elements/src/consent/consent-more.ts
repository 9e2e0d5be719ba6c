import { html, nothing, type TemplateResult } from 'lit'
import type { Translate } from '../shared/i18n.js'
import type { ConsentPurpose, ConsentRecord, ConsentStatus } from '../shared/types.js'
import { HISTORY, historyWords, purposeText, STATUS } from './consent-choices.js'
import { adoptCss, cssText } from '../shared/adopt-css.js'

/**
 * The screens of `<cp-consent>` not everyone sees, kept out of its first download and loaded before the widget
 * shows one of them: a person's earlier answers, "please sign in", "your details were removed", asking again when a purpose's words changed,
 * and staff mode (writing down a choice given on paper or by phone).
 *
 * They keep no state: the widget tells them what it shows (`View`), and adds their styles when they load.
 */

/** The styles of these screens: staff mode's fields, the "asked again" box. */
const css = cssText`
  fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
  }
  legend,
  label {
    display: block;
    font-weight: 700;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
  }
  .choice label {
    font-weight: 400;
  }
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    border: 2px solid var(--cp-color-text, #0b0c0c);
    padding: 0.5rem;
    margin-block-end: var(--cp-space, 1rem);
  }
  .reask,
  .staff {
    border-inline-start: 0.25rem solid var(--cp-color-text, #0b0c0c);
    padding-inline-start: 0.75rem;
    margin-block-end: var(--cp-space, 1rem);
  }
`
/** Add this part's styles to the widget (once). */
export const adoptStyles = (root: ShadowRoot | null) => adoptCss(root, css)

/** This part's English words (added to the widget's catalogue when it loads; Welsh and Urdu are in theirs). */
export const words = {
  ...historyWords,
  signIn: 'Please sign in to see and change your choices.',
  erased: 'Your details were removed on {date}.',
  erasedHint: 'We no longer keep any choices for you, so there is nothing to change here.',
  reask: 'We changed what this means, so we are asking you again.',
  changed: 'What changed: {note}',
  staffHeading: 'Write down a choice given on paper or by phone',
  staffHint: 'Read or show the words to the person. Then press the answer they gave.',
  method: 'How did they tell you?',
  paper: 'On paper',
  verbal: 'By phone or face to face',
  wordsShown: 'The words you read out or showed them',
}
/** The words this part speaks: its own, and those it shares with the widget's catalogue. */
type Words = Record<keyof typeof words | BaseKey, string>
type BaseKey = (typeof STATUS)[keyof typeof STATUS]

/** What the widget shows, as these screens need to know it. */
export interface View {
  /** `gone`: signed out, or the person's details were removed; `ready`: their choices are here. */
  phase: string
  /** When the person's details were removed (undefined: they were not; signed out instead). */
  erasedAt: string | undefined
  /** A member of staff writes down a choice given on paper or by phone. */
  staff: boolean
  /** Every answer the person gave so far. */
  history: readonly ConsentRecord[]
  /** A date in words, in the widget's language. */
  date(iso: string): string
}

/**
 * Above the purposes: signed out (401) or removed (410 `erased`), a message and nothing to press; in staff mode,
 * how the person gave their answer.
 */
export function top(view: View, t: Translate<Words>): TemplateResult | typeof nothing {
  if (view.phase === 'gone')
    return view.erasedAt !== undefined
      ? html`<div class="gone" role="status" data-state="erased">
          <p class="current">${t('erased', { date: view.date(view.erasedAt) })}</p>
          <p>${t('erasedHint')}</p>
        </div>`
      : html`<p class="gone current" role="status" data-state="signed-out">${t('signIn')}</p>`
  if (!view.staff || view.phase !== 'ready') return nothing
  return html`<div class="staff">
    <h3>${t('staffHeading')}</h3>
    <p class="hint">${t('staffHint')}</p>
    <fieldset>
      <legend>${t('method')}</legend>
      ${(['paper', 'verbal'] as const).map(
        (m, i) => html`<div class="choice">
          <input type="radio" name="method" id="method-${m}" value=${m} ?checked=${i === 0} />
          <label for="method-${m}">${t(m)}</label>
        </div>`,
      )}
    </fieldset>
  </div>`
}

/**
 * In a purpose, in place of its status: in staff mode, the words read out (ready to change: they are recorded as
 * they are); when its words changed since the person answered, that we are asking again and what changed.
 * Undefined when neither: the widget shows the status.
 */
export function inPurpose(
  { staff }: View,
  t: Translate<Words>,
  purpose: ConsentPurpose & { changeNote?: string },
  i: number,
  status: ConsentStatus | 'none',
): TemplateResult | undefined {
  if (!staff && status !== 'expired') return undefined
  return html`${
    staff
      ? html`<div class="field">
          <label for="words-${i}">${t('wordsShown')}</label>
          <textarea id="words-${i}" rows="5" .value=${purposeText(purpose)}></textarea>
        </div>`
      : nothing
  }
    ${
      status === 'expired'
        ? html`<div class="reask" role="note" id="current-${i}">
          <p class="current">${t('reask')}</p>
          ${purpose.changeNote ? html`<p>${t('changed', { note: purpose.changeNote })}</p>` : nothing}
        </div>`
        : html`<p class="current" id="current-${i}">${t(STATUS[status])}</p>`
    }`
}

/** A purpose's answers so far, oldest first, with a note where staff wrote one down for the person. */
export function history(view: View, t: Translate<Words>, purpose: ConsentPurpose, i: number): unknown {
  const records = view.history.filter((r) => r.purposeId === purpose.id).sort((a, b) => a.at.localeCompare(b.at))
  if (records.length === 0) return nothing
  return html`<div class="history" part="history">
    <h4 class="visually-hidden" id="history-${i}">${t('historyHeading')}</h4>
    <ul aria-labelledby="history-${i}">
      ${records.map(
        (r) => html`<li>
          ${t(HISTORY[r.status], { date: view.date(r.at) })}
          ${r.method !== 'widget' && r.recordedBy !== r.subject ? html` ${t('byStaff')}` : nothing}
        </li>`,
      )}
    </ul>
  </div>`
}
