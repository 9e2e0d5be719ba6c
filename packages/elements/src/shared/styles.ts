import { css } from 'lit'

/**
 * Styles every widget shares. Everything lives in shadow DOM: no global CSS goes in or out. Hosts theme with the
 * `--cp-*` custom properties below and with `::part()`.
 *
 * - Targets are at least 24px (buttons 44px); focus is always visible: a ring at least 3:1 on white, and the
 *   pair `--cp-focus-color` (the ring) and `--cp-focus-inner-color` (a ring inside it, in the 2px gap) for hosts
 *   whose background needs both, as GOV.UK draws yellow with black. `--cp-color-focus` still sets the ring.
 * - Logical properties only, so right-to-left (Urdu) mirrors by itself.
 * - Sizes in rem/em so text at 200% reflows; nothing needs more than 320px.
 * - Forced colours (Windows High Contrast) keep borders and focus.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-family: var(--cp-font-family, system-ui, 'Noto Nastaliq Urdu', sans-serif);
    font-size: var(--cp-font-size, 1rem);
    line-height: 1.5;
    color: var(--cp-color-text, #0b0c0c);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  .root {
    max-inline-size: var(--cp-max-width, 40rem);
    background: var(--cp-color-background, #fff);
    padding: var(--cp-space, 1rem);
    border: 1px solid var(--cp-color-border, #b1b4b6);
    border-radius: var(--cp-radius, 0.25rem);
  }
  h2,
  h3,
  p,
  ul,
  ol,
  fieldset,
  legend {
    margin-block: 0 var(--cp-space, 1rem);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.125em;
  }
  button,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  .hint {
    color: var(--cp-color-hint, #484949);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--cp-color-primary, #00703c);
    border-radius: var(--cp-radius, 0.25rem);
    background: var(--cp-color-primary, #00703c);
    color: var(--cp-color-on-primary, #fff);
    font-weight: 700;
    text-align: center;
    cursor: pointer;
  }
  .button--secondary {
    background: var(--cp-color-secondary, #f3f2f1);
    color: var(--cp-color-on-secondary, #0b0c0c);
    border-color: var(--cp-color-on-secondary, #0b0c0c);
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--cp-focus-color, var(--cp-color-focus, #1d70b8));
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--cp-focus-inner-color);
  }
  .status {
    padding: 0.75rem;
    border-inline-start: 0.3rem solid var(--cp-color-primary, #00703c);
    background: var(--cp-color-status-background, #f3f2f1);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    /* Every secondary button is a .button too. Other borders take the person's colours by themselves. */
    .button {
      border-color: ButtonText;
    }
    :focus-visible,
    [tabindex='-1']:focus {
      outline-color: Highlight;
    }
  }
  @media print {
    .no-print {
      display: none !important;
    }
    .root {
      border: 0;
      max-inline-size: none;
    }
  }
`

/**
 * Forms: fieldsets, labels, text fields and radio or checkbox choices (44px rows, 24px boxes). Made in a
 * function marked pure, so a host's bundler leaves it out of a page whose widgets do not
 * use it (a bare css`…` call cannot be dropped: bundlers cannot tell it has no side effects).
 */
export const formStyles = /* @__PURE__ */ (() => css`
  fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
  }
  .field {
    margin-block-end: calc(var(--cp-space, 1rem) * 1.5);
  }
  label {
    display: block;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding-block: 0.25rem;
    min-block-size: 2.75rem;
  }
  .choice label {
    flex: 1;
    padding-block: 0.5rem;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.5rem 0 0;
    accent-color: var(--cp-color-primary, #00703c);
  }
  .choices-inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5rem;
  }
`)()
