import { css } from 'lit'

export const feedbackStyles = css`
  .field--error {
    border-inline-start: 0.25rem solid var(--cp-color-error, #b3261e);
    padding-inline-start: 0.75rem;
  }
  .choice > div {
    flex: 1;
  }
  .choice > div > .hint {
    margin: 0;
  }
  textarea,
  input[type='text'],
  input[type='file'] {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem;
    border: 2px solid var(--cp-color-input-border, #0b0c0c);
    border-radius: 0;
    background: var(--cp-color-input-background, #fff);
  }
  textarea {
    min-block-size: 6em;
    resize: vertical;
  }
  .link {
    color: var(--cp-color-link, #1d5d90);
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 1.5rem;
    cursor: pointer;
  }
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
  @media (forced-colors: active) {
    .field--error {
      border-color: CanvasText;
    }
  }
`
