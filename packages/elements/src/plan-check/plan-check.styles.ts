import { css } from 'lit'

export const findingStyles = css`
  .findings {
    border-inline-start: 0.3rem solid var(--cp-color-border, #b1b4b6);
    padding-inline-start: 0.75rem;
    margin-block-end: 1rem;
  }
  .findings li {
    border: 0;
  }
  .fail {
    border-inline-start-color: var(--cp-color-error, #b3261e);
  }
`
