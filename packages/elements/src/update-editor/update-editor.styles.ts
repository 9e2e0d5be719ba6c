import { css } from 'lit'

/** `<cp-update-editor>`'s own styles: text boxes, the pick lists, the flags, the preview card and the take-down form. */
export const updateEditorStyles = css`
  textarea,
  #progress {
    display: block;
    inline-size: 100%;
    padding: 0.5rem;
    border: 2px solid var(--cp-color-input-border, #0b0c0c);
    background: var(--cp-color-input-background, #fff);
    font: inherit;
  }
  #progress {
    inline-size: 6em;
    min-block-size: 2.75rem;
  }
  .picks {
    list-style: none;
    padding: 0;
  }
  .not-offered .hint {
    display: block;
  }
  .flags {
    border-inline-start: 0.3rem solid var(--cp-color-focus, #1d70b8);
    padding-inline-start: 0.75rem;
    margin-block: 1rem;
  }
  .card {
    border: 1px solid var(--cp-color-border, #b1b4b6);
    padding: 0.75rem;
  }
  blockquote {
    margin: 0.5rem 0;
  }
  .withdraw {
    border-block-start: 2px solid var(--cp-color-border, #b1b4b6);
    margin-block-start: 2rem;
    padding-block-start: 1rem;
  }
`
