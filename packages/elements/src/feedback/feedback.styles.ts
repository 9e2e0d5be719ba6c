import { css } from 'lit'

/**
 * The form's own styles. The picture and recording part and the part that sends (errors, the thank-you, "saved")
 * bring their styles with them (`feedback-creative.ts`, `feedback-after-send.ts`).
 */
export const feedbackStyles = css`
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
`
