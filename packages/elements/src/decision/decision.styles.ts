import { css } from 'lit'

/** `<cp-decision>`'s own styles: text boxes, the choices' notes, the outcome. */
export const decisionStyles = css`
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 4em;
    padding: 0.5rem;
    border: 2px solid var(--cp-color-input-border, #0b0c0c);
    background: var(--cp-color-input-background, #fff);
  }
  .choice .hint {
    display: block;
  }
  .outcome {
    border-inline-start: 0.3rem solid var(--cp-color-primary, #00703c);
    padding-inline-start: 0.75rem;
    margin-block-end: 1rem;
  }
  .propose {
    margin-block-start: 1.5rem;
  }
  .propose textarea {
    margin-block-end: 1rem;
  }
  q {
    display: block;
  }
`
