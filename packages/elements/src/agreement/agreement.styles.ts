import { css } from 'lit'

/** `<cp-agreement>`'s own styles. */
export const agreementStyles = css`
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 4em;
    padding: 0.5rem;
    border: 2px solid var(--cp-color-input-border, #0b0c0c);
    background: var(--cp-color-input-background, #fff);
  }
  .rules li {
    margin-block-end: 0.5rem;
  }
  .hint,
  q {
    display: block;
  }
`
