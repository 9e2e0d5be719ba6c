import { css } from 'lit'

/** What `<cp-sessions>`, `<cp-payments>` and `<cp-plan-check>` share: a list of cards, the form below. */
export const staffFormStyles = css`
  ul {
    list-style: none;
    padding: 0;
  }
  li {
    border-block-start: 1px solid var(--cp-color-border, #b1b4b6);
    padding-block: 0.5rem;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 30rem;
    min-block-size: 2.75rem;
    font: inherit;
    border: 2px solid currentColor;
  }
  label,
  li,
  .warning {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  .warning {
    border-inline-start: 0.3rem solid var(--cp-color-warning, #b58800);
    padding-inline-start: 0.75rem;
    font-weight: 700;
  }
  .hint {
    color: var(--cp-color-secondary-text, #505a5f);
  }
`
