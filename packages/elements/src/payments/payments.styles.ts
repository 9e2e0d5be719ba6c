import { css } from 'lit'

/** `<cp-sessions>`'s own styles: one card per session, the plan form below. */
export const paymentsStyles = css`
  ul {
    list-style: none;
    padding: 0;
  }
  li {
    border-block-start: 1px solid var(--cp-color-border, #b1b4b6);
    padding-block: 0.5rem;
  }
  input:not([type='checkbox']),
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

/** The totals table stays inside the widget at 320px. */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    inline-size: 100%;
    table-layout: fixed;
    overflow-wrap: anywhere;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem;
    border-block-end: 1px solid var(--cp-color-border, #b1b4b6);
  }
`
