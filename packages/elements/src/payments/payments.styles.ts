import { css } from 'lit'

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
