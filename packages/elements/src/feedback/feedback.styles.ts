import { css } from 'lit'

export const feedbackStyles = css`
  .recorder {
    margin-block: 0.75rem;
  }
  .queued {
    border-inline-start-color: var(--cp-color-warning, #8a5a00);
  }
  .consent-question {
    margin-block-end: 1rem;
  }
  .consent-question legend {
    font-weight: 400;
  }
`
