import { css } from 'lit'

/** `<cp-my-involvement>`'s own styles: each thing in a section is a small card, one line per fact. */
export const myInvolvementStyles = css`
  ul {
    list-style: none;
    padding: 0;
  }
  li {
    border-block-start: 1px solid var(--cp-color-border, #b1b4b6);
    padding-block: 0.5rem;
  }
  li > span,
  q {
    display: block;
  }
  a {
    color: var(--cp-color-link, #1d70b8);
    display: inline-block;
    min-block-size: 1.5rem;
  }
`
