import { css } from 'lit'

/** `<cp-feedback-inbox>`'s own styles: filters that wrap at 320 px, one card per item. */
export const feedbackInboxStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    border: 1px solid var(--cp-color-border, #b1b4b6);
    padding: 0.5rem;
    margin: 0 0 1rem;
  }
  .filters .field {
    margin: 0;
  }
  select,
  input[type='date'] {
    display: block;
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    border: 2px solid var(--cp-color-input-border, #0b0c0c);
    background: var(--cp-color-input-background, #fff);
    font: inherit;
  }
  .items {
    list-style: none;
    padding: 0;
  }
  .item {
    border-block-start: 1px solid var(--cp-color-border, #b1b4b6);
    padding-block: 0.75rem;
  }
  blockquote {
    margin: 0.5rem 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--cp-color-border, #b1b4b6);
  }
  .quote,
  .unanswered {
    font-size: 0.9em;
  }
`
