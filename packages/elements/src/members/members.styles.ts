import { css } from 'lit'

/** A member's card: the name as a heading, the details below, the actions in a row that wraps at 320px. */
export const membersStyles = css`
  h3 {
    margin-block: 0.25rem;
    overflow-wrap: anywhere;
  }
  p {
    margin-block: 0.25rem;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .confirm {
    border: 0.2rem solid var(--cp-color-warning, #b58800);
    padding: 0.75rem;
    margin-block-start: 0.5rem;
  }
  a {
    color: var(--cp-color-link, #1d70b8);
    display: inline-block;
    min-block-size: 1.5rem;
  }
  @media (forced-colors: active) {
    .confirm {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`
