import { css } from 'lit'

export const consentStyles = css`
  .purposes {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .purpose {
    border-block-start: 1px solid var(--cp-color-border, #b1b4b6);
    padding-block: var(--cp-space, 1rem);
  }
  dl {
    margin-block: 0 var(--cp-space, 1rem);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin-inline-start: 0;
    margin-block-end: 0.5rem;
  }
  .current {
    font-weight: 700;
  }
  /* Give and refuse have equal weight: same size (grid cells), same look. */
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 0.75rem;
  }
  .choice-button {
    background: var(--cp-color-choice, #fff);
    color: var(--cp-color-on-choice, #0b0c0c);
    border-color: var(--cp-color-on-choice, #0b0c0c);
  }
  .choice-button[aria-pressed='true'] {
    background: var(--cp-color-choice-selected, #0b0c0c);
    color: var(--cp-color-on-choice-selected, #fff);
  }
  .history {
    margin-block-start: 0.75rem;
  }
  .history ul {
    padding-inline-start: 1.25rem;
  }
  /* What went wrong (not loaded, not saved). */
  .error-summary {
    border: 0.3rem solid var(--cp-color-error, #b3261e);
    padding: var(--cp-space, 1rem);
    margin-block-end: var(--cp-space, 1rem);
  }
  .error-summary p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .error-summary {
      border-color: CanvasText;
    }
    .choice-button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`
