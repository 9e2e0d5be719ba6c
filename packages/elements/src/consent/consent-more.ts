import type { TemplateResult } from 'lit'
import type { Lit } from '../shared/error-summary.js'
import type { Translate } from '../shared/i18n.js'
import type { ConsentPurpose } from '../shared/types.js'
import type { ConsentMessages } from './consent.messages.js'
import { purposeText } from './consent-choices.js'
import { adoptCss } from '../shared/adopt-css.js'

/**
 * The screens of `<cp-consent>` that few people see, kept out of its first download and loaded before the widget
 * shows one of them: "please sign in", "your details were removed", asking again when a purpose's words changed,
 * and staff mode (writing down a choice given on paper or by phone).
 *
 * It imports no Lit and nothing the widget imports: the widget hands it Lit's `html` and `nothing`.
 */

/** The styles of these screens: staff mode's fields, the "asked again" box. */
const css = /* css */ `
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

/** Signed out (401) or removed (410 `erased`): a message and nothing to press. */
export function renderGone({ html }: Lit, t: Translate<ConsentMessages>, erasedOn: string | undefined): TemplateResult {
  return erasedOn
    ? html`<div class="gone" role="status" data-state="erased">
        <p class="current">${t('erased', { date: erasedOn })}</p>
        <p>${t('erasedHint')}</p>
      </div>`
    : html`<p class="gone current" role="status" data-state="signed-out">${t('signIn')}</p>`
}

/** A purpose whose words changed since the person answered: say so plainly, and what changed. */
export function renderReask({ html, nothing }: Lit, t: Translate<ConsentMessages>, purpose: ConsentPurpose & { changeNote?: string }): TemplateResult {
  return html`<div class="reask" role="note">
    <p class="current">${t('reask')}</p>
    ${purpose.changeNote ? html`<p>${t('changed', { note: purpose.changeNote })}</p>` : nothing}
  </div>`
}

/** Staff mode, above the purposes: how the person gave their answer. */
export function renderStaffMethod({ html }: Lit, t: Translate<ConsentMessages>): TemplateResult {
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

/** Staff mode, in each purpose: the words read out, ready to change (they are recorded as they are). */
export function renderStaffWords({ html }: Lit, t: Translate<ConsentMessages>, purpose: ConsentPurpose, i: number): TemplateResult {
  return html`<div class="field">
    <label for="words-${i}">${t('wordsShown')}</label>
    <textarea id="words-${i}" rows="5" .value=${purposeText(purpose)}></textarea>
  </div>`
}
